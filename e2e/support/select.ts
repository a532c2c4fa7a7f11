import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * Waits until the page's finite animations have ended: a modal zooming in, a dropdown sliding down. A click during
 * them can land on the modal's wrapper, which takes pointer events while it animates, and be lost.
 */
export async function animationsDone(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getComputedTiming().endTime === Infinity),
  );
}

/**
 * antd Select: open it (typing `text` first into a searchable one, whose list is virtual) and choose the option
 * containing `text` in the dropdown that is open now — a closed one stays in the DOM, hidden or still fading out.
 * With `shows`, waits until the select displays the chosen label, opening it again once if the choice was lost.
 */
export async function choose(page: Page, select: Locator, text: string, opts: { search?: boolean; shows?: boolean } = {}): Promise<void> {
  const pick = async () => {
    await animationsDone(page);
    await select.click();
    if (opts.search) await page.keyboard.type(text);
    const option = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', { hasText: text }).first();
    await option.waitFor();
    await animationsDone(page);
    await option.click();
  };
  await pick();
  if (!opts.shows) return;
  const shown = () => expect.poll(async () => (await select.textContent()) ?? '', { timeout: 3_000 }).toContain(text);
  try {
    await shown();
  } catch {
    await pick();
    await shown();
  }
}

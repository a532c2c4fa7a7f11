import { expect } from 'vitest';
import type { Page } from 'playwright-core';

/** Opens the supervisor's inbox (监督预警) on one kind of signal, once its count shows at least one open. */
export async function openInboxKind(page: Page, kind: string): Promise<void> {
  await page.getByTestId('menu-alerts').click();
  await page.waitForURL('**/supervision/inbox');
  const tag = page.locator(`[data-testid="kind-count"][data-kind="${kind}"]`);
  await tag.waitFor();
  expect(Number(await tag.getAttribute('data-open'))).toBeGreaterThanOrEqual(1);
  await tag.click();
}

/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startServer, type RunningServer } from './support/server.js';
import { launchBrowser, login } from './support/browser.js';
import { apiSession, type ApiSession } from './support/api.js';
import { choose } from './support/select.js';
import { SHOTS } from './support/journey.js';

/**
 * Part G in the browser: 回访把脉. The supervisor draws this half year's revisits (a dry run, then for real) and
 * hands two of them to 文化市场执法一大队 (never the team whose work it is); culture1 of that team revisits one by
 * phone with the questionnaire and sends the other's online link; the enterprise answers it on a 390 px phone
 * without signing in; the supervisor's figures move.
 */

interface Row {
  id: string;
  status: string;
  workTeamId: string;
  assignedTeamId: string;
  enterpriseName: string;
}
interface Team {
  id: string;
  name: string;
}

let server: RunningServer;
let browser: Browser;
let sup: ApiSession;
const contexts: BrowserContext[] = [];

async function pageAs(username: string | null, viewport = { width: 1440, height: 900 }): Promise<Page> {
  const context = await browser.newContext({ viewport, locale: 'zh-CN', isMobile: viewport.width < 500, hasTouch: viewport.width < 500 });
  contexts.push(context);
  const page = await context.newPage();
  if (username) await login(page, server.url, username);
  return page;
}

async function kpi(page: Page, key: string): Promise<string> {
  const card = page.getByTestId(`figure-${key}`);
  await card.waitFor();
  return (await card.getAttribute('data-value')) ?? '';
}

function currentPeriod(now = new Date()): string {
  const china = new Date(now.getTime() + 8 * 3_600_000);
  return `${china.getUTCFullYear()}H${china.getUTCMonth() < 6 ? 1 : 2}`;
}

// A fresh embedded database with the whole demo history takes a while on a busy machine.
beforeAll(async () => {
  server = await startServer({ timeoutMs: 400_000 });
  browser = await launchBrowser();
  sup = await apiSession(server.url, 'supervisor');
}, 480_000);

afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => undefined);
  await browser?.close();
  await server?.stop();
});

describe('revisits: draw → phone revisit → online answer on a phone → figures move', () => {
  it('runs the whole journey', { timeout: 400_000 }, async () => {
    const period = currentPeriod();
    const supervisor = await pageAs('supervisor');
    await supervisor.goto(`${server.url}/revisits`);
    // Figures before.
    await supervisor.getByRole('tab', { name: '回访统计' }).click();
    const doneBefore = Number(await kpi(supervisor, 'revisit-done'));

    // Draw: a dry run, then for real with the same seed.
    await supervisor.getByRole('tab', { name: '抽取与分派' }).click();
    await supervisor.getByTestId('draw-seed').fill(`e2e-${period}`);
    await supervisor.getByTestId('draw-preview').click();
    const preview = supervisor.getByTestId('draw-result');
    await preview.waitFor();
    const drawnPreview = await preview.getAttribute('data-drawn');
    expect(Number(drawnPreview)).toBeGreaterThan(1);
    await supervisor.getByTestId('draw-submit').click();
    await supervisor.getByTestId('revisit-draw-list').getByText(`e2e-${period}`).waitFor();
    expect(await supervisor.getByTestId('draw-result').getAttribute('data-drawn')).toBe(drawnPreview);
    await supervisor.screenshot({ path: `${SHOTS}/revisits-draw.png`, fullPage: true });

    // Hand two pending revisits (not its own work) to 文化市场执法一大队 through the follow tab.
    const teams = (await sup.get<{ items: Team[] }>('/api/revisits/teams')).items;
    const culture = teams.find((t) => t.name === '文化市场执法一大队')!;
    const rows = (await sup.get<{ items: Row[] }>(`/api/revisits?period=${period}&status=pending`)).items;
    const chosen = rows.filter((r) => r.workTeamId !== culture.id && r.assignedTeamId !== culture.id).slice(0, 2);
    expect(chosen).toHaveLength(2);
    await supervisor.getByRole('tab', { name: '回访跟踪' }).click();
    for (const r of chosen) {
      const row = supervisor.locator(`tr[data-row-key="${r.id}"]`);
      await row.getByTestId('revisit-reassign').click();
      await choose(supervisor, supervisor.getByTestId('reassign-team'), '文化市场执法一大队', { shows: true });
      await supervisor.locator('.ant-modal-footer .ant-btn-primary').click();
      await expect.poll(async () => (await sup.get<{ items: Row[] }>(`/api/revisits?period=${period}`)).items.find((x) => x.id === r.id)!.assignedTeamId).toBe(culture.id);
      await supervisor.locator('.ant-modal-wrap').waitFor({ state: 'hidden' });
    }

    // culture1 revisits the first by phone, with the script and the questionnaire.
    const staff = await pageAs('culture1');
    await staff.getByTestId('menu-revisit-work').click();
    await staff.locator(`tr[data-row-key="${chosen[0]!.id}"]`).getByTestId('revisit-open').click();
    await staff.getByTestId('revisit-script').waitFor();
    expect(await staff.getByTestId('revisit-script').textContent()).toContain('文化市场执法一大队');
    await staff.getByTestId('call-contact').fill('王经理');
    await staff.getByTestId('call-phone').fill('0553-1234567');
    await staff.getByTestId('revisit-all-yes').click();
    await staff.getByTestId('answer-S3.2').getByText('否').click();
    await staff.getByTestId('revisit-satisfied').getByText('满意', { exact: true }).click();
    await staff.getByTestId('revisit-comment').fill('执法人员推荐了某检测机构');
    await staff.screenshot({ path: `${SHOTS}/revisits-phone.png`, fullPage: true });
    await staff.getByTestId('revisit-submit').click();
    await expect.poll(async () => (await sup.get<{ items: Row[] }>(`/api/revisits?period=${period}&status=done`)).items.some((x) => x.id === chosen[0]!.id)).toBe(true);
    await staff.keyboard.press('Escape');

    // …and sends the online questionnaire for the second.
    await staff.locator(`tr[data-row-key="${chosen[1]!.id}"]`).getByTestId('revisit-open').click();
    await staff.getByTestId('revisit-issue-link').click();
    const link = ((await staff.getByTestId('revisit-link').textContent()) ?? '').trim();
    expect(link).toMatch(/\/r\/[^/]+$/);

    // The enterprise opens it on a 390 px phone, no sign-in, and answers.
    const phone = await pageAs(null, { width: 390, height: 844 });
    await phone.goto(new URL(new URL(link).pathname, server.url).toString());
    await phone.getByTestId('online-intro').waitFor();
    const codes = await phone.locator('[data-testid^="answer-"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')!));
    expect(codes.length).toBeGreaterThanOrEqual(30);
    for (const c of codes) await phone.getByTestId(c).getByText('是', { exact: true }).click();
    await phone.getByTestId('online-satisfied').getByText('满意', { exact: true }).click();
    await phone.getByTestId('online-comment').fill('检查规范，服务热情');
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await phone.screenshot({ path: `${SHOTS}/revisits-online-390.png`, fullPage: true });
    await phone.getByTestId('online-submit').click();
    await phone.getByTestId('online-thanks').waitFor();
    // One-time: the same link again is refused.
    await phone.reload();
    await phone.getByTestId('online-invalid').waitFor();

    // The figures move.
    await supervisor.reload();
    await supervisor.getByRole('tab', { name: '回访统计' }).click();
    await expect.poll(async () => Number(await kpi(supervisor, 'revisit-done'))).toBe(doneBefore + 2);
    expect(Number(await kpi(supervisor, 'revisit-problems'))).toBeGreaterThanOrEqual(1);
    await supervisor.screenshot({ path: `${SHOTS}/revisits-figures.png`, fullPage: true });
  });
});

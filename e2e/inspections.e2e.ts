/// <reference lib="dom" />
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { journeyStage } from './support/journey.js';
import { apiSession, getPublic } from './support/api.js';
import { quietRestaurant } from './support/demo.js';

/**
 * Part A in the browser: one inspection, one code. Officer 1 (市场监管) applies for a planned code for a
 * restaurant nobody visits this month; officer 3 (生态环境) is refused by A3, joins the visit (A4) and gets
 * the merged code; the public scan page shows it on a phone. Enterprise1 (whose restaurant the demo already
 * visits today) gets a triggered code with an over-frequency warning, confirms the officers' arrival, rates
 * the visit, and the supervisor's satisfaction figure moves.
 */

interface Figures {
  jointVisits: number;
  visitsAvoided: number;
}

const stage = journeyStage();
const { pageAs } = stage;
/** A restaurant with no inspection within 31 days: no A3 / A9 rule applies to a new planned code. */
let quietUscc: string;
let enterprise1Uscc: string;
let firstCode: string;
let mergedCode: string;
/** Items of the merged visit (both departments'). */
let mergedItems = 0;

/** Fills the apply form: enterprise, kind (a triggered one from a complaint), the first items, the partner officer. */
async function fillApplyForm(
  page: Page,
  opts: { uscc: string; items: number; partner: string; triggered?: boolean },
) {
  await page.getByTestId('menu-apply-code').click();
  await page.waitForURL('**/inspections/apply');
  await page.getByTestId('apply-enterprise').click();
  await page.keyboard.type(opts.uscc);
  await page.locator('.ant-select-item-option', { hasText: opts.uscc }).click();
  if (opts.triggered) {
    await page.getByTestId('apply-kind').getByText('触发式').click();
    await page.getByTestId('apply-trigger').click();
    await page.locator('.ant-select-item-option', { hasText: '投诉举报' }).click();
  }
  // The items offered are the department's published ones for the enterprise's industry.
  const items = page.getByTestId('apply-items-option');
  await items.first().waitFor();
  const chosen = Math.min(opts.items, await items.count());
  for (let i = 0; i < chosen; i++) await items.nth(i).locator('input').check();
  await page.getByTestId('apply-officers-option').filter({ hasText: opts.partner }).locator('input').check();
  return chosen;
}

const attr = async (page: Page, testId: string, name: string) =>
  (await page.getByTestId(testId).first().getAttribute(name)) ?? '';

beforeAll(async () => {
  const me = await (
    await apiSession(stage.server.url, 'enterprise1')
  ).get<{ enterprise: { uscc: string } }>('/api/me');
  enterprise1Uscc = me.enterprise.uscc;
  quietUscc = await quietRestaurant(await apiSession(stage.server.url, 'supervisor'), [enterprise1Uscc]);
  expect(quietUscc).toBeTruthy();
});

describe('inspection code journey', () => {
  it('(a) officer1 gets a planned code; officer3 is refused, joins it and gets the merged code', async () => {
    const supervisorApi = await apiSession(stage.server.url, 'supervisor');
    // The figures lag the writes by one fold of the rollup: wait for the first fold after start (it takes in the
    // demo's seeded history), so that `before` is what the journey's own writes add to.
    await expect
      .poll(async () => (await supervisorApi.get<{ asOf: string | null }>('/api/inspections/figures')).asOf, { timeout: 30_000 })
      .not.toBeNull();
    const before = await supervisorApi.get<Figures>('/api/inspections/figures');
    const officer1 = await pageAs('officer1');
    mergedItems = await fillApplyForm(officer1, { uscc: quietUscc, items: 2, partner: '李晓明' });
    await officer1.getByTestId('apply-live-clear').waitFor();
    await officer1.getByTestId('apply-submit').click();
    await officer1.getByTestId('apply-issued').waitFor();
    firstCode = await attr(officer1, 'issued-code', 'data-code');
    expect(firstCode).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    // The QR image is served and decoded by the browser.
    await expect
      .poll(() => officer1.getByTestId('code-qr').evaluate((img) => (img as HTMLImageElement).naturalWidth))
      .toBeGreaterThan(0);

    // A second planned request of the same department is warned about live, before submitting (A3).
    await officer1.getByTestId('apply-again').click();
    await fillApplyForm(officer1, { uscc: quietUscc, items: 1, partner: '李晓明' });
    const live = officer1.locator('[data-testid="apply-live-warning"][data-kind="planned-refused"]');
    await live.waitFor();
    expect(await live.innerText()).toContain(firstCode.slice(0, 12));

    // Another department: the server refuses, naming the existing code, and offers to join (A3 → A4).
    const officer3 = await pageAs('officer3');
    mergedItems += await fillApplyForm(officer3, { uscc: quietUscc, items: 2, partner: '刘海燕' });
    await officer3.getByTestId('apply-submit').click();
    await officer3.getByTestId('apply-refused').waitFor();
    expect(await attr(officer3, 'refusal-code', 'data-code')).toBe(firstCode);
    expect(await officer3.getByTestId('apply-refused-detail').innerText()).toContain(firstCode.slice(0, 12));
    await officer3.screenshot({ path: 'e2e/screenshots/apply-refused.png', fullPage: true });

    await officer3.getByTestId('join-existing').click();
    await officer3.locator('[data-testid="apply-issued"][data-merged="true"]').waitFor();
    mergedCode = await attr(officer3, 'issued-code', 'data-code');
    expect(mergedCode).not.toBe(firstCode);
    await officer3.screenshot({ path: 'e2e/screenshots/apply-merged.png', fullPage: true });

    // One visit of both departments; the superseded code scans as revoked.
    const merged = await getPublic<{
      status: string;
      departments: unknown[];
      officers: unknown[];
      items: unknown[];
    }>(stage.server.url, `/api/codes/${encodeURIComponent(mergedCode)}`);
    expect(merged.status).toBe('valid');
    expect(merged.departments).toHaveLength(2);
    expect(merged.officers).toHaveLength(4);
    expect(merged.items).toHaveLength(mergedItems);
    const old = await getPublic<{ status: string }>(
      stage.server.url,
      `/api/codes/${encodeURIComponent(firstCode)}`,
    );
    expect(old.status).toBe('revoked');
    // The merged visit counts once, and one visit was avoided (A4) — once the rollup has folded the writes
    // (every few seconds).
    await expect
      .poll(
        async () => {
          const after = await supervisorApi.get<Figures>('/api/inspections/figures');
          return [after.jointVisits, after.visitsAvoided];
        },
        { timeout: 30_000 },
      )
      .toEqual([before.jointVisits + 1, before.visitsAvoided + 1]);

    // Both officers find the visit among their tasks, with the merged code.
    for (const page of [officer1, officer3]) {
      await page.getByTestId('menu-my-tasks').click();
      await page.locator(`[data-testid="inspection-row"][data-code="${mergedCode}"]`).waitFor();
    }
  });

  it('(b) the scan page at 360×740 shows the status, items, officers and the rights', async () => {
    const phone = await pageAs(null, {
      viewport: { width: 360, height: 740 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
    });
    await phone.goto(`${stage.server.url}/v/${encodeURIComponent(mergedCode)}`);
    const banner = phone.getByTestId('scan-status');
    await banner.waitFor();
    expect(await banner.getAttribute('data-status')).toBe('valid');
    expect(await banner.innerText()).toContain('有效');
    await expect.poll(() => phone.getByTestId('code-item').count()).toBe(mergedItems);
    expect(await phone.getByTestId('code-officer').count()).toBe(4);
    const officers = await phone.getByTestId('code-officers').innerText();
    for (const name of ['张建国', '李晓明', '陈志强', '刘海燕']) expect(officers).toContain(name);
    expect(officers).toContain('执法证号');
    expect(await phone.getByTestId('code-items').innerText()).toContain('法律依据');
    expect(await phone.getByTestId('scan-rights').innerText()).toContain('12345');
    expect(await phone.getByTestId('code-departments').innerText()).toContain('生态环境局');
    // Nothing wider than the phone.
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await phone.screenshot({ path: 'e2e/screenshots/scan-360x740.png' });
    await phone.screenshot({ path: 'e2e/screenshots/scan-360x740-full.png', fullPage: true });

    // Not signed in: the enterprise is offered the login to confirm arrival.
    await phone.getByTestId('scan-login').waitFor();
    // English on demand.
    await phone.getByTestId('lang-switch').click();
    await expect.poll(() => banner.innerText()).toContain('Valid');
    await phone.getByTestId('lang-switch').click();

    // An altered code is 无效或被篡改.
    const [kid, payload, signature] = mergedCode.split('.');
    // The second-to-last character of unpadded base64url carries six bits of the payload whatever its length;
    // it is replaced by a character other than itself (choosing by the last one failed one time in 64).
    const flipped = `${payload!.slice(0, -2)}${payload!.at(-2) === 'A' ? 'B' : 'A'}${payload!.slice(-1)}`;
    await phone.goto(`${stage.server.url}/v/${encodeURIComponent(`${kid}.${flipped}.${signature}`)}`);
    await expect.poll(() => phone.getByTestId('scan-status').getAttribute('data-status')).toBe('invalid');
    expect(await phone.getByTestId('scan-status').innerText()).toContain('无效或被篡改');
  });

  it('(c) enterprise1 confirms arrival and rates its visit; the supervisor sees satisfaction change', async () => {
    const supervisor = await pageAs('supervisor');
    await supervisor.getByTestId('menu-figures').click();
    const satisfaction = supervisor.getByTestId('figure-satisfaction');
    await satisfaction.waitFor();
    const detail = (await satisfaction.getAttribute('data-detail')) ?? '';
    const [satisfied, evaluations] = detail.split('/').map(Number);
    // "satisfied/evaluations": two whole numbers, the demo city's visits already rated.
    expect(detail).toMatch(/^\d+\/\d+$/);
    expect(evaluations).toBeGreaterThan(0);
    expect(satisfied).toBeLessThanOrEqual(evaluations!);

    // The demo already visits enterprise1 today: a planned code would be refused, a triggered one passes
    // with an over-frequency warning (A3), announced live and confirmed by the server.
    const officer1 = await pageAs('officer1');
    await fillApplyForm(officer1, { uscc: enterprise1Uscc, items: 1, partner: '李晓明', triggered: true });
    await officer1.locator('[data-testid="apply-live-warning"][data-kind="over-frequency"]').waitFor();
    await officer1.getByTestId('apply-submit').click();
    await officer1.getByTestId('apply-issued').waitFor();
    await officer1.locator('[data-testid="apply-warning"][data-code="over-frequency"]').waitFor();
    const code = await attr(officer1, 'issued-code', 'data-code');

    const enterprise = await pageAs('enterprise1');
    // On the scan page, signed in as the enterprise the code names: confirm the officers' arrival (A6).
    await enterprise.goto(`${stage.server.url}/v/${encodeURIComponent(code)}`);
    await enterprise.getByTestId('arrival-confirm').click();
    await enterprise.getByTestId('arrival-ok').click();
    await enterprise.getByTestId('arrival-confirmed').waitFor();

    // 我的检查: rate the visit once, on five dimensions (A8).
    await enterprise.goto(`${stage.server.url}/`);
    await enterprise.getByTestId('menu-my-inspections').click();
    const row = enterprise.locator(`[data-testid="inspection-row"][data-code="${code}"]`);
    await row.waitFor();
    await row.getByTestId('inspection-evaluate').click();
    const form = enterprise.getByTestId('evaluation-form');
    await form.waitFor();
    for (const dimension of ['overall', 'conduct', 'integrity', 'efficiency', 'service']) {
      await form.getByTestId(`evaluation-${dimension}`).locator('.ant-rate-star').nth(4).click();
    }
    await form.getByTestId('evaluation-comment').fill('执法人员亮码入企，检查规范高效。');
    await enterprise.getByTestId('evaluation-form-ok').click();
    await form.waitFor({ state: 'detached' });
    await expect.poll(() => row.getByTestId('inspection-evaluate').count()).toBe(0);
    // Read again from the server: it says the visit was rated, so the button stays away (a second rating is a 409).
    await enterprise.reload();
    await row.waitFor();
    expect(await row.getByTestId('inspection-evaluate').count()).toBe(0);

    // The rating reaches the figures the supervisor sees once the rollup has folded it (every few seconds).
    await expect
      .poll(
        async () => {
          await supervisor.reload();
          await satisfaction.waitFor();
          return satisfaction.getAttribute('data-detail');
        },
        { timeout: 30_000 },
      )
      .toBe(`${satisfied! + 1}/${evaluations! + 1}`);
    const rate = (((satisfied! + 1) / (evaluations! + 1)) * 100).toFixed(1);
    expect(await satisfaction.getAttribute('data-value')).toBe(`${rate}%`);
    await supervisor.getByTestId('figures-charts').waitFor();
    await supervisor.waitForTimeout(1500); // the charts' entry animation
    await supervisor.screenshot({ path: 'e2e/screenshots/figures.png', fullPage: true });

    // The over-frequency code is among the supervision alerts.
    await supervisor.getByTestId('menu-alerts').click();
    await supervisor.locator('[data-testid="alert-kind"][data-kind="over-frequency"]').first().waitFor();
  });
});

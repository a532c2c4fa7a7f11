/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { createSandbox, type Sandbox } from '../src/sandbox/server.js';
import { makeIdNumber } from '../src/identifiers/index.js';
import { startServer, type RunningServer } from './support/server.js';
import { launchBrowser, login } from './support/browser.js';
import { apiSession } from './support/api.js';
import { choose } from './support/select.js';
import { SHOTS } from './support/journey.js';

/**
 * Part F in the browser: proof-free service. The proof sources (the data-sharing exchange, the e-licence library,
 * another city) are the sandbox, started here and named to the built server with PROOF_SOURCES_URL; its own
 * request log witnesses what reached a source. (a) The window (clerk1) verifies a proof through the sandbox
 * connector: without consent nothing reaches the source; with the applicant's consent one request does, and the
 * applicant's receipt on a phone shows what was used. (b) A 协查 to the market regulator is answered by that
 * department in the browser before its deadline. (c) A commitment is signed, drawn in a seeded spot check, found
 * false, and becomes a credit record that the enterprise's credit status and its 我的信用 page show.
 */

const APPLICANT = makeIdNumber('34020219860214201');
const ASSISTED = makeIdNumber('34020219910707302');

let sandbox: Sandbox;
let sandboxUrl: string;
let server: RunningServer;
let browser: Browser;
const contexts: BrowserContext[] = [];

async function pageAs(
  username: string | null,
  options: Parameters<Browser['newContext']>[0] = {},
): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 1366, height: 900 },
    locale: 'zh-CN',
    ...options,
  });
  contexts.push(context);
  const page = await context.newPage();
  if (username) await login(page, server.url, username);
  return page;
}

const logFor = async (idNumber: string) =>
  (
    (await (await fetch(`${sandboxUrl}/_sandbox/requests?idNumber=${idNumber}`)).json()) as {
      items: { platform: string; consentMethod: string | null; legalBasis: string | null; status: number }[];
    }
  ).items;

beforeAll(async () => {
  sandbox = createSandbox();
  sandboxUrl = await sandbox.listen(0);
  server = await startServer({
    env: { PROOF_SOURCES_URL: sandboxUrl, CREDIT_PLATFORMS_URL: sandboxUrl },
    timeoutMs: 400_000,
  });
  browser = await launchBrowser();
});

afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => undefined);
  await browser?.close();
  await server?.stop();
  await sandbox?.close();
});

describe('proof-free service journeys', () => {
  it('(a) the window verifies a proof through the sandbox connector with consent; the applicant sees what was used', async () => {
    const page = await pageAs('clerk1');
    await page.getByTestId('menu-proof-desk').click();
    await page.waitForURL('**/proof-free/desk');
    await page.getByTestId('pf-id-number').fill(APPLICANT);
    await choose(page, page.getByTestId('pf-proof-kind'), '无交通肇事犯罪记录证明', { search: true });
    await choose(page, page.getByTestId('pf-method'), '刷脸核验');
    // Without the applicant's consent: refused, and the source hears nothing.
    await page.getByTestId('pf-verify').click();
    await page.locator('.ant-message', { hasText: '授权' }).first().waitFor();
    expect(await logFor(APPLICANT)).toHaveLength(0);

    await page.getByTestId('pf-consent').check();
    await page.getByTestId('pf-verify').click();
    const result = page.getByTestId('pf-verification-result');
    await result.waitFor();
    expect(await result.getAttribute('data-result')).toBe('confirmed');
    expect(await page.getByTestId('pf-result-source').innerText()).toBe('市公安局交通管理支队');
    const log = await logFor(APPLICANT);
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ platform: 'datashare', consentMethod: 'face', status: 200 });
    expect(log[0]!.legalBasis).toBeTruthy();
    await page.locator('[data-testid="pf-verification-row"]').first().waitFor();
    await page.screenshot({ path: `${SHOTS}/proof-free-desk.png`, fullPage: true });

    // The applicant's receipt, on a phone, no login.
    const href = await page.getByTestId('pf-receipt-link').getAttribute('href');
    const phone = await pageAs(null, {
      viewport: { width: 390, height: 800 },
      isMobile: true,
      hasTouch: true,
    });
    await phone.goto(`${server.url}${href}`);
    await phone.getByTestId('pf-receipt').waitFor();
    expect(await phone.getByTestId('pf-receipt-source').innerText()).toBe('市公安局交通管理支队');
    expect(await phone.getByTestId('pf-receipt-consent').innerText()).toContain('刷脸核验');
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await phone.screenshot({ path: `${SHOTS}/proof-free-receipt-390.png`, fullPage: true });
  });

  it('(b) a 协查 asked of the market regulator is answered there before its deadline', async () => {
    const clerk = await pageAs('clerk1');
    await clerk.getByTestId('menu-proof-desk').click();
    await clerk.getByTestId('pf-id-number').fill(ASSISTED);
    await choose(clerk, clerk.getByTestId('pf-proof-kind'), '无违法违规经营记录证明', { search: true });
    await clerk.getByTestId('pf-open-assist').click();
    await clerk.getByTestId('pf-assist-question').fill('请核实申请人近三年有无违法违规经营记录');
    await clerk.getByTestId('pf-assist-modal-ok').click();
    // The modal closes once the server accepted the request (a toast says so too, but it is gone after 3 s and a
    // busy machine can miss it); the market regulator's list below is the proof that it arrived.
    await clerk.getByTestId('pf-assist-modal-ok').waitFor({ state: 'hidden' });

    const admin = await pageAs('market_admin');
    await admin.getByTestId('menu-proof-assists').click();
    await admin.waitForURL('**/proof-free/assists');
    const row = admin.locator('[data-testid="pf-assist-row"][data-status="open"]').first();
    await row.waitFor();
    const id = await row.getAttribute('data-id');
    await row.getByTestId('pf-assist-answer').click();
    await admin
      .getByTestId('pf-answer-evidence')
      .fill('经查市场主体信用信息库，近三年无行政处罚记录（查询编号 SCJG-E2E-001）');
    await admin.getByTestId('pf-answer-modal-ok').click();
    const answered = admin.locator(`[data-testid="pf-assist-row"][data-id="${id}"][data-status="answered"]`);
    await answered.waitFor();
    expect(await answered.getAttribute('data-on-time')).toBe('true');
    await admin.screenshot({ path: `${SHOTS}/proof-free-assists.png`, fullPage: true });

    const list = await (
      await apiSession(server.url, 'clerk1')
    ).get<{ items: { id: string; dueOn: string; answeredAt: string; onTime: boolean }[] }>(
      '/api/proof-free/assists',
    );
    const mine = list.items.find((a) => a.id === id)!;
    expect(mine.onTime).toBe(true);
    expect(
      new Date(Date.parse(mine.answeredAt) + 8 * 3_600_000).toISOString().slice(0, 10) <= mine.dueOn,
    ).toBe(true);
  });

  it('(c) a commitment, spot-checked and found false, becomes a credit record in the enterprise’s credit status', async () => {
    const enterprise = await apiSession(server.url, 'enterprise1');
    const me = await enterprise.get<{ enterprise: { uscc: string; name: string } }>('/api/me');
    const uscc = me.enterprise.uscc;
    const before = await enterprise.get<{ active: number }>(`/api/credit/${uscc}/status`);

    const clerk = await pageAs('clerk1');
    await clerk.getByTestId('menu-proof-commitments').click();
    await clerk.waitForURL('**/proof-free/commitments');
    await clerk.getByTestId('pf-sign-open').click();
    await clerk.getByTestId('pf-sign-uscc').fill(uscc);
    await choose(clerk, clerk.getByTestId('pf-sign-material'), '经营场所使用证明', { search: true });
    await clerk.getByTestId('pf-sign-signer').fill('法定代表人');
    await clerk.getByTestId('pf-sign-modal-ok').click();
    const row = clerk.locator(`[data-testid="pf-commitment-row"][data-uscc="${uscc}"]`).first();
    await row.waitFor();
    const id = await row.getAttribute('data-id');

    await clerk.getByTestId('pf-draw-open').click();
    await clerk.getByTestId('pf-draw-ratio').fill('100');
    await clerk.getByTestId('pf-draw-seed').fill('20261206');
    await clerk.getByTestId('pf-draw-modal-ok').click();
    const selected = clerk.locator(
      `[data-testid="pf-commitment-row"][data-id="${id}"][data-status="selected"]`,
    );
    await selected.waitFor();
    await selected.getByTestId('pf-check-open').click();
    await choose(clerk, clerk.getByTestId('pf-check-outcome'), '承诺不实');
    await choose(clerk, clerk.getByTestId('pf-check-method'), '现场核查');
    await clerk.getByTestId('pf-check-note').fill('现场核查：承诺的经营场所租赁关系不存在');
    await clerk.getByTestId('pf-check-modal-ok').click();
    const falseRow = clerk.locator(`[data-testid="pf-commitment-row"][data-id="${id}"][data-status="false"]`);
    await falseRow.waitFor();
    await falseRow.getByTestId('pf-credit-record').waitFor();
    await clerk.screenshot({ path: `${SHOTS}/proof-free-commitments.png`, fullPage: true });

    const after = await enterprise.get<{ active: number; records: { id: string; decisionNo: string }[] }>(
      `/api/credit/${uscc}/status`,
    );
    expect(after.active).toBe(before.active + 1);
    const record = after.records.find((r) => r.decisionNo.startsWith('告知承诺失信认定'))!;
    expect(record).toBeTruthy();

    // The enterprise sees it among its credit records.
    const page = await pageAs('enterprise1');
    await page.getByTestId('menu-my-credit').click();
    await page.waitForURL('**/my-credit');
    await page.locator(`[data-testid="credit-record-row"][data-id="${record.id}"]`).waitFor();
  });
});

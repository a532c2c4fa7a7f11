/// <reference lib="dom" />
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSandbox, type Sandbox } from '../src/sandbox/server.js';
import { journeyStage, SHOTS } from './support/journey.js';
import { apiSession, getPublic, type ApiSession } from './support/api.js';
import { DAY } from '../test/support/time.js';

/**
 * Part C in the browser: credit repair without asking (无感申请). The credit platforms are the sandbox
 * (src/sandbox/server.ts), started here on a free loopback port; the built server is pointed at it with
 * CREDIT_PLATFORMS_URL. The public guide opens from the login page on a phone. An enterprise with a repairable
 * ordinary record (a fine whose e-receipt and rectification record the sandbox holds) applies in the browser:
 * the system gathers both proofs itself, the enterprise only signs the commitment, and follows the application.
 * The credit officer reviews the proofs beside the record and approves; the repair reaches every platform once,
 * GET /api/credit/{uscc}/status no longer lists the record, and the enterprise's page shows it repaired.
 */

interface Penalty {
  id: string;
  uscc: string;
  enterpriseName?: string;
  decisionNo: string;
  decisionDate: string;
  fineAmount: number | null;
  severity: string;
  status: string;
  repairPath: string;
  repairableFrom: string | null;
  publicity: { maxEnd: string | null };
}
interface PageOf<T> {
  items: T[];
}
interface Status {
  active: number;
  records: { id: string }[];
}
interface Figures {
  repaired: { onApplication: number };
}

let sandbox: Sandbox;
let sandboxUrl: string;
const stage = journeyStage({
  // The sandbox first: the server is pointed at it.
  server: async () => {
    sandbox = createSandbox();
    sandboxUrl = await sandbox.listen(0);
    return { env: { CREDIT_PLATFORMS_URL: sandboxUrl } };
  },
});
const { pageAs } = stage;
/** The enterprise account that applies, its USCC and the record it repairs. */
let account: string;
let uscc: string;
let record: Penalty;
let figuresBefore: Figures;

const chinaToday = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
const chinaDay = (ms: number) => new Date(ms + 8 * 3_600_000).toISOString().slice(0, 10);

/** A signed-in POST (the shared helper only reads). */
async function post<T>(username: string, path: string, body: unknown): Promise<T> {
  const r = await fetch(`${stage.server.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password: 'Qinqing#2026' }),
  });
  const cookie = r.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const res = await fetch(`${stage.server.url}${path}`, {
    method: 'POST',
    headers: { cookie, 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`POST ${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

/** A record the enterprise may apply to repair today: published, ordinary, on application, with a fine. */
const repairable = (p: Penalty, today: string) =>
  p.status === 'published' &&
  p.severity === 'ordinary' &&
  p.repairPath === 'application' &&
  (p.fineAmount ?? 0) > 0 &&
  p.repairableFrom !== null &&
  p.repairableFrom <= today &&
  (p.publicity.maxEnd ?? '') >= today;

/** enterprise1 or enterprise2, whichever the demo gives a repairable ordinary record (none open). */
async function findApplicant(): Promise<{ account: string; uscc: string; record: Penalty | null }> {
  const today = chinaToday();
  let first: { account: string; uscc: string } | undefined;
  for (const name of ['enterprise1', 'enterprise2']) {
    const s = await apiSession(stage.server.url, name);
    const me = await s.get<{ enterprise: { uscc: string } }>('/api/me');
    first ??= { account: name, uscc: me.enterprise.uscc };
    const records = await s.get<PageOf<Penalty>>('/api/credit/penalties?pageSize=200');
    const open = await s.get<PageOf<{ penaltyId: string; status: string }>>('/api/credit/applications?pageSize=200');
    const busy = new Set(open.items.filter((a) => a.status === 'pending' || a.status === 'awaiting-proof').map((a) => a.penaltyId));
    const found = records.items.find((p) => repairable(p, today) && !busy.has(p.id));
    if (found) return { account: name, uscc: me.enterprise.uscc, record: found };
  }
  return { ...first!, record: null };
}

/** Records a repairable ordinary fine for the enterprise through the API (credit officer), decided 150 days ago. */
async function createRecord(subjectUscc: string, s: ApiSession): Promise<Penalty> {
  const departments = await s.get<{ items: { id: string; field: string }[] }>('/api/departments');
  const health = departments.items.find((d) => d.field === 'health') ?? departments.items[0]!;
  await post('credit', '/api/credit/penalties', {
    subjectUscc,
    decisionNo: `芜卫罚〔E2E〕${Date.now() % 100000}号`,
    departmentId: health.id,
    decisionDate: chinaDay(Date.now() - 150 * DAY),
    kinds: ['fine'],
    fineAmount: 3000,
    severity: 'ordinary',
  });
  const list = await s.get<PageOf<Penalty>>(`/api/credit/penalties?uscc=${subjectUscc}&repairable=true&pageSize=50`);
  return list.items.find((p) => repairable(p, chinaToday()))!;
}

/** What the platforms hold: the fine's e-receipt and, when asked, the completed rectification. */
async function holdProofs(p: Penalty, subjectUscc: string, withRectification: boolean): Promise<void> {
  const paidOn = chinaDay(Date.parse(`${p.decisionDate}T00:00:00Z`) + 7 * DAY);
  const res = await fetch(`${sandboxUrl}/_sandbox/data`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      receipts: [{ receiptNo: `3402E2E${p.id.slice(-8)}`, decisionNo: p.decisionNo, amount: p.fineAmount, payer: p.enterpriseName ?? '', paidOn }],
      rectifications: withRectification
        ? [{ id: `ZG-E2E-${p.id.slice(-6)}`, uscc: subjectUscc, decisionNo: p.decisionNo, completedOn: paidOn, summary: '已按整改通知书完成整改，经复查合格' }]
        : [],
    }),
  });
  expect(res.ok).toBe(true);
}

beforeAll(async () => {

  const found = await findApplicant();
  account = found.account;
  uscc = found.uscc;
  const credit = await apiSession(stage.server.url, 'credit');
  record = found.record ?? (await createRecord(uscc, credit));
  expect(record).toBeTruthy();
  // Added here, so the journey does not depend on the day the demo was seeded.
  await holdProofs(record, uscc, true);
  figuresBefore = await credit.get<Figures>('/api/credit/figures');
});

afterAll(async () => {
  await sandbox?.close();
});

describe('credit repair journey', () => {
  it('(a) the public guide opens from the login page, on a phone, with the periods by class', async () => {
    const phone = await pageAs(null, { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    await phone.goto(`${stage.server.url}/login`);
    await phone.getByTestId('login-credit-guide').click();
    await phone.waitForURL('**/credit/guide');
    await phone.getByTestId('guide-periods-national').waitFor();
    const row = (name: string) => phone.locator(`[data-testid="guide-periods-national"] [data-class="${name}"]`); // a card a row on a phone
    expect(await row('minor').innerText()).toContain('不予公示'); // 令第36号: minor records are in principle not published
    expect(await row('ordinary').innerText()).toMatch(/3 个月[\s\S]*12 个月/);
    expect(await row('serious').innerText()).toMatch(/12 个月[\s\S]*36 个月/);
    for (const id of ['guide-explainer', 'guide-steps', 'guide-conditions', 'guide-materials', 'guide-results', 'guide-faq']) {
      await phone.getByTestId(id).waitFor();
    }
    // Made for the phone: nothing wider than the screen.
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await phone.screenshot({ path: `${SHOTS}/credit-guide-360.png`, fullPage: true });
    // The same facts come from the public API, no login.
    const guide = await getPublic<{ ruleSets: { code: string }[] }>(stage.server.url, '/api/credit/guide');
    expect(guide.ruleSets.map((r) => r.code)).toContain('national');
  });

  it('(b) the enterprise applies: the system gathers the receipt and the rectification, it only signs', async () => {
    const page = await pageAs(account);
    await page.getByTestId('menu-my-credit').click();
    await page.waitForURL('**/my-credit');
    const row = page.locator(`[data-testid="credit-record-row"][data-id="${record.id}"]`);
    await row.waitFor();
    expect(await row.getAttribute('data-state')).toBe('apply-now');
    expect(await row.getByTestId('repairable-from').getAttribute('data-value')).toBe(record.repairableFrom);
    await page.screenshot({ path: `${SHOTS}/credit-my-credit.png`, fullPage: true });

    // The repair notice issued with the decision (两书同达).
    await row.getByTestId('notice-open').click();
    const notice = page.locator('.ant-modal [data-testid="repair-notice"]');
    await notice.waitFor();
    expect(await notice.getAttribute('data-path')).toBe('application');
    expect(await notice.innerText()).toContain(record.decisionNo);
    await page.keyboard.press('Escape');

    await row.getByTestId('record-apply').click();
    await page.waitForURL(`**/my-credit/records/${record.id}`);
    const panel = page.getByTestId('apply-panel');
    await panel.waitFor();
    expect(await panel.getByTestId('apply-expected-proofs').innerText()).toContain('罚款缴纳电子票据');
    expect(await page.getByTestId('commitment-preview').innerText()).toContain(record.decisionNo);
    expect(await page.getByTestId('apply-submit').isDisabled()).toBe(true);
    await page.getByTestId('commitment-accept').click();
    await page.getByTestId('apply-submit').click();

    // Complete at once: both proofs gathered, nothing to upload, under review with a deadline.
    const track = page.locator('[data-testid="track-panel"][data-status="pending"]');
    await track.waitFor();
    const receipt = track.locator('[data-testid="proof"][data-kind="fine-receipt"]');
    expect(await receipt.getAttribute('data-status')).toBe('gathered');
    await receipt.getByTestId('receipt-match').waitFor();
    expect(await receipt.innerText()).toContain('财政电子票据公共服务平台');
    expect(await track.locator('[data-testid="proof"][data-kind="rectification"]').getAttribute('data-status')).toBe('gathered');
    expect(await track.getByTestId('proof-upload').count()).toBe(0);
    expect(await track.getByTestId('application-steps').innerText()).toMatch(/10 个工作日/);
    await page.screenshot({ path: `${SHOTS}/credit-applied.png`, fullPage: true });

    // Tracking from the list: the record is under review, the application waits for its decision.
    await page.getByTestId('menu-my-credit').click();
    await page.locator(`[data-testid="credit-record-row"][data-id="${record.id}"][data-state="in-review"]`).waitFor();
    const application = page.locator('[data-testid="application-row"][data-status="pending"]');
    await application.waitFor();
    expect(await application.getByTestId('review-deadline').getAttribute('data-overdue')).toBe('false');
  });

  it('(c) the credit officer reviews the proofs beside the record and approves', async () => {
    const page = await pageAs('credit');
    for (const id of ['menu-credit-reviews', 'menu-credit-penalties', 'menu-credit-deliveries', 'menu-credit-figures']) {
      await page.getByTestId(id).waitFor();
    }
    await page.getByTestId('menu-credit-reviews').click();
    await page.waitForURL('**/credit/reviews');
    const row = page.locator(`[data-testid="review-row"][data-decision-no="${record.decisionNo}"]`);
    await row.waitFor();
    expect(await row.getAttribute('data-status')).toBe('pending');
    await page.screenshot({ path: `${SHOTS}/credit-review-queue.png`, fullPage: true });
    await row.getByTestId('review-open').click();

    const review = page.locator('[data-testid="review-page"][data-status="pending"]');
    await review.waitFor();
    const receipt = review.locator('[data-testid="side-by-side"][data-kind="fine-receipt"]');
    expect(await receipt.getAttribute('data-status')).toBe('gathered');
    // Decision number and amount agree with the record; nothing disagrees anywhere.
    expect(await receipt.locator('tr[data-agrees="true"]').count()).toBe(2);
    expect(await review.locator('tr[data-agrees="false"]').count()).toBe(0);
    expect(await review.getByTestId('commitment').innerText()).toContain(record.decisionNo);
    await page.screenshot({ path: `${SHOTS}/credit-review.png`, fullPage: true });

    await review.getByTestId('review-approve').click();
    await page.getByTestId('decision-reason').fill('材料齐全：罚款已缴清（电子票据已核验），整改已完成，同意修复');
    await page.getByTestId('decision-form-ok').click();
    await page.locator('[data-testid="review-decision"][data-status="approved"]').waitFor();

    // One repair, every platform: each delivery arrives (the outbox worker sends them within seconds).
    await expect
      .poll(
        async () => {
          await page.reload();
          await page.locator('[data-testid="review-page"][data-status="approved"]').waitFor();
          return page.locator('[data-testid="delivery-row"][data-status="delivered"]').count();
        },
        { timeout: 30_000, interval: 1_000 },
      )
      .toBe(3);
    await page.screenshot({ path: `${SHOTS}/credit-approved.png`, fullPage: true });
    for (const platform of ['creditchina', 'gsxt', 'industry']) {
      const r = (await (await fetch(`${sandboxUrl}/_sandbox/deliveries?platform=${platform}&recordId=${record.id}`)).json()) as { applied: number };
      expect(r.applied, platform).toBe(1);
    }
  });

  it('(d) the credit status no longer lists the record; the enterprise sees it repaired and delivered', async () => {
    // C6 — for other scenarios: the enterprise itself, and an integration (the demo key).
    const own = await (await apiSession(stage.server.url, account)).get<Status>(`/api/credit/${uscc}/status`);
    expect(own.records.map((r) => r.id)).not.toContain(record.id);
    const viaKey = await fetch(`${stage.server.url}/api/credit/${uscc}/status`, {
      headers: { 'X-Api-Key': 'qinqing-demo-key', Accept: 'application/json' },
    });
    expect(viaKey.ok).toBe(true);
    expect(((await viaKey.json()) as Status).records.map((r) => r.id)).not.toContain(record.id);

    const page = await pageAs(account);
    await page.getByTestId('menu-my-credit').click();
    const row = page.locator(`[data-testid="credit-record-row"][data-id="${record.id}"]`);
    await row.waitFor();
    expect(await row.getAttribute('data-state')).toBe('repaired');
    await page.locator('[data-testid="application-row"][data-status="approved"]').waitFor();
    await row.getByTestId('record-open').click();
    await page.getByTestId('record-repaired').waitFor();
    await page.locator('[data-testid="application-decision"][data-status="approved"]').waitFor();
    expect(await page.getByTestId('application-decision').innerText()).toContain('同意修复');
    expect(await page.locator('[data-testid="track-panel"] [data-testid="delivery-row"][data-status="delivered"]').count()).toBe(3);
    await page.screenshot({ path: `${SHOTS}/credit-repaired.png`, fullPage: true });
  });

  it('(e) deliveries and figures: the officer sees every platform; the supervisor reads the figures only', async () => {
    const page = await pageAs('credit');
    await page.getByTestId('menu-credit-deliveries').click();
    await page.waitForURL('**/credit/deliveries');
    await page.getByTestId('delivery-count-credit-china').waitFor();
    // The demo keeps one delivery that gave up (the industry platform was down), for the manual resend.
    await page.getByTestId('delivery-filter-status').getByText('推送失败').click();
    const dead = page.locator('[data-testid="delivery-row"][data-status="dead"]').first();
    await dead.waitFor();
    const platform = (await dead.getAttribute('data-platform'))!;
    const deadRecord = (await dead.getAttribute('data-record-id'))!;
    expect(await dead.innerText()).toContain('503');
    await page.screenshot({ path: `${SHOTS}/credit-deliveries-dead.png`, fullPage: true });
    // The action column stays in view at 1440 px (it no longer scrolls off the table's end).
    const resend = await dead.getByTestId('delivery-resend').boundingBox();
    expect(resend!.x + resend!.width).toBeLessThanOrEqual(page.viewportSize()!.width);
    await dead.getByTestId('delivery-resend').click();
    await page.locator('.ant-popconfirm-buttons .ant-btn-primary').click();
    await page.getByText('已重新排队推送').waitFor();
    // Same idempotency key: the platform applies it once, and the list shows it delivered.
    const sandboxName = platform === 'credit-china' ? 'creditchina' : platform;
    await expect
      .poll(async () => {
        const r = await fetch(`${sandboxUrl}/_sandbox/deliveries?platform=${sandboxName}&recordId=${deadRecord}`);
        return ((await r.json()) as { applied: number }).applied;
      }, { timeout: 30_000, interval: 1_000 })
      .toBe(1);
    await page.getByTestId('delivery-filter-status').getByText('全部').click();
    await expect
      .poll(async () => {
        await page.getByTestId('delivery-filter-status').getByText('已送达').click();
        await page.getByTestId('delivery-filter-status').getByText('全部').click();
        return page.getByTestId(`delivery-count-${platform}`).locator('[data-status="dead"]').getAttribute('data-value');
      }, { timeout: 30_000, interval: 1_000 })
      .toBe('0');
    // Resend only where the server allows it: never on a delivered row.
    await page.locator('[data-testid="delivery-row"][data-status="delivered"]').first().waitFor();
    expect(await page.locator('[data-testid="delivery-row"][data-status="delivered"] [data-testid="delivery-resend"]').count()).toBe(0);
    await page.screenshot({ path: `${SHOTS}/credit-deliveries.png`, fullPage: true });

    await page.getByTestId('menu-credit-figures').click();
    await page.waitForURL('**/credit/figures');
    await page.getByTestId('chart-credit-repaired').locator('svg').first().waitFor();
    const onApplication = Number(await page.getByTestId('figure-on-application').getAttribute('data-value'));
    expect(onApplication).toBe(figuresBefore.repaired.onApplication + 1);
    await page.getByTestId('figure-spared').waitFor();
    // Subjects spared 多头修复 are some of the subjects repaired, never more (issue 16 item 9).
    const figure = async (key: string) => Number(await page.getByTestId(`figure-${key}`).getAttribute('data-value'));
    expect(await figure('spared')).toBeLessThanOrEqual(await figure('subjects'));
    await page.screenshot({ path: `${SHOTS}/credit-figures.png`, fullPage: true });

    const supervisor = await pageAs('supervisor');
    await supervisor.getByTestId('menu-credit-figures').waitFor();
    expect(await supervisor.getByTestId('menu-credit-reviews').count()).toBe(0);
    await supervisor.goto(`${stage.server.url}/credit/reviews`);
    await supervisor.getByText('无权访问').waitFor();
  });

  it('(f) a proof no source holds is the only thing asked: the other enterprise uploads it', async () => {
    const other = account === 'enterprise1' ? 'enterprise2' : 'enterprise1';
    const s = await apiSession(stage.server.url, other);
    const me = await s.get<{ enterprise: { uscc: string } }>('/api/me');
    const today = chinaToday();
    const mine = await s.get<PageOf<Penalty>>('/api/credit/penalties?pageSize=200');
    const target = mine.items.find((p) => repairable(p, today)) ?? (await createRecord(me.enterprise.uscc, await apiSession(stage.server.url, 'credit')));
    // The fiscal platform holds the receipt; no platform holds the rectification.
    await holdProofs(target, me.enterprise.uscc, false);

    const page = await pageAs(other);
    await page.goto(`${stage.server.url}/my-credit/records/${target.id}`);
    await page.getByTestId('commitment-accept').click();
    await page.getByTestId('apply-submit').click();
    const track = page.locator('[data-testid="track-panel"][data-status="awaiting-proof"]');
    await track.waitFor();
    expect(await track.locator('[data-testid="proof"][data-kind="fine-receipt"]').getAttribute('data-status')).toBe('gathered');
    const rectification = track.locator('[data-testid="proof"][data-kind="rectification"]');
    expect(await rectification.getAttribute('data-status')).toBe('missing');
    // Exactly one upload is offered: the missing proof.
    expect(await track.getByTestId('proof-upload').count()).toBe(1);
    await page.screenshot({ path: `${SHOTS}/credit-awaiting-proof.png`, fullPage: true });
    await rectification.locator('input[type="file"]').setInputFiles({
      name: '整改完成证明.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n% rectification report\n%%EOF\n'),
    });
    await page.locator('[data-testid="track-panel"][data-status="pending"]').waitFor();
    expect(await page.locator('[data-testid="proof"][data-kind="rectification"]').getAttribute('data-status')).toBe('uploaded');
    await page.screenshot({ path: `${SHOTS}/credit-uploaded.png`, fullPage: true });
  });
});

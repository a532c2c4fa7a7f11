/**
 * C2/C3 — publicity periods at their boundaries under both rule sets, and the job `credit-auto-repair`: it
 * repairs exactly the minor records due for 免申即享 and stops exactly the records past their maximum (checked
 * against the pure rules as the oracle, over the demo city's records and boundary records made here), audits
 * and queues each once per platform, and a second run changes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, count, eq, inArray, like } from 'drizzle-orm';
import { testApp, type TestApp } from '../support/app.js';
import { departmentByCode, enterpriseOf } from '../support/fixtures.js';
import { auditLog } from '../../src/platform/audit/schema.js';
import { outbox } from '../../src/platform/outbox/schema.js';
import { enterprises } from '../../src/enterprises/schema.js';
import { penaltyRecords } from '../../src/credit/schema.js';
import { setCreditConfig } from '../../src/credit/config.js';
import { autoRepairDue, expiryDue } from '../../src/credit/rules/eligibility.js';
import { demoCreditPlan, demoSandboxData } from '../../src/credit/demo-plan.js';
import type { Sandbox } from '../../src/sandbox/server.js';
import { demoSeedDay, startDemoSandbox } from '../../src/sandbox/demo-sandbox.js';

let t: TestApp;
let sandbox: Sandbox;
let admin: string;
let credit: string;
let health: string;
let market: string;
let uscc: string;
let restaurantUscc: string;
let factoryUscc: string;
const ids: Record<string, string> = {};
/** Each boundary record as the API answered when it was recorded (before any job ran). */
const recorded: Record<string, { status: string }> = {};
// Sunday 28 February 2027, 10:00 in China; 2027 has no 29 February.
const TODAY = '2027-02-28';
const NOW = '2027-02-28T02:00:00Z';
const KEY = { 'x-api-key': 'qinqing-demo-key' };
let receiptSerial = 0;

const run = () => t.app.inject({ method: 'POST', url: '/api/admin/jobs/credit-auto-repair/run', headers: { cookie: admin } });
const status = async (who: string) => (await t.app.inject({ url: `/api/credit/${who}/status`, headers: KEY })).json();

async function record(name: string, body: Record<string, unknown>, receipt = false) {
  const res = await t.app.inject({ method: 'POST', url: '/api/credit/penalties', headers: KEY, payload: { subjectUscc: uscc, decisionNo: `芜测罚〔边界〕${name}号`, ...body } });
  expect(res.statusCode, res.body).toBe(201);
  ids[name] = res.json().id;
  recorded[name] = res.json();
  if (receipt) {
    sandbox.data.receipts.push({ receiptNo: `R-${++receiptSerial}`, decisionNo: `芜测罚〔边界〕${name}号`, amount: body.fineAmount as number, payer: '测试', paidOn: '2026-12-05' });
  }
  return res.json();
}

beforeAll(async () => {
  t = await testApp({ now: NOW });
  // The sandbox holds what the platforms know about the demo city: the plan the seed used, found again.
  const registry = await t.database.db.select({ id: enterprises.id, uscc: enterprises.uscc, name: enterprises.name, industry: enterprises.industry }).from(enterprises).orderBy(enterprises.id);
  expect(await demoSeedDay(t.database, registry)).toBe(TODAY);
  const plan = demoCreditPlan(registry, TODAY);
  const [seeded] = await t.database.db.select({ n: count() }).from(penaltyRecords).where(inArray(penaltyRecords.decisionNo, plan.map((p) => p.decisionNo)));
  expect(seeded!.n).toBe(plan.length);
  ({ sandbox } = await startDemoSandbox(t.database, { clock: () => t.clock.now }));
  expect(sandbox.data.receipts).toEqual(demoSandboxData(plan).receipts);
  health = (await departmentByCode(t, 'WH-WJ')).id;
  market = (await departmentByCode(t, 'WH-SCJG')).id;
  uscc = (await enterpriseOf(t, 'enterprise2')).uscc; // a pharmacy
  restaurantUscc = (await enterpriseOf(t, 'enterprise1')).uscc;
  factoryUscc = registry.find((e) => !['restaurant', 'food-production', 'pharmacy'].includes(e.industry))!.uscc;

  // Recorded back on 1 December 2026, so the job meets them still published.
  t.clock.set('2026-12-01T02:00:00Z');
  const national = (kinds: string[], decisionDate: string, extra: Record<string, unknown> = {}) => ({ departmentId: health, kinds, decisionDate, ...extra });
  const marketReg = (kinds: string[], decisionDate: string, extra: Record<string, unknown> = {}) => ({ departmentId: market, kinds, decisionDate, ...extra });
  await record('N-minor-today', national(['warning'], '2026-12-01')); // minEnd moved below
  await record('N-ord-0228', national(['fine'], '2026-02-28', { fineAmount: 1000 }));
  await record('N-ord-0227', national(['fine'], '2026-02-27', { fineAmount: 1000 }));
  await record('N-ser-leap', national(['licence-revocation'], '2024-02-29'));
  await record('N-ser-0228', national(['licence-revocation'], '2024-02-28'));
  await record('N-ser-0227', national(['licence-revocation'], '2024-02-27'));
  await record('N-minor-fine-paid', national(['fine'], '2026-11-30', { fineAmount: 200, severity: 'minor' }), true);
  await record('N-minor-fine-1127', national(['fine'], '2026-11-27', { fineAmount: 300, severity: 'minor' }));
  await record('N-minor-fine-1128', national(['fine'], '2026-11-28', { fineAmount: 300, severity: 'minor' }));
  await record('M-crit-1127', marketReg(['circulated-criticism'], '2026-11-27'));
  await record('M-crit-1128', marketReg(['circulated-criticism'], '2026-11-28'));
  await record('M-crit-1129', marketReg(['circulated-criticism'], '2026-11-29'));
  await record('M-crit-1130', marketReg(['circulated-criticism'], '2026-11-30'));
  await record('M-lower-fine-1127', marketReg(['fine'], '2026-11-27', { fineAmount: 10_000 }));
  await record('M-never-0227', marketReg(['fine', 'practice-restriction'], '2024-02-27', { fineAmount: 30_000 }));
  await record('M-other-0228', marketReg(['fine'], '2024-02-28', { fineAmount: 50_000 }));
  await record('M-other-0831', marketReg(['fine'], '2026-08-31', { fineAmount: 50_000, subjectUscc: factoryUscc }));
  t.clock.set(NOW);
  // A warning decided today and one yesterday (national minor: no minimum beyond the decision day).
  await record('N-warn-today', national(['warning'], '2027-02-28'));
  await record('N-warn-0227', national(['warning'], '2027-02-27'));
  const food = await t.app.inject({ method: 'POST', url: '/api/credit/penalties', headers: KEY, payload: { subjectUscc: restaurantUscc, decisionNo: '芜测罚〔边界〕M-food号', departmentId: market, kinds: ['fine'], decisionDate: '2026-02-28', fineAmount: 50_000, violationField: 'food' } });
  ids['M-food'] = food.json().id;
  [admin, credit] = await Promise.all([t.login('admin'), t.login('credit')]);
});
afterAll(async () => {
  setCreditConfig(undefined);
  await sandbox?.close();
  await t?.close();
});

const byName = async (name: string) => (await t.database.db.select().from(penaltyRecords).where(eq(penaltyRecords.id, ids[name]!)))[0]!;

describe('periods at their boundaries', () => {
  it('national: 3 months, 1 year, 3 years from the decision date, month ends and 29 February clamped', async () => {
    expect(await byName('N-ord-0228')).toMatchObject({ minEnd: '2026-05-28', maxEnd: '2027-02-28' });
    expect(recorded['N-ord-0228']).toMatchObject({ status: 'published' }); // the jobs below may have closed it since
    expect(await byName('N-ser-leap')).toMatchObject({ minEnd: '2025-02-28', maxEnd: '2027-02-28' });
    expect(await byName('N-ser-0228')).toMatchObject({ maxEnd: '2027-02-28' });
    expect(await byName('N-ser-0227')).toMatchObject({ maxEnd: '2027-02-27' });
    expect(await byName('N-minor-fine-1128')).toMatchObject({ severity: 'minor', minEnd: '2026-11-28', maxEnd: '2027-02-28', autoRepair: true, dutiesFulfilledOn: null });
  });
  it('market regulation: 通报批评 shown 3 months, then stopped — not repaired (29 and 30 November end on 28 February), others 6 months, food a year, 3 years', async () => {
    for (const n of ['M-crit-1128', 'M-crit-1129', 'M-crit-1130']) expect(await byName(n)).toMatchObject({ minEnd: null, maxEnd: '2027-02-28', autoRepair: false });
    expect(await byName('M-crit-1127')).toMatchObject({ minEnd: null, maxEnd: '2027-02-27' });
    expect(await byName('M-other-0831')).toMatchObject({ publicityClass: 'other', minEnd: '2027-02-28', maxEnd: '2029-08-31' });
    expect(await byName('M-food')).toMatchObject({ minEnd: '2027-02-28', maxEnd: '2029-02-28' });
    expect(await byName('M-never-0227')).toMatchObject({ publicityClass: 'never-early', minEnd: null, maxEnd: '2027-02-27' });
    expect((await status(factoryUscc)).records.find((r: { id: string }) => r.id === ids['M-other-0831'])).toMatchObject({ repairableFrom: '2027-03-01', repairPath: 'application' });
    expect((await status(uscc)).records.find((r: { id: string }) => r.id === ids['M-never-0227'])).toBeUndefined(); // its maximum passed yesterday
  });
});

// Two days of one story: the second run (1 March) meets what the first (28 February) left.
describe('credit-auto-repair', { shuffle: false }, () => {
  it('repairs exactly the minor records due and stops exactly those past their maximum; each audited and queued once per platform', async () => {
    const before = await t.database.db.select().from(penaltyRecords);
    // The oracle: the pure rules, with the receipts the fiscal platform holds counted as paid.
    const paid = new Map(sandbox.data.receipts.map((r) => [`${r.decisionNo}|${r.amount}`, r.paidOn]));
    const seen = before.map((r) => ({
      ...r,
      dutiesFulfilledOn: r.dutiesFulfilledOn ?? (r.autoRepair && r.fineAmount ? (paid.get(`${r.decisionNo}|${r.fineAmount}`) ?? null) : null),
    }));
    const wantRepaired = seen.filter((r) => autoRepairDue(r, TODAY)).map((r) => r.id).sort();
    const wantExpired = seen.filter((r) => expiryDue(r, TODAY)).map((r) => r.id).sort();
    // The boundary records land where the rules say.
    for (const n of ['N-warn-0227', 'N-minor-fine-paid']) expect(wantRepaired).toContain(ids[n]);
    // 通报批评 under market regulation: its publicity stops — counted apart from repairs (defect 9).
    for (const n of ['N-ord-0227', 'N-ser-0227', 'N-minor-fine-1127', 'M-lower-fine-1127', 'M-never-0227', 'M-crit-1127']) expect(wantExpired).toContain(ids[n]);
    for (const n of ['N-warn-today', 'N-ord-0228', 'N-ser-leap', 'N-ser-0228', 'N-minor-fine-1128', 'M-crit-1128', 'M-crit-1129', 'M-crit-1130', 'M-other-0228', 'M-food']) {
      expect([...wantRepaired, ...wantExpired]).not.toContain(ids[n]);
    }
    expect(wantRepaired.length).toBeGreaterThan(10); // the demo city's minor records too

    const [{ n: auditsBefore } = { n: 0 }] = await t.database.db.select({ n: count() }).from(auditLog).where(inArray(auditLog.action, ['credit.penalty.auto-repair', 'credit.penalty.expire']));
    const res = await run();
    expect(res.statusCode).toBe(200);
    const platforms = 3;
    expect(res.json()).toMatchObject({
      status: 'succeeded',
      result: { repaired: wantRepaired.length, expired: wantExpired.length, queued: (wantRepaired.length + wantExpired.length) * platforms },
    });
    expect(res.json().result.receipts.paid).toBeGreaterThanOrEqual(2); // ours and the demo's minor fine

    const after = await t.database.db.select().from(penaltyRecords);
    const repairedNow = after.filter((r) => r.repairedAt?.getTime() === t.clock.now.getTime()).map((r) => r.id).sort();
    const expiredNow = after.filter((r) => r.expiredAt?.getTime() === t.clock.now.getTime()).map((r) => r.id).sort();
    expect(repairedNow).toEqual(wantRepaired);
    expect(expiredNow).toEqual(wantExpired);
    for (const r of after.filter((x) => repairedNow.includes(x.id))) expect(r).toMatchObject({ status: 'repaired', repairedHow: 'automatic' });
    for (const r of after.filter((x) => expiredNow.includes(x.id))) expect(r.status).toBe('expired');
    const untouched = before.filter((r) => !repairedNow.includes(r.id) && !expiredNow.includes(r.id));
    for (const r of untouched) expect(after.find((x) => x.id === r.id)!.status).toBe(r.status);

    const closed = [...wantRepaired, ...wantExpired];
    const queued = await t.database.db.select().from(outbox).where(and(like(outbox.idempotencyKey, 'repair:%'), eq(outbox.createdAt, t.clock.now)));
    expect(queued.map((m) => m.idempotencyKey).sort()).toEqual(closed.flatMap((id) => ['credit-china', 'gsxt', 'industry'].map((p) => `repair:${id}:${p}`)).sort());
    const m = queued.find((x) => x.idempotencyKey === `repair:${ids['N-warn-0227']}:credit-china`)!;
    expect(m.payload).toMatchObject({ action: 'repair', recordId: ids['N-warn-0227'], how: 'automatic', departmentCode: 'WH-WJ', effectiveOn: TODAY });
    // 通报批评 under market regulation stops; it is not a repair.
    expect(queued.find((x) => x.idempotencyKey === `repair:${ids['M-crit-1127']}:credit-china`)!.payload).toMatchObject({ action: 'stop-publicity' });
    expect(queued.find((x) => x.idempotencyKey === `repair:${ids['N-ord-0227']}:gsxt`)!.payload).toMatchObject({ action: 'stop-publicity' });

    const audits = await t.database.db
      .select()
      .from(auditLog)
      .where(and(inArray(auditLog.action, ['credit.penalty.auto-repair', 'credit.penalty.expire']), eq(auditLog.at, t.clock.now)));
    // One audit row per thousand records of a statement, listing them.
    const audited = (action: string) => audits.filter((a) => a.action === action).flatMap((a) => (a.detail as { ids: string[] }).ids).sort();
    expect(audited('credit.penalty.auto-repair')).toEqual(wantRepaired);
    expect(audited('credit.penalty.expire')).toEqual(wantExpired);
    for (const a of audits) {
      expect(a).toMatchObject({ actorType: 'system', actorName: 'credit-auto-repair', targetType: 'credit_penalty' });
      expect(a.detail).toMatchObject({ count: (a.detail as { ids: string[] }).ids.length, platforms: ['credit-china', 'gsxt', 'industry'] });
    }

    // A second run changes nothing.
    const again = await run();
    expect(again.json().result).toMatchObject({ repaired: 0, expired: 0, queued: 0 });
    const [n] = await t.database.db.select({ n: count() }).from(outbox).where(and(like(outbox.idempotencyKey, 'repair:%'), eq(outbox.createdAt, t.clock.now)));
    expect(n!.n).toBe(queued.length);
    const [a] = await t.database.db.select({ n: count() }).from(auditLog).where(inArray(auditLog.action, ['credit.penalty.auto-repair', 'credit.penalty.expire']));
    expect(a!.n).toBe(auditsBefore + audits.length);
    const unchanged = await t.database.db.select().from(penaltyRecords);
    expect(unchanged.map((r) => [r.id, r.status]).sort()).toEqual(after.map((r) => [r.id, r.status]).sort());
  });

  it('the next day: the 28 February boundaries move — 3 months, 1 year, 3 years, the leap day', async () => {
    const shownToday = (await status(uscc)).records.map((r: { id: string }) => r.id);
    for (const n of ['N-ord-0228', 'N-ser-leap', 'N-ser-0228', 'M-other-0228']) expect(shownToday).toContain(ids[n]);
    t.clock.set('2027-03-01T02:00:00Z');
    [admin, credit] = await Promise.all([t.login('admin'), t.login('credit')]);
    // Gone from the status at once, before the job runs.
    const shownNext = (await status(uscc)).records.map((r: { id: string }) => r.id);
    for (const n of ['N-ord-0228', 'N-ser-leap', 'N-ser-0228', 'M-other-0228', 'N-minor-fine-1128']) expect(shownNext).not.toContain(ids[n]);
    const res = (await run()).json();
    expect(res.status).toBe('succeeded');
    for (const n of ['N-warn-today']) expect((await byName(n)).status).toBe('repaired');
    for (const n of ['N-ord-0228', 'N-ser-leap', 'N-ser-0228', 'M-other-0228', 'N-minor-fine-1128', 'M-crit-1128', 'M-crit-1129', 'M-crit-1130']) {
      expect((await byName(n)).status).toBe('expired');
    }
    // Counted apart: a stop of publicity is no repair (defect 9).
    const figures = (await t.app.inject({ url: '/api/credit/figures', headers: { cookie: credit } })).json();
    expect(figures.publicityStopped.records).toBeGreaterThanOrEqual(9);
    expect((await byName('M-food')).status).toBe('published');
    expect((await byName('M-other-0831')).status).toBe('published');
    const app = await t.app.inject({ method: 'POST', url: `/api/credit/penalties/${ids['M-other-0831']}/invitation`, headers: { cookie: credit } });
    expect(app.statusCode).toBe(200); // repairable from today: the credit officer may invite
    const audited = await t.database.db.select().from(auditLog).where(and(eq(auditLog.action, 'credit.penalty.invite'), eq(auditLog.targetId, ids['M-other-0831']!)));
    expect(audited).toHaveLength(1);
  });
});

/**
 * Issue 11 "done when": a known history — joint and single visits, a revoked code, a code not yet started,
 * evaluations, and two years of credit repairs and publicity stops — and every part A and credit figure checked
 * against numbers worked out by hand here (defects 2, 3, 4 and 9).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../support/app.js';
import { anyEnterprise, departmentByCode } from '../support/fixtures.js';
import { countInsertedVisits } from '../support/figures.js';
import { handMadeCredit } from '../support/credit-history.js';
import { newId } from '../../src/platform/db/ids.js';
import { users } from '../../src/platform/auth/schema.js';
import { evaluations, inspections } from '../../src/inspections/schema.js';
import { penaltyRecords } from '../../src/credit/schema.js';

let t: TestApp;
const cn = (s: string) => new Date(`${s}+08:00`);
// Part A: the history lies in June 2025; "now" for the figures is 20 June 2025, 12:00 China time.
const JUNE = { from: cn('2025-06-01T00:00:00'), to: cn('2025-07-01T00:00:00') };
const JUNE_NOW = cn('2025-06-20T12:00:00');

beforeAll(async () => {
  t = await testApp();
  const [market, ecology, fire] = (await Promise.all(['WH-SCJG', 'WH-STHJ', 'WH-XF'].map(async (c) => (await departmentByCode(t, c)).id))) as [string, string, string];
  const [u] = await t.database.db.select().from(users).limit(1);
  const firms = await Promise.all([0, 1, 2, 3, 4, 5].map((i) => anyEnterprise(t, i)));
  const visit = (n: number, o: { depts: string[]; start: string; kind?: 'planned' | 'triggered'; status?: 'issued' | 'done' | 'revoked' }) => {
    const start = cn(o.start);
    const end = new Date(start.getTime() + 8 * 3_600_000);
    return {
      id: newId(),
      enterpriseId: firms[n]!.id,
      kind: o.kind ?? 'planned',
      trigger: o.kind === 'triggered' ? ('complaint' as const) : null,
      leadDepartmentId: o.depts[0]!,
      departmentIds: o.depts,
      itemIds: [],
      officerIds: [],
      windowStart: start,
      windowEnd: end,
      status: o.status ?? 'done',
      code: `HAND-${n}`,
      appliedBy: u!.id,
      approvedBy: u!.id,
      resultDueAt: new Date(end.getTime() + 3 * 86_400_000),
      ruleSetId: 'part-a',
      ruleSetVersion: 1,
      resultRecordedAt: o.status === 'done' || !o.status ? end : null,
      revokedAt: o.status === 'revoked' ? start : null,
      createdAt: new Date(start.getTime() - 86_400_000),
    };
  };
  const rows = [
    visit(0, { depts: [market, ecology], start: '2025-06-05T09:00:00' }), // joint of 2: saves 1
    visit(1, { depts: [market, ecology, fire], start: '2025-06-10T09:00:00', status: 'issued' }), // joint of 3: saves 2
    visit(2, { depts: [market], start: '2025-06-12T09:00:00' }), // single, planned
    visit(3, { depts: [ecology, fire], start: '2025-06-14T09:00:00', status: 'revoked' }), // revoked: no visit
    visit(4, { depts: [fire], start: '2025-06-25T09:00:00', status: 'issued' }), // not started by 20 June
    visit(5, { depts: [ecology], start: '2025-06-18T07:30:00', kind: 'triggered' }), // single, triggered
  ];
  await t.database.db.insert(inspections).values(rows);
  const ev = (i: number, overall: number) => ({
    enterpriseId: rows[i]!.enterpriseId,
    inspectionId: rows[i]!.id,
    overall,
    conduct: 5,
    integrity: 5,
    efficiency: 5,
    service: 5,
    userId: u!.id,
    createdAt: rows[i]!.windowEnd,
  });
  await t.database.db.insert(evaluations).values([ev(0, 5), ev(5, 2)]);
  await countInsertedVisits(t, rows);

  // Credit: three fresh subjects with a known history of repairs and stops over two years.
  const credit = await handMadeCredit(t, { tag: 'HAND', label: '手算', firm: firms[0]!, departmentId: market });
  const [s1, s2, s3] = [await credit.subject(1), await credit.subject(2), await credit.subject(3)] as [string, string, string];
  const penalty = credit.penalty;
  await t.database.db.insert(penaltyRecords).values([
    // 2026 to date (now: 27 November 2026, 10:00): s1 twice (automatic, application), s2 once (automatic).
    penalty(s1, { repairedAt: '2026-03-01T10:00:00', how: 'automatic' }),
    penalty(s1, { repairedAt: '2026-06-01T10:00:00', how: 'application' }),
    penalty(s2, { repairedAt: '2026-11-27T09:00:00', how: 'automatic' }),
    // 2025, the same stretch (to 27 November 2025, 10:00): s3 once; its December repair is outside it.
    penalty(s3, { repairedAt: '2025-05-01T10:00:00', how: 'automatic' }),
    penalty(s3, { repairedAt: '2025-12-15T10:00:00', how: 'application' }),
    penalty(s3, { repairedAt: '2025-11-27T10:30:00', how: 'automatic' }), // half an hour past the same moment
    // Stops of publicity: counted apart, never as repairs.
    penalty(s2, { expiredAt: '2026-02-01T01:30:00' }),
    penalty(s3, { expiredAt: '2025-03-01T01:30:00' }),
  ]);
});
afterAll(async () => t?.close());

describe('part A figures by hand', () => {
  it('visits, joint visits, visits avoided and the reduction as the seed reckons it; revoked and not-started codes are no visits', async () => {
    t.clock.set(JUNE_NOW);
    const sup = await t.login('supervisor');
    const q = `from=${encodeURIComponent(JUNE.from.toISOString())}&to=${encodeURIComponent(JUNE.to.toISOString())}`;
    const a = (await t.app.inject({ url: `/api/inspections/figures?${q}`, headers: { cookie: sup } })).json();
    // Visits: #0, #1, #2, #5 (not #3 revoked, not #4 starting 25 June).
    expect(a.total).toBe(4);
    expect(a.planned).toBe(3);
    expect(a.triggered).toBe(1);
    expect(a.jointVisits).toBe(2); // #0 and #1
    expect(a.visitsAvoided).toBe(3); // 1 + 2
    expect(a.visitReduction).toBeCloseTo(3 / (2 + 3), 10); // avoided ÷ (joint visits + avoided) = 60%
    expect(a.visitReductionDefinition['zh-CN']).toContain('5133');
    expect(a.codesIssued).toBe(6);
    expect(a.codesByStatus).toEqual({ active: 1, expired: 1, done: 3, revoked: 1 }); // #4 ahead; #1 issued, its window over
    expect(a.evaluations).toBe(2);
    expect(a.satisfied).toBe(1);
    expect(a.satisfactionRate).toBe(0.5);
    // The supervision dashboard counts the same visits (defect 3: the two pages agree).
    const s = (await t.app.inject({ url: `/api/supervision/figures?${q}&granularity=month&top=5`, headers: { cookie: sup } })).json();
    expect(s.inspections.total).toBe(4);
  });
  it('the seed’s own numbers give 59.8%', async () => {
    const { visitReduction } = await import('../../src/inspections/rules/visit.js');
    expect(Math.round(visitReduction(3453, 5133)! * 1000) / 10).toBe(59.8);
  });
});

describe('credit figures by hand', () => {
  it('repairs this year to date against the same stretch of last year; stops counted apart', async () => {
    t.clock.set('2026-11-27T02:00:00Z');
    const credit = await t.login('credit');
    const before = (await t.app.inject({ url: '/api/credit/figures?year=2026', headers: { cookie: credit } })).json();
    expect(before.periods).toEqual({
      current: { from: '2025-12-31T16:00:00.000Z', to: '2026-11-27T02:00:00.000Z' },
      previous: { from: '2024-12-31T16:00:00.000Z', to: '2025-11-27T02:00:00.000Z' },
    });
    // The demo city's own records are in `before`; ours are the difference, by hand.
    const ours = await t.database.query<{ n: number }>(`SELECT count(*)::int AS n FROM credit_penalty WHERE decision_no LIKE '手算%'`);
    expect(ours[0]!.n).toBe(8);
    // Without ours: the figures of the same database with our rows set aside.
    await t.database.query(`UPDATE credit_penalty SET status = 'published' WHERE decision_no LIKE '手算%'`);
    const base = (await t.app.inject({ url: '/api/credit/figures?year=2026', headers: { cookie: credit } })).json();
    await t.database.query(`UPDATE credit_penalty SET status = CASE WHEN repaired_at IS NOT NULL THEN 'repaired' ELSE 'expired' END WHERE decision_no LIKE '手算%'`);
    const f = (await t.app.inject({ url: '/api/credit/figures?year=2026', headers: { cookie: credit } })).json();
    expect(f.repaired.records - base.repaired.records).toBe(3);
    expect(f.repaired.subjects - base.repaired.subjects).toBe(2); // s1, s2
    expect(f.repaired.automatic - base.repaired.automatic).toBe(2);
    expect(f.repaired.onApplication - base.repaired.onApplication).toBe(1);
    expect(f.repaired.previousYear.records - base.repaired.previousYear.records).toBe(1); // only s3's May repair
    expect(f.repaired.previousYear.subjects - base.repaired.previousYear.subjects).toBe(1);
    expect(f.publicityStopped.records - base.publicityStopped.records).toBe(1);
    expect(f.publicityStopped.previousYear.records - base.publicityStopped.previousYear.records).toBe(1);
    if (base.repaired.previousYear.records === 0) {
      // With no demo repairs a year ago: 3 records against 1 is +200%, 2 subjects against 1 is +100%.
      expect(f.repaired.recordsYoY).toBe(200);
      expect(f.repaired.subjectsYoY).toBe(100);
    }
  });
});

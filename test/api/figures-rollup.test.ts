/**
 * H2, issue 18 point 3 — figures without triggers: every write appends its figure change rows in its own
 * transaction and the job `figures-rollup` folds them (delete + add, one transaction). Many writes of every kind
 * that moves a figure run at once (issuance, joining, revocation, results, ratings, signals raised by the rules,
 * dismissed and turned into cases), with folds running among them; once the rollup has caught up, every
 * aggregate equals the live count (GROUP BY over the base tables). On PGlite and on PostgreSQL (TEST_DATABASE_URL),
 * where the writers really overlap; there, two folds at once also count each change exactly once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../support/app.js';
import { onPostgres } from '../support/database.js';
import { anyEnterprise, enterpriseOf, makeItem, makeOfficers } from '../support/fixtures.js';
import { catchUpFigures, FIGURE_TABLES, figureSums, liveFigureSums, type FigureTable } from '../support/figures.js';
import { foldVisitFigures } from '../../src/inspections/index.js';
import { DAY, HOUR } from '../support/time.js';

let t: TestApp;
let items: Record<'WH-SCJG' | 'WH-STHJ', string>;
let pools: Record<'WH-SCJG' | 'WH-STHJ', { cookie: string; officerId: string }[]>;
let firms: { id: string; uscc: string }[];
let sup: string;

beforeAll(async () => {
  t = await testApp({ enterpriseCount: 12 });
  items = { 'WH-SCJG': await makeItem(t, 'WH-SCJG'), 'WH-STHJ': await makeItem(t, 'WH-STHJ') };
  pools = { 'WH-SCJG': await makeOfficers(t, 'WH-SCJG', 12), 'WH-STHJ': await makeOfficers(t, 'WH-STHJ', 12) };
  // enterprise1's firm first: its account rates the visits.
  const own = await enterpriseOf(t, 'enterprise1');
  firms = [own, ...(await Promise.all(Array.from({ length: 12 }, (_, k) => anyEnterprise(t, k)))).filter((f) => f.id !== own.id)].slice(0, 8);
  sup = await t.login('supervisor');
});
afterAll(async () => t?.close());

const DEPTS = ['WH-SCJG', 'WH-STHJ'] as const;
/** An application by two officers of `dept` (the k-th and the next), for a window starting `startIn` from now. */
const apply = (dept: (typeof DEPTS)[number], k: number, startIn: number, hours: number, body: Record<string, unknown>) => {
  const [a, b] = [pools[dept][k % 12]!, pools[dept][(k + 1) % 12]!];
  const start = new Date(t.clock.now.getTime() + startIn);
  return t.app.inject({
    method: 'POST',
    url: '/api/inspections',
    headers: { cookie: a.cookie },
    payload: {
      itemIds: [items[dept]],
      officerIds: [a.officerId, b.officerId],
      window: { start: start.toISOString(), end: new Date(start.getTime() + hours * HOUR).toISOString() },
      ...body,
    },
  });
};
/** A triggered visit (no A3 limit) for firm k % 8 by department k % 2, starting an hour or two from now. */
const issue = (k: number, startIn = HOUR + (k % 5) * 600_000) =>
  apply(DEPTS[k % 2]!, k, startIn, 3, { enterpriseUscc: firms[k % firms.length]!.uscc, kind: 'triggered', trigger: 'complaint' });
/** The officers' sessions (made at the start) stay live when the clock moves. */
const liveSessions = () => t.database.query('UPDATE session SET created_at = $1, last_seen_at = $1 WHERE ended_at IS NULL', [t.clock.now]);
const ok = (rs: { statusCode: number; body: string }[], ...codes: number[]) =>
  expect(rs.filter((r) => !codes.includes(r.statusCode)).map((r) => `${r.statusCode} ${r.body}`)).toEqual([]);

async function expectFiguresLive() {
  for (const table of Object.keys(FIGURE_TABLES) as FigureTable[]) {
    const kept = await figureSums(t, table);
    expect(kept.length, table).toBeGreaterThan(0);
    expect(kept, `${table} = live count`).toEqual(await liveFigureSums(t, table));
  }
}

describe('the figures rollup', () => {
  it('many concurrent writes of every kind, folds among them: after catching up, every figure equals the live count', async () => {
    const saved = t.clock.now;
    // Round 1: issuance at once (A9 frequency signals are raised along the way), a fold among the writers.
    const [first] = await Promise.all([Promise.all(Array.from({ length: 40 }, (_, k) => issue(k))), catchUpFigures(t)]);
    ok(first, 201);
    const ids = first.map((r) => r.json().id as string);
    // Round 2, all at once: more issuance, joins of the other department, revocations, a fold.
    const round2 = await Promise.all([
      ...Array.from({ length: 20 }, (_, k) => issue(40 + k)),
      // The department each of these visits does not have yet (visit k is of DEPTS[k % 2]) joins it.
      ...ids.slice(0, 6).map((id, k) =>
        apply(DEPTS[(k + 1) % 2]!, k, 2 * HOUR, 1, { enterpriseUscc: firms[k % firms.length]!.uscc, kind: 'planned', joinInspectionId: id }),
      ),
      ...ids.slice(6, 16).map((id, k) =>
        t.app.inject({ method: 'POST', url: `/api/inspections/${id}/revoke`, headers: { cookie: pools[DEPTS[(6 + k) % 2]!][(6 + k) % 12]!.cookie }, payload: { reason: '并发撤销' } }),
      ),
      catchUpFigures(t).then(() => ({ statusCode: 200, body: 'fold' })),
    ]);
    ok(round2, 200, 201, 204);
    // Round 3, the windows begun and some past their deadline: results (some late), ratings by the enterprise,
    // signals dismissed and turned into cases, and a fold — all at once.
    t.clock.set(new Date(saved.getTime() + 5 * DAY));
    await liveSessions();
    const firm = await t.login('enterprise1');
    const signals = (await t.app.inject({ url: '/api/supervision/signals?status=open&pageSize=200', headers: { cookie: sup } })).json().items as { id: string; departmentId: string | null }[];
    expect(signals.length).toBeGreaterThan(6);
    const officerOf = (k: number) => pools[DEPTS[k % 2]!][k % 12]!.cookie;
    const rating = { overall: 5, conduct: 5, integrity: 4, efficiency: 4, service: 5 };
    const round3 = await Promise.all([
      ...ids.slice(16, 30).map((id, k) =>
        t.app.inject({ method: 'POST', url: `/api/inspections/${id}/result`, headers: { cookie: officerOf(16 + k) }, payload: { outcome: 'no-problem' } }),
      ),
      ...ids.filter((_, k) => k % firms.length === 0 && (k < 6 || k >= 16)).map((id, k) =>
        t.app.inject({ method: 'POST', url: `/api/inspections/${id}/evaluation`, headers: { cookie: firm }, payload: { ...rating, overall: 3 + (k % 3) } }),
      ),
      t.app.inject({ method: 'POST', url: '/api/supervision/signals/dismiss', headers: { cookie: sup }, payload: { signalIds: signals.slice(0, 4).map((s) => s.id), reason: '并发核查' } }),
      ...signals.filter((s) => s.departmentId).slice(4, 7).map((s) =>
        t.app.inject({ method: 'POST', url: '/api/supervision/cases', headers: { cookie: sup }, payload: { signalIds: [s.id], instructions: '请核查' } }),
      ),
      catchUpFigures(t).then(() => ({ statusCode: 200, body: 'fold' })),
    ]);
    ok(round3, 200, 201, 204);

    // Caught up at this clock (the windows begun: their visits have entered the per-enterprise figures).
    await catchUpFigures(t);
    expect(await catchUpFigures(t)).toEqual({ visits: 0, signals: 0 });
    await expectFiguresLive();
    // Back to this file's clock, and a fold at it (the figures' "as of", for the other tests).
    t.clock.set(saved);
    await liveSessions();
    await catchUpFigures(t);
    const [moved] = await t.database.query<{ revoked: number; done: number; joint: number; evaluations: number; dismissed: number; cased: number }>(
      `SELECT (SELECT count(*) FROM inspection WHERE status = 'revoked')::int AS revoked, (SELECT count(*) FROM inspection WHERE status = 'done' AND result_late)::int AS done,
              (SELECT count(*) FROM inspection WHERE cardinality(department_ids) > 1)::int AS joint, (SELECT count(*) FROM inspection_evaluation)::int AS evaluations,
              (SELECT count(*) FROM supervision_signal WHERE status = 'dismissed')::int AS dismissed, (SELECT count(*) FROM supervision_signal WHERE status = 'case-opened')::int AS cased`,
    );
    // Every kind of write happened (the figures above moved with each).
    expect(moved!.revoked).toBeGreaterThanOrEqual(10);
    expect(moved!.done).toBeGreaterThanOrEqual(14);
    expect(moved!.joint).toBeGreaterThanOrEqual(6);
    expect(moved!.evaluations).toBeGreaterThan(0);
    expect(moved!.dismissed).toBeGreaterThanOrEqual(4);
    expect(moved!.cased).toBeGreaterThanOrEqual(3);
  });

  it('the figures API says as of when (the last fold, China time)', async () => {
    await issue(90);
    const before = (await t.app.inject({ url: '/api/inspections/figures', headers: { cookie: sup } })).json();
    t.clock.advance(7_000);
    await catchUpFigures(t);
    const after = (await t.app.inject({ url: '/api/inspections/figures', headers: { cookie: sup } })).json();
    expect(after.asOf).toMatch(/\+08:00$/);
    expect(Date.parse(after.asOf)).toBe(Math.floor(t.clock.now.getTime() / 1000) * 1000);
    expect(Date.parse(after.asOf) - Date.parse(before.asOf)).toBeGreaterThanOrEqual(7_000);
    const supervision = (await t.app.inject({ url: '/api/supervision/figures', headers: { cookie: sup } })).json();
    expect(supervision.asOf).toBe(after.asOf);
  });

  it.runIf(onPostgres())('two folds at once count each change exactly once (PostgreSQL)', async () => {
    ok(await Promise.all(Array.from({ length: 30 }, (_, k) => issue(100 + k, 2 * HOUR))), 201);
    const [{ pending } = { pending: 0 }] = await t.database.query<{ pending: number }>('SELECT count(*)::int AS pending FROM inspection_figure_change');
    expect(pending).toBeGreaterThanOrEqual(30);
    const folds = await Promise.all([foldVisitFigures(t.database.db, t.clock.now), foldVisitFigures(t.database.db, t.clock.now)]);
    expect(folds[0].changes + folds[1].changes).toBe(pending);
    // Their windows start in two hours: held until then, then taken in once, by one of two folds at once.
    const [{ held } = { held: 0 }] = await t.database.query<{ held: number }>('SELECT count(*)::int AS held FROM inspection_figure_pending');
    expect(held).toBeGreaterThanOrEqual(30);
    const saved = t.clock.now;
    t.clock.advance(3 * HOUR);
    try {
      const started = await Promise.all([foldVisitFigures(t.database.db, t.clock.now), foldVisitFigures(t.database.db, t.clock.now)]);
      expect(started[0].started + started[1].started).toBe(held);
      await catchUpFigures(t);
      await expectFiguresLive();
    } finally {
      t.clock.set(saved);
      await catchUpFigures(t);
    }
  });
});

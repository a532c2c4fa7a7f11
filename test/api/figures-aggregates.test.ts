import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../support/app.js';
import { departmentByCode } from '../support/fixtures.js';
import { catchUpFigures, FIGURE_TABLES as TABLES, figureSums, liveFigureSums, rebuildFigures, type FigureTable } from '../support/figures.js';
import { recordVisitChanges } from '../../src/inspections/visit-changes.js';
import { recordSignalChanges } from '../../src/supervision/signal-changes.js';
import { citusSkipReason } from '../support/citus.js';
import { liveInspectionFigures, liveVisitFigures, liveSignalFigures } from '../support/live-figures.js';

/**
 * H2 — the dashboards read incremental aggregates kept by the rollup (change rows folded by the job
 * `figures-rollup`). Here a demo city with two years of history is changed in every way a visit or a signal can
 * change (new, joined, revoked, done, late, evaluated and the evaluation withdrawn, moved, deleted; signals
 * dismissed and deleted), each change between its change rows, and folded; then:
 *   every figure equals the same figure counted live from the rows, for the whole history, ranges on China
 *   midnights and ranges that cut days (UTC midnights), a department filter, and each role's scope;
 *   the rolled-up tables equal a set-based rebuild from the base tables, row for row.
 */
let t: TestApp;
const onCitus = !(await citusSkipReason());
const NOW = '2026-11-20T10:00:00+08:00';

beforeAll(async () => {
  t = await testApp({ now: NOW, history: true, enterpriseCount: 60 });
  const q = (text: string, params: unknown[] = []) => t.database.query(text, params);
  const [market, ecology] = [
    (await departmentByCode(t, 'WH-SCJG')).id,
    (await departmentByCode(t, 'WH-STHJ')).id,
  ];
  // Every kind of change, straight on the tables, each between the change rows an operation records (the
  // visit's or signal's state before, −1, and after, +1); then the rollup folds them.
  const ids = (list: { id: string }[]) => JSON.stringify(list.map((r) => r.id));
  const IN_LIST = `id IN (SELECT x::uuid FROM jsonb_array_elements_text($1::jsonb) x)`;
  const visitKeys = (where: string, params: unknown[]) =>
    t.database.query<{ enterpriseId: string; id: string }>(`SELECT enterprise_id AS "enterpriseId", id FROM inspection WHERE ${where}`, params);
  /** `change` runs with $1 = the picked visits' ids (a JSON list), and `params` after it. */
  const changeVisits = async (pick: string, change: string, params: unknown[] = [], pickParams: unknown[] = params) => {
    const picked = await visitKeys(`id IN (${pick})`, pickParams);
    await recordVisitChanges(t.database.db, picked, -1);
    await q(change, [ids(picked), ...params]);
    await recordVisitChanges(t.database.db, await visitKeys(IN_LIST, [ids(picked)]), 1);
  };
  await changeVisits(`SELECT id FROM inspection WHERE status = 'issued' ORDER BY id LIMIT 7`, `UPDATE inspection SET status = 'revoked', revoked_at = now() WHERE ${IN_LIST}`);
  await changeVisits(
    `SELECT id FROM inspection WHERE status = 'issued' ORDER BY id DESC LIMIT 5`,
    `UPDATE inspection SET status = 'done', result_recorded_at = window_end, result_late = true WHERE ${IN_LIST}`,
  );
  await changeVisits(
    `SELECT id FROM inspection WHERE NOT (department_ids @> ARRAY[$1::uuid]) ORDER BY created_at LIMIT 9`,
    `UPDATE inspection SET department_ids = array_append(department_ids, $2::uuid) WHERE ${IN_LIST}`,
    [ecology],
  );
  await changeVisits(
    `SELECT id FROM inspection WHERE cardinality(department_ids) > 1 ORDER BY id LIMIT 3`,
    `UPDATE inspection SET department_ids = ARRAY[$2::uuid] WHERE ${IN_LIST}`,
    [market],
    [],
  );
  await changeVisits(`SELECT id FROM inspection ORDER BY code LIMIT 11`, // timestamp − interval (immutable): Citus refuses a stable function of a column in an UPDATE (timestamptz − interval)
    `UPDATE inspection SET window_start = (window_start AT TIME ZONE 'UTC' - interval '9 hours') AT TIME ZONE 'UTC' WHERE ${IN_LIST}`);
  await changeVisits(
    `SELECT id FROM inspection ORDER BY code DESC LIMIT 6`,
    `UPDATE inspection SET over_frequency = NOT over_frequency, backfilled = NOT backfilled WHERE ${IN_LIST}`,
  );
  // A visit moved to another enterprise (not on Citus: there the enterprise id is the distribution column, which
  // no UPDATE may change — and no operation moves a visit).
  if (!onCitus)
    await changeVisits(
      `SELECT id FROM inspection ORDER BY window_end LIMIT 4`,
      `UPDATE inspection SET enterprise_id = (SELECT id FROM enterprise ORDER BY id LIMIT 1) WHERE ${IN_LIST}`,
    );
  await changeVisits(
    `SELECT inspection_id FROM inspection_evaluation ORDER BY inspection_id LIMIT 3`,
    `DELETE FROM inspection_evaluation WHERE inspection_id IN (SELECT x::uuid FROM jsonb_array_elements_text($1::jsonb) x)`,
  );
  await changeVisits(
    `SELECT inspection_id FROM inspection_evaluation ORDER BY inspection_id DESC LIMIT 4`,
    `UPDATE inspection_evaluation SET overall = 6 - overall WHERE inspection_id IN (SELECT x::uuid FROM jsonb_array_elements_text($1::jsonb) x)`,
  );
  const gone = await visitKeys(`id IN (SELECT id FROM inspection WHERE status = 'revoked' ORDER BY id LIMIT 2)`, []);
  await recordVisitChanges(t.database.db, gone, -1);
  await q(`DELETE FROM inspection WHERE ${IN_LIST}`, [ids(gone)]);
  // Signals over the two years, some with no department, some of an enterprise, at every hour of the day (the
  // enterprises given as a list: Citus reads no distributed table in a subquery beside generate_series).
  const twenty = (await t.database.query<{ id: string }>(`SELECT id FROM enterprise ORDER BY id LIMIT 20`)).map((r) => r.id);
  const raised = await t.database.query<{ id: string }>(
    `INSERT INTO supervision_signal (id, kind, source, severity, enterprise_id, department_id, dedupe_key, detail, status, created_at)
     SELECT gen_random_uuid(), (ARRAY['frequency-7d', 'frequency-30d', 'over-frequency'])[1 + g % 3], 'code-monitoring', 'medium',
            CASE WHEN g % 4 = 0 THEN NULL ELSE ($4::uuid[])[1 + g % 20] END,
            CASE WHEN g % 5 = 0 THEN NULL WHEN g % 2 = 0 THEN $1::uuid ELSE $2::uuid END,
            'figures-test-' || g, '{}'::jsonb, CASE WHEN g % 3 = 0 THEN 'dismissed' ELSE 'open' END,
            $3::timestamptz - (g * interval '7 hours 13 minutes')
     FROM generate_series(1, 2400) g RETURNING id`,
    [market, ecology, NOW, twenty],
  );
  await recordSignalChanges(t.database.db, raised.map((r) => r.id), 1);
  const changeSignals = async (pick: string, change: string) => {
    const picked = await t.database.query<{ id: string }>(pick);
    const list = picked.map((r) => r.id);
    await recordSignalChanges(t.database.db, list, -1);
    await q(change, [JSON.stringify(list)]);
    await recordSignalChanges(t.database.db, list, 1);
  };
  await changeSignals(
    `SELECT id FROM supervision_signal WHERE status = 'open' ORDER BY id LIMIT 5`,
    `UPDATE supervision_signal SET status = 'dismissed', dismiss_reason = 'test' WHERE ${IN_LIST}`,
  );
  await changeSignals(
    `SELECT id FROM supervision_signal ORDER BY id DESC LIMIT 5`,
    `UPDATE supervision_signal SET created_at = created_at - interval '20 hours' WHERE ${IN_LIST}`,
  );
  const dropped = await t.database.query<{ id: string }>(`SELECT id FROM supervision_signal WHERE case_id IS NULL ORDER BY created_at LIMIT 2`);
  await recordSignalChanges(t.database.db, dropped.map((r) => r.id), -1);
  await q(`DELETE FROM supervision_signal WHERE ${IN_LIST}`, [ids(dropped)]);
  const folded = await catchUpFigures(t);
  expect(folded.visits).toBeGreaterThan(0);
  expect(folded.signals).toBeGreaterThan(2400);
});
afterAll(async () => t?.close());

describe('figures from incremental aggregates', () => {
  it('the history is large enough to mean something', async () => {
    const [n] = await t.database.query<{ i: number; e: number; s: number }>(
      `SELECT (SELECT count(*) FROM inspection)::int AS i, (SELECT count(*) FROM inspection_evaluation)::int AS e, (SELECT count(*) FROM supervision_signal)::int AS s`,
    );
    expect(n!.i).toBeGreaterThan(100);
    expect(n!.e).toBeGreaterThan(10);
    expect(n!.s).toBeGreaterThan(10);
  });

  const cn = (local: string) => new Date(`${local}+08:00`);
  const RANGES: { name: string; from?: Date; to?: Date }[] = [
    { name: 'whole history' },
    { name: 'China midnights', from: cn('2026-01-01T00:00:00'), to: cn('2026-07-01T00:00:00') },
    {
      name: 'UTC midnights (cut days)',
      from: new Date('2025-12-15T00:00:00Z'),
      to: new Date('2026-10-03T00:00:00Z'),
    },
    { name: 'from only, mid-day', from: cn('2026-05-17T13:30:00') },
    { name: 'to only', to: cn('2026-03-02T06:00:00') },
    { name: 'inside one day', from: cn('2026-11-20T08:00:00'), to: cn('2026-11-20T20:00:00') },
  ];
  const query = (r: { from?: Date; to?: Date }, extra: Record<string, string> = {}) =>
    new URLSearchParams({
      ...(r.from ? { from: r.from.toISOString() } : {}),
      ...(r.to ? { to: r.to.toISOString() } : {}),
      ...extra,
    }).toString();

  /** A trend's periods with a non-zero `key`, as period → count. */
  const nonZeroByPeriod = (trend: Record<string, number | string>[], key: 'inspections' | 'signals') =>
    Object.fromEntries(trend.filter((p) => p[key]).map((p) => [p.period, p[key]]));

  it.each(RANGES)(
    'supervision dashboard = live count: $name, province and one department, by month and week',
    async (r) => {
      const sup = await t.login('supervisor');
      const market = (await departmentByCode(t, 'WH-SCJG')).id;
      for (const departmentId of [undefined, market]) {
        for (const granularity of ['month', 'week'] as const) {
          const res = await t.app.inject({
            url: `/api/supervision/figures?${query(r, { granularity, top: '5', ...(departmentId ? { departmentId } : {}) })}`,
            headers: { cookie: sup },
          });
          expect(res.statusCode).toBe(200);
          const f = res.json();
          const live = await liveVisitFigures(t.database, { ...r, departmentId, granularity, top: 5 }, t.clock.now);
          expect(f.inspections.total, 'total').toBe(live.total);
          expect(f.inspections.enterprisesInspected).toBe(live.enterprises);
          expect(f.inspections.perEnterprise).toEqual(live.heat);
          expect(
            Object.fromEntries(
              f.inspections.perDepartment.map(
                (d: { departmentId: string; inspections: number; enterprises: number }) => [
                  d.departmentId,
                  [d.inspections, d.enterprises],
                ],
              ),
            ),
          ).toEqual(live.perDepartment);
          expect(f.inspections.topEnterprises.map((e: { inspections: number }) => e.inspections)).toEqual(
            live.top.map((e) => e.n),
          );
          expect(
            f.inspections.topEnterprises.map(
              (e: {
                enterpriseId: string;
                departments: number;
                first: string;
                last: string;
                byPeriod: object;
              }) => [e.enterpriseId, e.departments, e.first, e.last, e.byPeriod],
            ),
          ).toEqual(live.top.map((e) => [e.id, e.departments, e.first, e.last, e.byPeriod]));
          expect(nonZeroByPeriod(f.trend, 'inspections')).toEqual(live.trend);
          expect(
            Object.fromEntries(
              f.inspections.perDepartmentTrend.map(
                (p: { period: string; departmentId: string; inspections: number }) => [
                  `${p.period} ${p.departmentId}`,
                  p.inspections,
                ],
              ),
            ),
          ).toEqual(live.departmentTrend);
          const signals = await liveSignalFigures(t.database, { ...r, departmentId, granularity });
          expect({ total: f.signals.total, open: f.signals.open }).toEqual({
            total: signals.total,
            open: signals.open,
          });
          expect(Object.fromEntries(Object.entries(f.signals.byKind).filter(([, n]) => n))).toEqual(
            signals.byKind,
          );
          expect(nonZeroByPeriod(f.trend, 'signals')).toEqual(signals.trend);
        }
      }
    },
  );

  it.each(RANGES)('part A figures = live count for each role: $name', async (r) => {
    const market = (await departmentByCode(t, 'WH-SCJG')).id;
    const [firm] = await t.database.query<{ id: string }>(
      `SELECT e.id FROM enterprise e JOIN app_user u ON u.enterprise_id = e.id WHERE u.username = 'enterprise1'`,
    );
    const scopes = [
      { user: 'supervisor', scope: {} },
      { user: 'admin', scope: {} },
      { user: 'officer1', scope: { departmentId: market } },
      { user: 'enterprise1', scope: { enterpriseId: firm!.id } },
    ];
    for (const s of scopes) {
      const res = await t.app.inject({
        url: `/api/inspections/figures?${query(r)}`,
        headers: { cookie: await t.login(s.user) },
      });
      expect(res.statusCode, s.user).toBe(200);
      // `asOf` (the rollup's last fold) is no count.
      expect({ ...res.json(), asOf: undefined }, s.user).toEqual(
        await liveInspectionFigures(t.database, { ...r, ...s.scope }, t.clock.now),
      );
    }
  });

  it('the nightly compaction folds old days into one row per key and changes no figure; a second run moves nothing', async () => {
    const sup = await t.login('supervisor');
    const read = async () =>
      Promise.all(
        [
          '/api/supervision/figures?granularity=week',
          `/api/supervision/figures?from=${new Date('2026-02-01T00:00:00Z').toISOString()}`,
          '/api/inspections/figures',
        ].map(async (url) => (await t.app.inject({ url, headers: { cookie: sup } })).json()),
      );
    const before = await read();
    const kept = Object.fromEntries(
      await Promise.all(Object.keys(TABLES).map(async (k) => [k, await figureSums(t, k as FigureTable)])),
    );
    const admin = await t.login('admin');
    const run = async () =>
      (
        await t.app.inject({
          method: 'POST',
          url: '/api/admin/jobs/figures-compact/run',
          headers: { cookie: admin },
        })
      ).json();
    const first = await run();
    expect(JSON.stringify(first)).toMatch(/"rows":[1-9]/);
    const [old] = await t.database.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM inspection_day_figures WHERE slot <> 0 AND day < '2026-11-18'`,
    );
    expect(old!.n).toBe(0);
    expect(await read()).toEqual(before);
    for (const k of Object.keys(TABLES)) expect(await figureSums(t, k as FigureTable), k).toEqual(kept[k]);
    expect(JSON.stringify(await run())).toMatch(/"rows":0/);
  });

  // Last: the rebuild replaces the rolled-up rows, so the figures above are read from the rollup's work.
  it('the rolled-up tables equal a rebuild from the base tables, row for row', async () => {
    const before = Object.fromEntries(
      await Promise.all(Object.keys(TABLES).map(async (k) => [k, await figureSums(t, k as FigureTable)])),
    );
    for (const k of Object.keys(TABLES)) expect(before[k], `${k} = live count`).toEqual(await liveFigureSums(t, k as FigureTable));
    await rebuildFigures(t);
    for (const k of Object.keys(TABLES)) {
      expect(before[k], k).toEqual(await figureSums(t, k as FigureTable));
      expect(before[k]!.length, k).toBeGreaterThan(0);
    }
  });
});

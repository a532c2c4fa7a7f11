import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../support/app.js';
import { departmentByCode } from '../support/fixtures.js';
import { liveInspectionFigures, liveVisitFigures, liveSignalFigures } from '../support/live-figures.js';

/**
 * H2 — the dashboards read incremental aggregates kept by triggers. Here a demo city with two years of history
 * is changed in every way a visit or a signal can change (new, joined, revoked, done, late, evaluated and the
 * evaluation withdrawn, moved, deleted; signals dismissed and deleted), then:
 *   every figure equals the same figure counted live from the rows, for the whole history, ranges on China
 *   midnights and ranges that cut days (UTC midnights), a department filter, and each role's scope;
 *   the trigger-kept tables equal a set-based rebuild from the base tables, row for row.
 */
let t: TestApp;
const NOW = '2026-11-20T10:00:00+08:00';

const SUMS = {
  inspection_day_figures:
    'sum(total)::int t, sum(revoked)::int r, sum(done)::int d, sum(issued)::int i, sum(unrecorded)::int u, sum(joint)::int j, sum(avoided)::int a, sum(over_frequency)::int o, sum(late)::int l, sum(planned)::int p, sum(backfilled)::int b, sum(evaluations)::int e, sum(satisfied)::int s',
  inspection_enterprise_figures: 'sum(n)::int n',
  inspection_heat_figures: 'sum(enterprises)::int n',
  signal_day_figures: 'sum(n)::int n, sum(open)::int o',
} as const;
const TABLES = {
  inspection_day_figures: 'day, department_id, head, slot',
  inspection_enterprise_figures: 'enterprise_id, scope',
  inspection_heat_figures: 'scope, bucket, slot',
  signal_day_figures: 'day, kind, department_id, slot',
} as const;

/** A table's sums per key (over the writers' slots), without the all-zero ones, in key order. */
async function snapshot(table: keyof typeof TABLES) {
  const keys = TABLES[table].replace(', slot', '');
  const all = await t.database.query<Record<string, unknown>>(
    `SELECT * FROM (SELECT ${keys}, ${SUMS[table]} FROM ${table} GROUP BY ${keys}) x ORDER BY ${keys}`,
  );
  return all
    .filter((r) => Object.values(r).some((v) => typeof v === 'number' && v !== 0))
    .map((r) => JSON.stringify(r));
}

beforeAll(async () => {
  t = await testApp({ now: NOW, history: true, enterpriseCount: 60 });
  const q = (text: string, params: unknown[] = []) => t.database.query(text, params);
  const [market, ecology] = [
    (await departmentByCode(t, 'WH-SCJG')).id,
    (await departmentByCode(t, 'WH-STHJ')).id,
  ];
  // Every kind of change, straight on the tables (the triggers see all writers, the API's and any other).
  await q(
    `UPDATE inspection SET status = 'revoked', revoked_at = now() WHERE id IN (SELECT id FROM inspection WHERE status = 'issued' ORDER BY id LIMIT 7)`,
  );
  await q(
    `UPDATE inspection SET status = 'done', result_recorded_at = window_end, result_late = true WHERE id IN (SELECT id FROM inspection WHERE status = 'issued' ORDER BY id DESC LIMIT 5)`,
  );
  await q(
    `UPDATE inspection SET department_ids = array_append(department_ids, $1::uuid) WHERE id IN (SELECT id FROM inspection WHERE NOT (department_ids @> ARRAY[$1::uuid]) ORDER BY created_at LIMIT 9)`,
    [ecology],
  );
  await q(
    `UPDATE inspection SET department_ids = ARRAY[$1::uuid] WHERE id IN (SELECT id FROM inspection WHERE cardinality(department_ids) > 1 ORDER BY id LIMIT 3)`,
    [market],
  );
  await q(
    `UPDATE inspection SET window_start = window_start - interval '9 hours' WHERE id IN (SELECT id FROM inspection ORDER BY code LIMIT 11)`,
  );
  await q(
    `UPDATE inspection SET over_frequency = NOT over_frequency, backfilled = NOT backfilled WHERE id IN (SELECT id FROM inspection ORDER BY code DESC LIMIT 6)`,
  );
  await q(
    `UPDATE inspection SET enterprise_id = (SELECT id FROM enterprise ORDER BY id LIMIT 1) WHERE id IN (SELECT id FROM inspection ORDER BY window_end LIMIT 4)`,
  );
  await q(
    `DELETE FROM inspection_evaluation WHERE inspection_id IN (SELECT inspection_id FROM inspection_evaluation ORDER BY inspection_id LIMIT 3)`,
  );
  await q(
    `UPDATE inspection_evaluation SET overall = 6 - overall WHERE inspection_id IN (SELECT inspection_id FROM inspection_evaluation ORDER BY inspection_id DESC LIMIT 4)`,
  );
  await q(
    `DELETE FROM inspection WHERE id IN (SELECT id FROM inspection WHERE status = 'revoked' ORDER BY id LIMIT 2)`,
  );
  // Signals over the two years, some with no department, some of an enterprise, at every hour of the day.
  await q(
    `INSERT INTO supervision_signal (id, kind, source, severity, enterprise_id, department_id, dedupe_key, detail, status, created_at)
     SELECT gen_random_uuid(), (ARRAY['frequency-7d', 'frequency-30d', 'over-frequency'])[1 + g % 3], 'code-monitoring', 'medium',
            CASE WHEN g % 4 = 0 THEN NULL ELSE (SELECT id FROM enterprise ORDER BY id OFFSET g % 20 LIMIT 1) END,
            CASE WHEN g % 5 = 0 THEN NULL WHEN g % 2 = 0 THEN $1::uuid ELSE $2::uuid END,
            'figures-test-' || g, '{}'::jsonb, CASE WHEN g % 3 = 0 THEN 'dismissed' ELSE 'open' END,
            $3::timestamptz - (g * interval '7 hours 13 minutes')
     FROM generate_series(1, 2400) g`,
    [market, ecology, NOW],
  );
  await q(
    `UPDATE supervision_signal SET status = 'dismissed', dismiss_reason = 'test' WHERE id IN (SELECT id FROM supervision_signal WHERE status = 'open' ORDER BY id LIMIT 5)`,
  );
  await q(
    `UPDATE supervision_signal SET created_at = created_at - interval '20 hours' WHERE id IN (SELECT id FROM supervision_signal ORDER BY id DESC LIMIT 5)`,
  );
  await q(
    `DELETE FROM supervision_signal WHERE id IN (SELECT id FROM supervision_signal WHERE case_id IS NULL ORDER BY created_at LIMIT 2)`,
  );
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
          expect(
            Object.fromEntries(
              f.trend
                .filter((p: { inspections: number }) => p.inspections)
                .map((p: { period: string; inspections: number }) => [p.period, p.inspections]),
            ),
          ).toEqual(live.trend);
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
          expect(
            Object.fromEntries(
              f.trend
                .filter((p: { signals: number }) => p.signals)
                .map((p: { period: string; signals: number }) => [p.period, p.signals]),
            ),
          ).toEqual(signals.trend);
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
      expect(res.json(), s.user).toEqual(
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
      await Promise.all(Object.keys(TABLES).map(async (k) => [k, await snapshot(k as keyof typeof TABLES)])),
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
    for (const k of Object.keys(TABLES)) expect(await snapshot(k as keyof typeof TABLES), k).toEqual(kept[k]);
    expect(JSON.stringify(await run())).toMatch(/"rows":0/);
  });

  // Last: the rebuild replaces the trigger-kept rows, so the figures above are read from the triggers' work.
  it('the trigger-kept tables equal a rebuild from the base tables, row for row', async () => {
    const before = Object.fromEntries(
      await Promise.all(Object.keys(TABLES).map(async (k) => [k, await snapshot(k as keyof typeof TABLES)])),
    );
    await t.database.query('SELECT qq_figures_rebuild()');
    for (const k of Object.keys(TABLES)) {
      expect(before[k], k).toEqual(await snapshot(k as keyof typeof TABLES));
      expect(before[k]!.length, k).toBeGreaterThan(0);
    }
  });
});

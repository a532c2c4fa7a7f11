import { foldVisitFigures } from '../../src/inspections/index.js';
import { foldSignalFigures } from '../../src/supervision/index.js';
import { recordVisitChanges, type VisitKey } from '../../src/inspections/visit-changes.js';
import type { TestApp } from './app.js';

/**
 * The dashboards' figures catch up with every write committed so far: one run of what the job `figures-rollup`
 * does (folds the visits' and the signals' change rows), at the test's clock. Call it between writing and
 * reading figures — never wait for the job.
 */
export async function catchUpFigures(t: Pick<TestApp, 'database' | 'clock'>): Promise<{ visits: number; signals: number }> {
  const visits = await foldVisitFigures(t.database.db, t.clock.now);
  const signals = await foldSignalFigures(t.database.db, t.clock.now);
  return { visits: visits.changes, signals: signals.changes };
}

/**
 * Visits a test wrote straight into `inspection` (and their evaluations), not through an operation, enter the
 * figures as an operation would have them: their +1 change rows, then a catch-up.
 */
export async function countInsertedVisits(t: Pick<TestApp, 'database' | 'clock'>, visits: readonly VisitKey[]) {
  await recordVisitChanges(t.database.db, visits, 1);
  return catchUpFigures(t);
}

/** Each aggregate table's counters, summed over the writers' slots (`slot` is only a spreading of writers). */
const SUMS = {
  inspection_day_figures:
    'sum(total)::int t, sum(revoked)::int r, sum(done)::int d, sum(issued)::int i, sum(unrecorded)::int u, sum(joint)::int j, sum(avoided)::int a, sum(over_frequency)::int o, sum(late)::int l, sum(planned)::int p, sum(backfilled)::int b, sum(evaluations)::int e, sum(satisfied)::int s',
  inspection_enterprise_figures: 'sum(n)::int n',
  inspection_heat_figures: 'sum(enterprises)::int n',
  signal_day_figures: 'sum(n)::int n, sum(open)::int o',
} as const;
/** Each aggregate table's key (slot last). */
export const FIGURE_TABLES = {
  inspection_day_figures: 'day, department_id, head, slot',
  inspection_enterprise_figures: 'enterprise_id, scope',
  inspection_heat_figures: 'scope, bucket, slot',
  signal_day_figures: 'day, kind, department_id, slot',
} as const;
export type FigureTable = keyof typeof FIGURE_TABLES;

/**
 * The same counts straight from the base tables (GROUP BY over inspection, its evaluations and the signals), in
 * the aggregate tables' shape: what the aggregates must equal once the rollup has caught up at `now` (`started`:
 * the per-enterprise figures count a visit from its window's start).
 */
const live = (started: string): Record<FigureTable, string> => ({
  inspection_day_figures: `SELECT qq_china_day(i.window_start) AS day, u.d AS department_id, u.d = i.department_ids[1] AS head,
      1 AS total, (i.status = 'revoked')::int AS revoked, (i.status = 'done')::int AS done, (i.status = 'issued')::int AS issued,
      (i.status = 'issued' AND i.result_recorded_at IS NULL)::int AS unrecorded,
      (i.status <> 'revoked' AND cardinality(i.department_ids) > 1)::int AS joint,
      CASE WHEN i.status <> 'revoked' THEN cardinality(i.department_ids) - 1 ELSE 0 END AS avoided,
      i.over_frequency::int AS over_frequency, i.result_late::int AS late, (i.status <> 'revoked' AND i.kind = 'planned')::int AS planned,
      i.backfilled::int AS backfilled, (ev.overall IS NOT NULL)::int AS evaluations, coalesce(ev.overall >= 4, false)::int AS satisfied
    FROM inspection i CROSS JOIN LATERAL unnest(i.department_ids) u(d)
    LEFT JOIN inspection_evaluation ev ON ev.enterprise_id = i.enterprise_id AND ev.inspection_id = i.id`,
  inspection_enterprise_figures: `SELECT i.enterprise_id, s.scope, 1 AS n FROM inspection i
    CROSS JOIN LATERAL (SELECT DISTINCT x FROM unnest(array_prepend('00000000-0000-0000-0000-000000000000'::uuid, i.department_ids)) x) s(scope)
    WHERE i.status <> 'revoked' AND ${started}`,
  inspection_heat_figures: `SELECT scope, least(count(*), 4)::smallint AS bucket, 1 AS enterprises FROM inspection i
    CROSS JOIN LATERAL (SELECT DISTINCT x FROM unnest(array_prepend('00000000-0000-0000-0000-000000000000'::uuid, i.department_ids)) x) s(scope)
    WHERE i.status <> 'revoked' AND ${started} GROUP BY i.enterprise_id, s.scope`,
  signal_day_figures: `SELECT qq_china_day(s.created_at) AS day, s.kind, coalesce(s.department_id, '00000000-0000-0000-0000-000000000000'::uuid) AS department_id,
      1 AS n, (s.status = 'open')::int AS open FROM supervision_signal s`,
});

const sumsOf = async (t: Pick<TestApp, 'database'>, table: FigureTable, source: string) => {
  const keys = FIGURE_TABLES[table].replace(', slot', '');
  const all = await t.database.query<Record<string, unknown>>(
    `SELECT * FROM (SELECT ${keys}, ${SUMS[table]} FROM (${source}) x GROUP BY ${keys}) y ORDER BY ${keys}`,
  );
  // All-zero: every counter 0 (key columns such as the heat's `bucket` are numbers too, but no counters).
  const keyColumns = new Set(keys.split(', '));
  return all
    .filter((r) => Object.entries(r).some(([column, v]) => !keyColumns.has(column) && v !== 0))
    .map((r) => JSON.stringify(r));
};

/** An aggregate table's sums per key (over the slots), without the all-zero ones, in key order. */
export const figureSums = (t: Pick<TestApp, 'database'>, table: FigureTable) => sumsOf(t, table, `SELECT * FROM ${table}`);
/** The same sums counted live from the base tables at the test's clock. */
export const liveFigureSums = (t: Pick<TestApp, 'database' | 'clock'>, table: FigureTable) =>
  sumsOf(t, table, live(`i.window_start < '${t.clock.now.toISOString()}'::timestamptz`)[table]);

/** The aggregates rebuilt set-based from the base tables, as of the test's clock. */
export async function rebuildFigures(t: Pick<TestApp, 'database' | 'clock'>): Promise<void> {
  await t.database.query('SELECT qq_figures_rebuild($1)', [t.clock.now.toISOString()]);
}

import { sql, type SQL } from 'drizzle-orm';
import { rows, type Db } from '../platform/db/client.js';
import type { Instants } from './rules/figure-range.js';
import { allOf, periodOfDay, rangedSources } from './ranged-figures.js';

/** The counters of `inspection_day_figures`, with the expression that counts one visit's share live. */
const COUNTERS = {
  total: sql`1`,
  revoked: sql`(i.status = 'revoked')::int`,
  done: sql`(i.status = 'done')::int`,
  issued: sql`(i.status = 'issued')::int`,
  unrecorded: sql`(i.status = 'issued' AND i.result_recorded_at IS NULL)::int`,
  // Joint visits, visits avoided and planned visits count codes that are not revoked (rules/visit.ts).
  joint: sql`(i.status <> 'revoked' AND cardinality(i.department_ids) > 1)::int`,
  avoided: sql`CASE WHEN i.status <> 'revoked' THEN cardinality(i.department_ids) - 1 ELSE 0 END`,
  over_frequency: sql`i.over_frequency::int`,
  late: sql`i.result_late::int`,
  planned: sql`(i.status <> 'revoked' AND i.kind = 'planned')::int`,
  backfilled: sql`i.backfilled::int`,
  evaluations: sql`(ev.overall IS NOT NULL)::int`,
  satisfied: sql`coalesce(ev.overall >= 4, false)::int`,
} as const;
export type Counter = keyof typeof COUNTERS;
export type Counts = Record<Counter, number>;
export const COUNTER_NAMES = Object.keys(COUNTERS) as Counter[];

export interface DayFigureRow extends Counts {
  /** Week or month start (YYYY-MM-DD, China time) when asked by period, else null. */
  p: string | null;
  departmentId: string;
  /** The row that counts a visit once (its first department). */
  head: boolean;
}

export interface DayFigureQuery extends Instants {
  departmentId?: string;
  granularity?: 'week' | 'month';
}

const names = sql.raw(COUNTER_NAMES.join(', '));
const sums = sql.raw(COUNTER_NAMES.map((c) => `sum(${c})::int AS ${c}`).join(', '));
/** Each counter of one visit, counted live (`i` the inspection, `ev` its evaluation). */
export const liveCounters = sql.join(
  COUNTER_NAMES.map((c) => sql`${COUNTERS[c]} AS ${sql.raw(c)}`),
  sql`, `,
);

/**
 * Visits per (period,) department and head flag over [from, to) (visit = by its window start): the whole China
 * days from the aggregates, the partial days at the edges live from `inspection` — one statement, exact.
 */
export async function readDayFigures(db: Db, q: DayFigureQuery): Promise<DayFigureRow[]> {
  // Days first (cheap keys), periods after on the few grouped rows; no day at all when no period is asked.
  const dayOf = (day: SQL) => (q.granularity ? day : sql`NULL::date`);
  const source = rangedSources(
    q,
    (bounds) =>
      sql`SELECT ${dayOf(sql`f.day`)} AS day, f.department_id, f.head, ${names}
          FROM inspection_day_figures f WHERE ${allOf([...bounds, ...(q.departmentId ? [sql`f.department_id = ${q.departmentId}::uuid`] : [])])}`,
    (bounds) =>
      sql`SELECT ${dayOf(sql`qq_china_day(i.window_start)`)} AS day, u.d AS department_id, u.d = i.department_ids[1] AS head, ${liveCounters}
          FROM inspection i CROSS JOIN LATERAL unnest(i.department_ids) u(d)
          LEFT JOIN inspection_evaluation ev ON ev.enterprise_id = i.enterprise_id AND ev.inspection_id = i.id
          WHERE ${allOf([...bounds, ...(q.departmentId ? [sql`u.d = ${q.departmentId}::uuid`] : [])])}`,
    { day: sql`f.day`, instant: sql`i.window_start` },
  );
  if (!source) return [];
  const found = await rows<{ p: string | null; department_id: string; head: boolean } & Counts>(
    db,
    sql`SELECT ${periodOfDay(sql`y.day`, q.granularity)} AS p, department_id, head, ${sums}
        FROM (SELECT day, department_id, head, ${sums} FROM (${source}) x GROUP BY day, department_id, head) y
        GROUP BY 1, department_id, head`,
  );
  return found.map(({ department_id, ...r }) => ({ ...r, departmentId: department_id }));
}

/** Σ of the rows' counters. */
export function sumCounts(list: Counts[]): Counts {
  const out = Object.fromEntries(COUNTER_NAMES.map((c) => [c, 0])) as Counts;
  for (const r of list) for (const c of COUNTER_NAMES) out[c] += r[c];
  return out;
}

/** The rows that count each visit once in a scope: a department's own rows, or every visit's head row. */
export function scopeRows<T extends { departmentId: string; head: boolean }>(
  list: T[],
  departmentId?: string,
): T[] {
  return list.filter((r) => (departmentId ? r.departmentId === departmentId : r.head));
}

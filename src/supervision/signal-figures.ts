import { sql } from 'drizzle-orm';
import { rows, type Db } from '../platform/db/client.js';
import type { Instants } from '../inspections/index.js';
import { allOf, periodOfDay, rangedSources } from '../inspections/index.js';

/**
 * Signals raised in [from, to) per (period and) kind, and how many are still open: whole China days from
 * `signal_day_figures`, the edges live from `supervision_signal`.
 */
export async function readSignalFigures(
  db: Db,
  q: Instants & { departmentId?: string; granularity?: 'week' | 'month' },
) {
  const source = rangedSources(
    q,
    (bounds) =>
      sql`SELECT f.day, f.kind, f.n, f.open FROM signal_day_figures f
          WHERE ${allOf([...bounds, ...(q.departmentId ? [sql`f.department_id = ${q.departmentId}::uuid`] : [])])}`,
    (bounds) =>
      sql`SELECT qq_china_day(s.created_at) AS day, s.kind, 1 AS n, (s.status = 'open')::int AS open
          FROM supervision_signal s WHERE ${allOf([...bounds, ...(q.departmentId ? [sql`s.department_id = ${q.departmentId}::uuid`] : [])])}`,
    { day: sql`f.day`, instant: sql`s.created_at` },
  );
  if (!source) return [];
  return rows<{ p: string | null; kind: string; n: number; open: number }>(
    db,
    // Days first (cheap keys), periods after on the few grouped rows.
    sql`SELECT ${periodOfDay(sql`y.day`, q.granularity)} AS p, kind, sum(n)::int AS n, sum(open)::int AS open
        FROM (SELECT day, kind, sum(n) AS n, sum(open) AS open FROM (${source}) x GROUP BY day, kind) y
        GROUP BY 1, kind HAVING sum(n) <> 0`,
  );
}

import { sql } from 'drizzle-orm';
import { rows, type Db } from '../platform/db/client.js';
import { allOf, instantBounds, periodOfInstant } from '../inspections/index.js';
import { CASE_SOURCES, CASE_STATUSES } from './schema.js';

const HOUR_MS = 3_600_000;
const rate = (num: number, den: number) => (den > 0 ? num / den : null);
const fill = <K extends string>(keys: readonly K[], list: { k: string; n: number }[]) =>
  Object.fromEntries(keys.map((k) => [k, list.find((r) => r.k === k)?.n ?? 0])) as Record<K, number>;

/**
 * B3 — cases (督办件) opened in [from, to), live from `supervision_case` (thousands of rows, not millions):
 * by source, status and department; on-time completion rate = closed within deadline ÷ closed; average
 * handling time (opened → accepted answer, closed cases); overdue; opened and closed per period.
 */
export async function caseFigures(
  db: Db,
  q: { departmentId?: string; from?: Date; to?: Date; granularity: 'week' | 'month' },
  now: Date,
) {
  const cw = allOf([
    ...(q.departmentId ? [sql`c.department_id = ${q.departmentId}`] : []),
    ...instantBounds(sql`c.opened_at`, q),
  ]);
  type Tally = { total: number; closed: number; on_time: number; overdue: number; avg_ms: number | null };
  const tally = sql`count(*)::int AS total,
          count(*) FILTER (WHERE c.status = 'closed')::int AS closed,
          count(*) FILTER (WHERE c.status = 'closed' AND c.closed_on_time)::int AS on_time,
          count(*) FILTER (WHERE c.status IN ('open', 'returned') AND c.due_at < ${now})::int AS overdue,
          (avg(extract(epoch FROM c.completed_at - c.opened_at) * 1000) FILTER (WHERE c.status = 'closed'))::float8 AS avg_ms`;
  const [total] = await rows<Tally>(db, sql`SELECT ${tally} FROM supervision_case c WHERE ${cw}`);
  const bySource = await rows<{ k: string; n: number }>(
    db,
    sql`SELECT c.source AS k, count(*)::int AS n FROM supervision_case c WHERE ${cw} GROUP BY 1`,
  );
  const byStatus = await rows<{ k: string; n: number }>(
    db,
    sql`SELECT c.status AS k, count(*)::int AS n FROM supervision_case c WHERE ${cw} GROUP BY 1`,
  );
  const byDepartment = await rows<Tally & { id: string; name: string | null }>(
    db,
    sql`SELECT c.department_id AS id, d.name, ${tally}
        FROM supervision_case c LEFT JOIN department d ON d.id = c.department_id
        WHERE ${cw} GROUP BY c.department_id, d.name ORDER BY total DESC, d.name`,
  );
  const opened = await rows<{ p: string; opened: number }>(
    db,
    sql`SELECT ${periodOfInstant(sql`c.opened_at`, q.granularity)} AS p, count(*)::int AS opened FROM supervision_case c WHERE ${cw} GROUP BY 1`,
  );
  const closed = await rows<{ p: string; closed: number; on_time: number }>(
    db,
    sql`SELECT ${periodOfInstant(sql`c.closed_at`, q.granularity)} AS p, count(*)::int AS closed, count(*) FILTER (WHERE c.closed_on_time)::int AS on_time
        FROM supervision_case c WHERE ${cw} AND c.status = 'closed' GROUP BY 1`,
  );
  const t = total!;
  return {
    figures: {
      total: t.total,
      closed: t.closed,
      closedOnTime: t.on_time,
      /** B3: closed within the deadline ÷ closed. */
      onTimeRate: rate(t.on_time, t.closed),
      averageHandlingHours: t.avg_ms === null ? null : t.avg_ms / HOUR_MS,
      overdue: t.overdue,
      bySource: fill(CASE_SOURCES, bySource),
      byStatus: fill(CASE_STATUSES, byStatus),
      byDepartment: byDepartment.map((d) => ({
        departmentId: d.id,
        name: d.name,
        total: d.total,
        closed: d.closed,
        closedOnTime: d.on_time,
        onTimeRate: rate(d.on_time, d.closed),
        overdue: d.overdue,
        averageHandlingHours: d.avg_ms === null ? null : d.avg_ms / HOUR_MS,
      })),
    },
    trend: { opened, closed },
  };
}

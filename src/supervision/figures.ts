import { sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { rows, type Db } from '../platform/db/client.js';
import type { Ctx } from '../platform/policy/actor.js';
import { requireUser } from '../platform/policy/policy.js';
import { CASE_READERS } from './access.js';
import { CASE_SOURCES, CASE_STATUSES, SIGNAL_KINDS } from './schema.js';

export const figuresQuery = z.object({
  from: z.coerce.date().optional(),
  to: z.coerce.date().optional(),
  departmentId: z.uuid().optional(),
  granularity: z.enum(['week', 'month']).default('month'),
  top: z.coerce.number().int().min(1).max(100).default(10),
});
export type FiguresQuery = z.infer<typeof figuresQuery>;

const HOUR_MS = 3_600_000;
/** China calendar time of a timestamptz column (UTC+8, no daylight saving). */
const local = (col: SQL) => sql`((${col}) AT TIME ZONE 'UTC' + interval '8 hours')`;
const period = (col: SQL, g: 'week' | 'month') =>
  sql`to_char(date_trunc(${sql.raw(`'${g}'`)}, ${local(col)}), 'YYYY-MM-DD')`;
const and = (conds: SQL[]) =>
  conds.length
    ? sql.join(
        conds.map((c) => sql`(${c})`),
        sql` AND `,
      )
    : sql`true`;
const rate = (num: number, den: number) => (den > 0 ? num / den : null);

/**
 * B3 and H2 — the supervision dashboard, live from the data, for cases opened (signals raised, inspections
 * started) in [from, to):
 *   cases by source, status and department; on-time completion rate = closed within deadline ÷ closed (B3);
 *   average handling time (opened → accepted answer, closed cases); overdue cases;
 *   signals by kind; inspections per department and per enterprise (repeat-inspection heat), top enterprises;
 *   trends by week or month.
 * Supervisors and administrators see every department (optionally one); department users their own.
 */
export async function supervisionFigures(db: Db, ctx: Ctx, q: FiguresQuery) {
  const user = requireUser(ctx.actor, CASE_READERS);
  const departmentId =
    user.role === 'supervisor' || user.role === 'admin'
      ? q.departmentId
      : (user.departmentId ?? '00000000-0000-0000-0000-000000000000');
  const g = q.granularity;

  const caseConds: SQL[] = [];
  const signalConds: SQL[] = [];
  const inspConds: SQL[] = [];
  if (departmentId) {
    caseConds.push(sql`c.department_id = ${departmentId}`);
    signalConds.push(sql`s.department_id = ${departmentId}`);
    inspConds.push(sql`i.department_ids @> ARRAY[${departmentId}]::uuid[]`);
  }
  if (q.from) {
    caseConds.push(sql`c.opened_at >= ${q.from}`);
    signalConds.push(sql`s.created_at >= ${q.from}`);
    inspConds.push(sql`i.window_start >= ${q.from}`);
  }
  if (q.to) {
    caseConds.push(sql`c.opened_at < ${q.to}`);
    signalConds.push(sql`s.created_at < ${q.to}`);
    inspConds.push(sql`i.window_start < ${q.to}`);
  }
  inspConds.push(sql`i.status <> 'revoked'`);
  const cw = and(caseConds);
  const sw = and(signalConds);
  const iw = and(inspConds);
  const now = ctx.now;

  const [c] = await rows<{
    total: number;
    closed: number;
    on_time: number;
    overdue: number;
    avg_ms: number | null;
  }>(
    db,
    sql`SELECT count(*)::int AS total,
          count(*) FILTER (WHERE c.status = 'closed')::int AS closed,
          count(*) FILTER (WHERE c.status = 'closed' AND c.closed_on_time)::int AS on_time,
          count(*) FILTER (WHERE c.status IN ('open', 'returned') AND c.due_at < ${now})::int AS overdue,
          (avg(extract(epoch FROM c.completed_at - c.opened_at) * 1000) FILTER (WHERE c.status = 'closed'))::float8 AS avg_ms
        FROM supervision_case c WHERE ${cw}`,
  );
  const bySource = await rows<{ k: string; n: number }>(
    db,
    sql`SELECT c.source AS k, count(*)::int AS n FROM supervision_case c WHERE ${cw} GROUP BY 1`,
  );
  const byStatus = await rows<{ k: string; n: number }>(
    db,
    sql`SELECT c.status AS k, count(*)::int AS n FROM supervision_case c WHERE ${cw} GROUP BY 1`,
  );
  const byDepartment = await rows<{
    id: string;
    name: string | null;
    total: number;
    closed: number;
    on_time: number;
    overdue: number;
    avg_ms: number | null;
  }>(
    db,
    sql`SELECT c.department_id AS id, d.name, count(*)::int AS total,
          count(*) FILTER (WHERE c.status = 'closed')::int AS closed,
          count(*) FILTER (WHERE c.status = 'closed' AND c.closed_on_time)::int AS on_time,
          count(*) FILTER (WHERE c.status IN ('open', 'returned') AND c.due_at < ${now})::int AS overdue,
          (avg(extract(epoch FROM c.completed_at - c.opened_at) * 1000) FILTER (WHERE c.status = 'closed'))::float8 AS avg_ms
        FROM supervision_case c LEFT JOIN department d ON d.id = c.department_id
        WHERE ${cw} GROUP BY c.department_id, d.name ORDER BY total DESC, d.name`,
  );
  const signalsByKind = await rows<{ k: string; n: number; open: number }>(
    db,
    sql`SELECT s.kind AS k, count(*)::int AS n, count(*) FILTER (WHERE s.status = 'open')::int AS open FROM supervision_signal s WHERE ${sw} GROUP BY 1`,
  );

  const [insp] = await rows<{ total: number; enterprises: number }>(
    db,
    sql`SELECT count(*)::int AS total, count(DISTINCT i.enterprise_id)::int AS enterprises FROM inspection i WHERE ${iw}`,
  );
  const perDepartment = await rows<{ id: string; name: string | null; n: number; enterprises: number }>(
    db,
    sql`SELECT x.dept AS id, d.name, count(*)::int AS n, count(DISTINCT x.enterprise_id)::int AS enterprises
        FROM (SELECT unnest(i.department_ids) AS dept, i.enterprise_id FROM inspection i WHERE ${iw}) x
        LEFT JOIN department d ON d.id = x.dept
        ${departmentId ? sql`WHERE x.dept = ${departmentId}` : sql``}
        GROUP BY x.dept, d.name ORDER BY n DESC, d.name`,
  );
  const heat = await rows<{ bucket: string; n: number }>(
    db,
    sql`SELECT CASE WHEN n >= 4 THEN '4+' ELSE n::text END AS bucket, count(*)::int AS n
        FROM (SELECT i.enterprise_id, count(*) AS n FROM inspection i WHERE ${iw} GROUP BY i.enterprise_id) per
        GROUP BY 1 ORDER BY 1`,
  );
  const top = await rows<{
    id: string;
    name: string;
    uscc: string;
    n: number;
    departments: number;
    first: Date;
    last: Date;
  }>(
    db,
    sql`SELECT e.id, e.name, e.uscc, t.n, t.departments, t.first, t.last FROM (
          SELECT i.enterprise_id, count(DISTINCT i.id)::int AS n, count(DISTINCT d)::int AS departments, min(i.window_start) AS first, max(i.window_start) AS last
          FROM inspection i LEFT JOIN LATERAL unnest(i.department_ids) d ON true WHERE ${iw}
          GROUP BY i.enterprise_id) t
        JOIN enterprise e ON e.id = t.enterprise_id
        ORDER BY t.n DESC, e.name LIMIT ${q.top}`,
  );

  // Repeat-inspection heat: the top enterprises' inspections per period (a matrix enterprise × period).
  const topIds = top.map((x) => x.id);
  const heatByPeriod = topIds.length
    ? await rows<{ id: string; p: string; n: number }>(
        db,
        sql`SELECT i.enterprise_id AS id, ${period(sql`i.window_start`, g)} AS p, count(*)::int AS n FROM inspection i
            WHERE ${iw} AND i.enterprise_id IN (${sql.join(
              topIds.map((id) => sql`${id}::uuid`),
              sql`, `,
            )}) GROUP BY 1, 2`,
      )
    : [];

  const casesTrend = await rows<{ p: string; opened: number }>(
    db,
    sql`SELECT ${period(sql`c.opened_at`, g)} AS p, count(*)::int AS opened FROM supervision_case c WHERE ${cw} GROUP BY 1`,
  );
  const closedTrend = await rows<{ p: string; closed: number; on_time: number }>(
    db,
    sql`SELECT ${period(sql`c.closed_at`, g)} AS p, count(*)::int AS closed, count(*) FILTER (WHERE c.closed_on_time)::int AS on_time
        FROM supervision_case c WHERE ${cw} AND c.status = 'closed' GROUP BY 1`,
  );
  const signalTrend = await rows<{ p: string; n: number }>(
    db,
    sql`SELECT ${period(sql`s.created_at`, g)} AS p, count(*)::int AS n FROM supervision_signal s WHERE ${sw} GROUP BY 1`,
  );
  const inspTrend = await rows<{ p: string; n: number }>(
    db,
    sql`SELECT ${period(sql`i.window_start`, g)} AS p, count(*)::int AS n FROM inspection i WHERE ${iw} GROUP BY 1`,
  );
  const deptTrend = await rows<{ p: string; id: string; name: string | null; n: number }>(
    db,
    sql`SELECT x.p, x.dept AS id, d.name, count(*)::int AS n
        FROM (SELECT ${period(sql`i.window_start`, g)} AS p, unnest(i.department_ids) AS dept FROM inspection i WHERE ${iw}) x
        LEFT JOIN department d ON d.id = x.dept
        ${departmentId ? sql`WHERE x.dept = ${departmentId}` : sql``}
        GROUP BY x.p, x.dept, d.name ORDER BY x.p, n DESC`,
  );

  const periods = [...new Set([...casesTrend, ...closedTrend, ...signalTrend, ...inspTrend].map((r) => r.p))]
    .filter(Boolean)
    .sort();
  const at = <T extends { p: string }>(list: T[], p: string) => list.find((r) => r.p === p);
  const fill = <K extends string>(keys: readonly K[], list: { k: string; n: number }[]) =>
    Object.fromEntries(keys.map((k) => [k, list.find((r) => r.k === k)?.n ?? 0])) as Record<K, number>;
  const total = c!;
  const buckets = Object.fromEntries(
    ['1', '2', '3', '4+'].map((b) => [b, heat.find((h) => h.bucket === b)?.n ?? 0]),
  );

  return {
    range: {
      from: q.from?.toISOString() ?? null,
      to: q.to?.toISOString() ?? null,
      departmentId: departmentId ?? null,
      granularity: g,
    },
    cases: {
      total: total.total,
      closed: total.closed,
      closedOnTime: total.on_time,
      /** B3: closed within the deadline ÷ closed. */
      onTimeRate: rate(total.on_time, total.closed),
      averageHandlingHours: total.avg_ms === null ? null : total.avg_ms / HOUR_MS,
      overdue: total.overdue,
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
    signals: {
      total: signalsByKind.reduce((a, r) => a + r.n, 0),
      open: signalsByKind.reduce((a, r) => a + r.open, 0),
      byKind: fill(
        SIGNAL_KINDS,
        signalsByKind.map((r) => ({ k: r.k, n: r.n })),
      ),
    },
    inspections: {
      total: insp?.total ?? 0,
      enterprisesInspected: insp?.enterprises ?? 0,
      /** Enterprises by how often they were inspected in the range (repeat-inspection heat). */
      perEnterprise: buckets,
      repeatEnterprises: (buckets['2'] ?? 0) + (buckets['3'] ?? 0) + (buckets['4+'] ?? 0),
      perDepartment: perDepartment.map((d) => ({
        departmentId: d.id,
        name: d.name,
        inspections: d.n,
        enterprises: d.enterprises,
      })),
      topEnterprises: top.map((t) => ({
        enterpriseId: t.id,
        name: t.name,
        uscc: t.uscc,
        inspections: t.n,
        departments: t.departments,
        first: new Date(t.first).toISOString(),
        last: new Date(t.last).toISOString(),
        /** Inspections per period (week or month start, China time). */
        byPeriod: Object.fromEntries(
          heatByPeriod
            .filter((h) => h.id === t.id)
            .sort((a, b) => (a.p < b.p ? -1 : 1))
            .map((h) => [h.p, h.n]),
        ),
      })),
      perDepartmentTrend: deptTrend.map((r) => ({
        period: r.p,
        departmentId: r.id,
        name: r.name,
        inspections: r.n,
      })),
    },
    trend: periods.map((p) => ({
      period: p,
      casesOpened: at(casesTrend, p)?.opened ?? 0,
      casesClosed: at(closedTrend, p)?.closed ?? 0,
      casesClosedOnTime: at(closedTrend, p)?.on_time ?? 0,
      signals: at(signalTrend, p)?.n ?? 0,
      inspections: at(inspTrend, p)?.n ?? 0,
    })),
  };
}

export type SupervisionFigures = Awaited<ReturnType<typeof supervisionFigures>>;

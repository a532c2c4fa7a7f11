import { VISIT_REDUCTION_DEFINITION } from '../../src/inspections/figures.js';
import type { Database } from '../../src/platform/db/client.js';

/**
 * The dashboards' figures counted the plain way, straight from the base tables with no aggregate: the
 * reference the aggregate-backed endpoints are checked against.
 */
interface Range {
  from?: Date;
  to?: Date;
}

function where(
  r: Range & { departmentId?: string; enterpriseId?: string },
  col: string,
  extra: string[] = [],
) {
  const params: unknown[] = [];
  const conds = [...extra];
  const add = (sql: (n: string) => string, v: unknown) => {
    params.push(v);
    conds.push(sql(`$${params.length}`));
  };
  if (r.from) add((n) => `${col} >= ${n}`, r.from);
  if (r.to) add((n) => `${col} < ${n}`, r.to);
  if (r.departmentId)
    add(
      (n) =>
        col.startsWith('s.') ? `s.department_id = ${n}::uuid` : `i.department_ids @> ARRAY[${n}::uuid]`,
      r.departmentId,
    );
  if (r.enterpriseId) add((n) => `i.enterprise_id = ${n}::uuid`, r.enterpriseId);
  return { sql: conds.length ? conds.join(' AND ') : 'true', params };
}

const PERIOD = (col: string, g: string) =>
  `to_char(date_trunc('${g}', ${col} AT TIME ZONE 'UTC' + interval '8 hours'), 'YYYY-MM-DD')`;

/**
 * Visits (codes not revoked whose window started before `now`) counted in total, per department and per period;
 * the enterprise-level figures (enterprises inspected, heat, top) over the codes not revoked, as the dashboard's
 * per-enterprise aggregates keep them.
 */
export async function liveVisitFigures(
  db: Database,
  r: Range & { departmentId?: string; granularity: 'week' | 'month'; top: number },
  now: Date,
) {
  const w = where(r, 'i.window_start', [`i.status <> 'revoked'`]);
  const visits = `(SELECT i.* FROM inspection i WHERE ${w.sql})`;
  const nowParam = `$${w.params.length + 1}::timestamptz`;
  const started = `(SELECT i.* FROM inspection i WHERE ${w.sql} AND i.window_start < ${nowParam})`;
  const q = <T>(text: string) => db.query<T>(text, text.includes(nowParam) ? [...w.params, now] : w.params);
  const [t] = await q<{ n: number; e: number }>(
    `SELECT count(*) FILTER (WHERE v.window_start < ${nowParam})::int AS n, count(DISTINCT enterprise_id)::int AS e FROM ${visits} v`,
  );
  const per = await q<{ enterprise_id: string; n: number }>(
    `SELECT enterprise_id, count(*)::int AS n FROM ${visits} v GROUP BY 1`,
  );
  const heat = { '1': 0, '2': 0, '3': 0, '4+': 0 } as Record<string, number>;
  for (const p of per) heat[p.n >= 4 ? '4+' : String(p.n)]! += 1;
  const dept = await q<{ d: string; n: number; e: number }>(
    `SELECT d, count(*) FILTER (WHERE v.window_start < ${nowParam})::int AS n, count(DISTINCT v.enterprise_id)::int AS e FROM ${visits} v, unnest(v.department_ids) d
     ${r.departmentId ? `WHERE d = $${w.params.length}::uuid` : ''} GROUP BY d`,
  );
  const top = await q<{ id: string; n: number; departments: number; first: Date; last: Date }>(
    `SELECT v.enterprise_id AS id, count(DISTINCT v.id)::int AS n, count(DISTINCT d)::int AS departments, min(v.window_start) AS first, max(v.window_start) AS last
     FROM ${visits} v, unnest(v.department_ids) d JOIN LATERAL (SELECT 1) x ON true GROUP BY 1`,
  );
  const names = new Map(
    (await db.query<{ id: string; name: string }>('SELECT id, name FROM enterprise')).map((e) => [
      e.id,
      e.name,
    ]),
  );
  top.sort((a, b) => b.n - a.n || (names.get(a.id)! < names.get(b.id)! ? -1 : 1));
  const chosen = top.slice(0, r.top);
  const byPeriod = await q<{ id: string; p: string; n: number }>(
    `SELECT enterprise_id AS id, ${PERIOD('window_start', r.granularity)} AS p, count(*)::int AS n FROM ${visits} v GROUP BY 1, 2`,
  );
  const trend = await q<{ p: string; n: number }>(
    `SELECT ${PERIOD('window_start', r.granularity)} AS p, count(*)::int AS n FROM ${started} v GROUP BY 1`,
  );
  const dTrend = await q<{ p: string; d: string; n: number }>(
    `SELECT ${PERIOD('window_start', r.granularity)} AS p, d, count(*)::int AS n FROM ${started} v, unnest(v.department_ids) d
     ${r.departmentId ? `WHERE d = $${w.params.length}::uuid` : ''} GROUP BY 1, 2`,
  );
  return {
    total: t!.n,
    enterprises: t!.e,
    heat,
    perDepartment: Object.fromEntries(dept.filter((d) => d.n > 0).map((d) => [d.d, [d.n, d.e]])),
    top: chosen.map((c) => ({
      ...c,
      first: new Date(c.first).toISOString(),
      last: new Date(c.last).toISOString(),
      byPeriod: Object.fromEntries(
        byPeriod
          .filter((b) => b.id === c.id)
          .sort((a, b) => (a.p < b.p ? -1 : 1))
          .map((b) => [b.p, b.n]),
      ),
    })),
    trend: Object.fromEntries(trend.map((x) => [x.p, x.n])),
    departmentTrend: Object.fromEntries(dTrend.map((x) => [`${x.p} ${x.d}`, x.n])),
  };
}

export async function liveSignalFigures(
  db: Database,
  r: Range & { departmentId?: string; granularity: 'week' | 'month' },
) {
  const w = where(r, 's.created_at');
  const kinds = await db.query<{ k: string; n: number; open: number }>(
    `SELECT kind AS k, count(*)::int AS n, count(*) FILTER (WHERE status = 'open')::int AS open FROM supervision_signal s WHERE ${w.sql} GROUP BY 1`,
    w.params,
  );
  const trend = await db.query<{ p: string; n: number }>(
    `SELECT ${PERIOD('s.created_at', r.granularity)} AS p, count(*)::int AS n FROM supervision_signal s WHERE ${w.sql} GROUP BY 1`,
    w.params,
  );
  return {
    total: kinds.reduce((a, k) => a + k.n, 0),
    open: kinds.reduce((a, k) => a + k.open, 0),
    byKind: Object.fromEntries(kinds.map((k) => [k.k, k.n])),
    trend: Object.fromEntries(trend.map((x) => [x.p, x.n])),
  };
}

export async function liveInspectionFigures(
  db: Database,
  r: Range & { departmentId?: string; enterpriseId?: string },
  now: Date,
) {
  const w = where(r, 'i.window_start');
  const n = w.params.length + 1;
  // A visit: not revoked, its window started (src/inspections/rules/visit.ts).
  const visit = `status <> 'revoked' AND window_start < $${n}`;
  const [f] = await db.query<Record<string, number>>(
    `SELECT count(*)::int AS codes, count(*) FILTER (WHERE ${visit})::int AS total,
       count(*) FILTER (WHERE ${visit} AND kind = 'planned')::int AS planned, count(*) FILTER (WHERE ${visit} AND kind = 'triggered')::int AS triggered,
       count(*) FILTER (WHERE ${visit} AND cardinality(department_ids) > 1)::int AS joint,
       coalesce(sum(cardinality(department_ids) - 1) FILTER (WHERE ${visit}), 0)::int AS avoided,
       count(*) FILTER (WHERE status = 'issued' AND window_end >= $${n})::int AS active, count(*) FILTER (WHERE status = 'issued' AND window_end < $${n})::int AS expired,
       count(*) FILTER (WHERE status = 'done')::int AS done, count(*) FILTER (WHERE status = 'revoked')::int AS revoked,
       count(*) FILTER (WHERE over_frequency)::int AS over, count(*) FILTER (WHERE result_late)::int AS late,
       count(*) FILTER (WHERE status = 'issued' AND result_recorded_at IS NULL AND result_due_at < $${n})::int AS overdue,
       count(*) FILTER (WHERE backfilled)::int AS backfilled, count(ev.overall) FILTER (WHERE ${visit})::int AS evaluations,
       count(*) FILTER (WHERE ${visit} AND ev.overall >= 4)::int AS satisfied
     FROM inspection i LEFT JOIN inspection_evaluation ev ON ev.enterprise_id = i.enterprise_id AND ev.inspection_id = i.id WHERE ${w.sql}`,
    [...w.params, now],
  );
  const x = f!;
  return {
    total: x.total,
    planned: x.planned,
    triggered: x.triggered,
    jointVisits: x.joint,
    visitsAvoided: x.avoided,
    visitReduction: x.joint! + x.avoided! > 0 ? x.avoided! / (x.joint! + x.avoided!) : null,
    visitReductionDefinition: VISIT_REDUCTION_DEFINITION,
    codesIssued: x.codes,
    codesByStatus: { active: x.active, expired: x.expired, done: x.done, revoked: x.revoked },
    overFrequencyWarnings: x.over,
    lateResults: x.late,
    overdueResults: x.overdue,
    backfilledCodes: x.backfilled,
    evaluations: x.evaluations,
    satisfied: x.satisfied,
    satisfactionRate: x.evaluations! > 0 ? x.satisfied! / x.evaluations! : null,
  };
}

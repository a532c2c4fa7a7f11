import { sql, type SQL } from 'drizzle-orm';
import { rows, type Db } from '../platform/db/client.js';
import { readDayFigures, scopeRows, type DayFigureRow } from '../inspections/index.js';
import { readDepartmentEnterprises, readHeat, readTopEnterprises, type HeatBuckets } from '../inspections/index.js';
import { allOf, instantBounds, periodOfInstant } from '../inspections/index.js';
import { visitRange } from '../inspections/index.js';

export interface VisitQuery {
  /** Codes whose window starts later are no visits yet (rules/visit.ts). */
  now: Date;
  departmentId?: string;
  from?: Date;
  to?: Date;
  granularity: 'week' | 'month';
  top: number;
}

const visits = (r: DayFigureRow) => r.total - r.revoked;
const text = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
/** Most first; ties by name (unnamed last), then id — one order every time. */
const byNDescName = (
  a: { n: number; name: string | null; id: string },
  b: { n: number; name: string | null; id: string },
) => b.n - a.n || text(a.name ?? '\uffff', b.name ?? '\uffff') || text(a.id, b.id);

function sumBy<K>(list: DayFigureRow[], key: (r: DayFigureRow) => K): Map<K, number> {
  const out = new Map<K, number>();
  for (const r of list) out.set(key(r), (out.get(key(r)) ?? 0) + visits(r));
  return out;
}

/**
 * The dashboard's inspection figures (revoked codes left out): visits, per department and per period from the
 * day aggregates; the enterprise-level figures (enterprises inspected, repeat-inspection heat, top enterprises)
 * from the per-enterprise aggregates over the whole history, or live over the rows of a chosen range.
 */
export async function visitFigures(db: Db, q: VisitQuery) {
  const day = await readDayFigures(db, {
    ...visitRange({ from: q.from, to: q.to }, q.now),
    departmentId: q.departmentId,
    granularity: q.granularity,
  });
  const counted = scopeRows(day, q.departmentId);
  const total = counted.reduce((a, r) => a + visits(r), 0);
  const trend = sumBy(counted, (r) => r.p!);
  const perDept = sumBy(day, (r) => r.departmentId);
  const perDeptPeriod = sumBy(day, (r) => `${r.p}|${r.departmentId}`);

  const ranged = Boolean(q.from || q.to);
  const enterprise = ranged ? await rangedEnterpriseFigures(db, q) : await wholeEnterpriseFigures(db, q);
  const names = await departmentNames(db, [...perDept.keys()]);
  const topIds = enterprise.top.map((t) => t.id);
  const details = await topDetails(db, q, topIds);

  return {
    total,
    trend,
    figures: {
      total,
      enterprisesInspected: enterprise.enterprises,
      /** Enterprises by how often they were inspected in the range (repeat-inspection heat). */
      perEnterprise: enterprise.buckets,
      repeatEnterprises: enterprise.buckets['2'] + enterprise.buckets['3'] + enterprise.buckets['4+'],
      perDepartment: [...perDept]
        .filter(([, n]) => n > 0)
        .map(([id, n]) => ({ id, n, name: names.get(id) ?? null }))
        .sort(byNDescName)
        .map((d) => ({
          departmentId: d.id,
          name: d.name,
          inspections: d.n,
          enterprises: enterprise.perDepartment.get(d.id) ?? 0,
        })),
      topEnterprises: enterprise.top.map((t) => {
        const d = details.get(t.id);
        return {
          enterpriseId: t.id,
          name: t.name,
          uscc: t.uscc,
          inspections: t.n,
          departments: d?.departments ?? 0,
          first: d?.first ?? null,
          last: d?.last ?? null,
          /** Inspections per period (week or month start, China time). */
          byPeriod: d?.byPeriod ?? {},
        };
      }),
      perDepartmentTrend: [...perDeptPeriod]
        .filter(([, n]) => n > 0)
        .map(([key, n]) => {
          const [p, id] = key.split('|') as [string, string];
          return { period: p, departmentId: id, name: names.get(id) ?? null, inspections: n };
        })
        .sort(
          (a, b) =>
            text(a.period, b.period) ||
            byNDescName(
              { ...a, n: a.inspections, id: a.departmentId },
              { ...b, n: b.inspections, id: b.departmentId },
            ),
        ),
    },
  };
}

async function departmentNames(db: Db, ids: string[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map();
  const found = await rows<{ id: string; name: string }>(
    db,
    sql`SELECT id, name FROM department WHERE id IN (${sql.join(
      ids.map((id) => sql`${id}::uuid`),
      sql`, `,
    )})`,
  );
  return new Map(found.map((r) => [r.id, r.name]));
}

interface EnterpriseFigures {
  enterprises: number;
  buckets: HeatBuckets;
  perDepartment: Map<string, number>;
  top: { id: string; name: string; uscc: string; n: number }[];
}

async function wholeEnterpriseFigures(db: Db, q: VisitQuery): Promise<EnterpriseFigures> {
  const heat = await readHeat(db, q.departmentId);
  return {
    enterprises: heat.enterprises,
    buckets: heat.buckets,
    perDepartment: await readDepartmentEnterprises(db),
    top: await readTopEnterprises(db, q.top, q.departmentId),
  };
}

/** The visits (not revoked, window started by `now`: rules/visit.ts) of the scope in the range, as a condition on `i`. */
const rangeWhere = (q: VisitQuery): SQL =>
  allOf([
    sql`i.status <> 'revoked'`,
    ...(q.departmentId ? [sql`i.department_ids @> ARRAY[${q.departmentId}::uuid]`] : []),
    ...instantBounds(sql`i.window_start`, visitRange({ from: q.from, to: q.to }, q.now)),
  ]);

/**
 * Enterprise-level figures of a chosen range, live: one pass over the range's visits (by the window-start
 * index), from which the heat buckets, enterprises per department and the top enterprises are all taken.
 */
async function rangedEnterpriseFigures(db: Db, q: VisitQuery): Promise<EnterpriseFigures> {
  const found = await rows<{
    k: 'heat' | 'dept' | 'top';
    key: string;
    n: number;
    name: string | null;
    uscc: string | null;
    rank: number;
  }>(
    db,
    // Names are joined for the candidates at or above the top-th count only; enterprises per department
    // count distinct (department, enterprise) pairs by hashing, not sorting.
    sql`WITH v AS MATERIALIZED (SELECT i.enterprise_id, i.department_ids FROM inspection i WHERE ${rangeWhere(q)}),
          per AS MATERIALIZED (SELECT enterprise_id, count(*)::int AS n FROM v GROUP BY 1),
          cut AS (SELECT n FROM per ORDER BY n DESC LIMIT 1 OFFSET ${q.top - 1}),
          top AS (SELECT e.id, e.name, e.uscc, per.n, row_number() OVER (ORDER BY per.n DESC, e.name)::int AS rank
                  FROM per JOIN enterprise e ON e.id = per.enterprise_id WHERE per.n >= coalesce((SELECT n FROM cut), 0)
                  ORDER BY per.n DESC, e.name LIMIT ${q.top}),
          pairs AS (SELECT d, v.enterprise_id FROM v CROSS JOIN LATERAL unnest(v.department_ids) d GROUP BY 1, 2)
        SELECT 'heat' AS k, CASE WHEN n >= 4 THEN '4+' ELSE n::text END AS key, count(*)::int AS n, NULL AS name, NULL AS uscc, 0 AS rank FROM per GROUP BY 2
        UNION ALL
        SELECT 'dept', d::text, count(*)::int, NULL, NULL, 0 FROM pairs GROUP BY d
        UNION ALL
        SELECT 'top', id::text, n, name, uscc, rank FROM top`,
  );
  const heat = found.filter((r) => r.k === 'heat');
  const buckets = Object.fromEntries(
    ['1', '2', '3', '4+'].map((b) => [b, heat.find((h) => h.key === b)?.n ?? 0]),
  ) as HeatBuckets;
  return {
    enterprises: heat.reduce((a, h) => a + h.n, 0),
    buckets,
    perDepartment: new Map(found.filter((r) => r.k === 'dept').map((d) => [d.key, d.n])),
    // UNION ALL keeps no order: the top rows by their rank (count, then name in the database's collation).
    top: found
      .filter((r) => r.k === 'top')
      .sort((a, b) => a.rank - b.rank)
      .map((r) => ({ id: r.key, name: r.name!, uscc: r.uscc!, n: r.n })),
  };
}

/** The top enterprises' departments, first and last visit, and visits per period (their own rows, by index). */
async function topDetails(db: Db, q: VisitQuery, ids: string[]) {
  const out = new Map<
    string,
    { departments: number; first: string; last: string; byPeriod: Record<string, number> }
  >();
  if (!ids.length) return out;
  const iw = allOf([
    rangeWhere(q),
    sql`i.enterprise_id IN (${sql.join(
      ids.map((id) => sql`${id}::uuid`),
      sql`, `,
    )})`,
  ]);
  const span = await rows<{ id: string; departments: number; first: Date; last: Date }>(
    db,
    sql`SELECT i.enterprise_id AS id, count(DISTINCT d)::int AS departments, min(i.window_start) AS first, max(i.window_start) AS last
        FROM inspection i CROSS JOIN LATERAL unnest(i.department_ids) d WHERE ${iw} GROUP BY 1`,
  );
  const periods = await rows<{ id: string; p: string; n: number }>(
    db,
    sql`SELECT i.enterprise_id AS id, ${periodOfInstant(sql`i.window_start`, q.granularity)} AS p, count(*)::int AS n FROM inspection i WHERE ${iw} GROUP BY 1, 2 ORDER BY 2`,
  );
  for (const s of span) {
    out.set(s.id, {
      departments: s.departments,
      first: new Date(s.first).toISOString(),
      last: new Date(s.last).toISOString(),
      byPeriod: Object.fromEntries(periods.filter((p) => p.id === s.id).map((p) => [p.p, p.n])),
    });
  }
  return out;
}

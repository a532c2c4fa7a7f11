import { sql } from 'drizzle-orm';
import { rows, type Db } from '../platform/db/client.js';
import { ALL_SCOPE } from './figures-schema.js';

export type HeatBuckets = Record<'1' | '2' | '3' | '4+', number>;
const BUCKETS = ['1', '2', '3', '4+'] as const;
const bucketOf = (n: number): keyof HeatBuckets => (n >= 4 ? '4+' : (String(n) as keyof HeatBuckets));

/**
 * The per-enterprise aggregates count every code not revoked, from the moment it is issued; a code whose window
 * has not started is no visit yet (rules/visit.ts, issue 11 defect 3). These are the counts to take off at
 * `now`: per enterprise and scope (the province and each department), with the aggregate count they reduce —
 * few rows (codes are issued at most weeks ahead), read by the window-start index.
 */
async function notYetVisits(db: Db, now: Date) {
  return rows<{ enterprise_id: string; scope: string; k: number; n: number }>(
    db,
    sql`WITH ahead AS (
          SELECT i.enterprise_id, s.scope, count(*)::int AS k
          FROM inspection i
          CROSS JOIN LATERAL unnest(array_prepend(${ALL_SCOPE}::uuid, i.department_ids)) s(scope)
          WHERE i.window_start >= ${now} AND i.status <> 'revoked'
          GROUP BY 1, 2)
        SELECT a.enterprise_id, a.scope::text AS scope, a.k, coalesce(f.n, 0)::int AS n
        FROM ahead a LEFT JOIN inspection_enterprise_figures f ON f.enterprise_id = a.enterprise_id AND f.scope = a.scope`,
  );
}

/**
 * Whole-history repeat-inspection heat of a scope (the province or a department) from the aggregates, less
 * the codes not started by `now`: enterprises by how often they were visited, and the enterprises visited at
 * all (their sum).
 */
export async function readHeat(db: Db, now: Date, departmentId?: string): Promise<{ buckets: HeatBuckets; enterprises: number }> {
  const scope = departmentId ?? ALL_SCOPE;
  const found = await rows<{ bucket: number; n: number }>(
    db,
    sql`SELECT bucket, sum(enterprises)::int AS n FROM inspection_heat_figures WHERE scope = ${scope}::uuid GROUP BY bucket`,
  );
  const buckets = Object.fromEntries(BUCKETS.map((b, i) => [b, found.find((r) => Number(r.bucket) === i + 1)?.n ?? 0])) as HeatBuckets;
  for (const a of await notYetVisits(db, now)) {
    if (a.scope !== scope || a.n <= 0) continue;
    buckets[bucketOf(a.n)]--;
    if (a.n - a.k > 0) buckets[bucketOf(a.n - a.k)]++;
  }
  return { buckets, enterprises: BUCKETS.reduce((s, b) => s + buckets[b], 0) };
}

/** Enterprises visited per department over the whole history (codes not started by `now` left out). */
export async function readDepartmentEnterprises(db: Db, now: Date): Promise<Map<string, number>> {
  const found = await rows<{ scope: string; n: number }>(
    db,
    sql`SELECT scope, sum(enterprises)::int AS n FROM inspection_heat_figures WHERE scope <> ${ALL_SCOPE}::uuid GROUP BY scope`,
  );
  const out = new Map(found.map((r) => [r.scope, r.n]));
  for (const a of await notYetVisits(db, now)) {
    if (a.scope !== ALL_SCOPE && a.n > 0 && a.n - a.k <= 0) out.set(a.scope, (out.get(a.scope) ?? 0) - 1);
  }
  return out;
}

/**
 * The `top` most visited enterprises of a scope over the whole history (ties by name), from the aggregates less
 * the codes not started by `now`. Only the enterprises with such codes can lose places, so the true top is
 * among the aggregates' top `top` + their number: only those rows are read.
 */
export async function readTopEnterprises(db: Db, now: Date, top: number, departmentId?: string) {
  const scope = departmentId ?? ALL_SCOPE;
  const ahead = new Map((await notYetVisits(db, now)).filter((a) => a.scope === scope).map((a) => [a.enterprise_id, a.k]));
  const reach = top + ahead.size;
  const found = await rows<{ id: string; name: string; uscc: string; n: number }>(
    db,
    sql`WITH cut AS (SELECT f.n FROM inspection_enterprise_figures f WHERE f.scope = ${scope}::uuid AND f.n > 0 ORDER BY f.n DESC NULLS LAST LIMIT 1 OFFSET ${reach - 1})
        SELECT e.id, e.name, e.uscc, f.n FROM inspection_enterprise_figures f JOIN enterprise e ON e.id = f.enterprise_id
        WHERE f.scope = ${scope}::uuid AND f.n >= greatest(coalesce((SELECT n FROM cut), 1), 1)
        ORDER BY f.n DESC NULLS LAST, e.name LIMIT ${reach}`,
  );
  return found
    .map((r) => ({ ...r, n: r.n - (ahead.get(r.id) ?? 0) }))
    .filter((r) => r.n > 0)
    .sort((a, b) => b.n - a.n || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .slice(0, top);
}

import { sql } from 'drizzle-orm';
import { rows, type Db } from '../platform/db/client.js';
import { ALL_SCOPE } from './figures-schema.js';

export type HeatBuckets = Record<'1' | '2' | '3' | '4+', number>;
const BUCKETS = ['1', '2', '3', '4+'] as const;

/*
 * The per-enterprise aggregates count every visit — a code not revoked whose window has started (rules/visit.ts,
 * issue 11 defect 3) — as of the rollup's last fold: a code issued ahead enters them when its window starts
 * (fold-visit-figures.ts holds it until then), so these reads take the aggregates as they are.
 */

/**
 * Whole-history repeat-inspection heat of a scope (the province or a department) from the aggregates: enterprises
 * by how often they were visited, and the enterprises visited at all (their sum).
 */
export async function readHeat(db: Db, departmentId?: string): Promise<{ buckets: HeatBuckets; enterprises: number }> {
  const scope = departmentId ?? ALL_SCOPE;
  const found = await rows<{ bucket: number; n: number }>(
    db,
    sql`SELECT bucket, sum(enterprises)::int AS n FROM inspection_heat_figures WHERE scope = ${scope}::uuid GROUP BY bucket`,
  );
  const buckets = Object.fromEntries(BUCKETS.map((b, i) => [b, found.find((r) => Number(r.bucket) === i + 1)?.n ?? 0])) as HeatBuckets;
  return { buckets, enterprises: BUCKETS.reduce((s, b) => s + buckets[b], 0) };
}

/** Enterprises visited per department over the whole history. */
export async function readDepartmentEnterprises(db: Db): Promise<Map<string, number>> {
  const found = await rows<{ scope: string; n: number }>(
    db,
    sql`SELECT scope, sum(enterprises)::int AS n FROM inspection_heat_figures WHERE scope <> ${ALL_SCOPE}::uuid GROUP BY scope`,
  );
  return new Map(found.map((r) => [r.scope, r.n]));
}

/** The `top` most visited enterprises of a scope over the whole history (ties by name), from the aggregates. */
export async function readTopEnterprises(db: Db, top: number, departmentId?: string) {
  const scope = departmentId ?? ALL_SCOPE;
  return rows<{ id: string; name: string; uscc: string; n: number }>(
    db,
    sql`WITH cut AS (SELECT f.n FROM inspection_enterprise_figures f WHERE f.scope = ${scope}::uuid AND f.n > 0 ORDER BY f.n DESC NULLS LAST LIMIT 1 OFFSET ${top - 1})
        SELECT e.id, e.name, e.uscc, f.n FROM inspection_enterprise_figures f JOIN enterprise e ON e.id = f.enterprise_id
        WHERE f.scope = ${scope}::uuid AND f.n >= greatest(coalesce((SELECT n FROM cut), 1), 1)
        ORDER BY f.n DESC NULLS LAST, e.name LIMIT ${top}`,
  );
}

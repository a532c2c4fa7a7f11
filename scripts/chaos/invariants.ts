/** The database invariants every scenario checks (SQL), returned as violations. */
import type pg from 'pg';
import type { Violation } from './lib.js';

/**
 * A3: no two planned codes (not revoked) of one enterprise start less than 7 days apart. Pairs made only of
 * `preexisting` rows (seeded directly, not through the API) are reported apart by `seededPairs`.
 */
export async function plannedFrequencyViolations(c: pg.Client, scenario: string, preexisting: string[] = []): Promise<Violation[]> {
  const r = await c.query<{ enterprise_id: string; a: string; b: string; gap: string }>(
    `SELECT a.enterprise_id, a.id AS a, b.id AS b, (b.window_start - a.window_start)::text AS gap
       FROM inspection a
       JOIN inspection b ON b.enterprise_id = a.enterprise_id AND b.id <> a.id
        AND b.window_start >= a.window_start AND b.window_start - a.window_start < interval '7 days'
        AND (b.window_start > a.window_start OR b.id > a.id)
      WHERE a.kind = 'planned' AND b.kind = 'planned' AND a.status <> 'revoked' AND b.status <> 'revoked'
        AND NOT (a.id = ANY($1::uuid[]) AND b.id = ANY($1::uuid[]))
      LIMIT 50`,
    [preexisting],
  );
  return r.rows.map((x) => ({ scenario, what: 'A3 violated: two planned codes of one enterprise less than 7 days apart', detail: x }));
}

/** Pairs of seeded (pre-existing) planned codes that already break A3 — a fact about the seed, not the run. */
export async function seededPairs(c: pg.Client, preexisting: string[]): Promise<number> {
  const r = await c.query<{ n: string }>(
    `SELECT count(*) AS n FROM inspection a JOIN inspection b ON b.enterprise_id = a.enterprise_id AND a.id < b.id
        AND abs(extract(epoch FROM b.window_start - a.window_start)) < 7 * 86400
      WHERE a.kind = 'planned' AND b.kind = 'planned' AND a.status <> 'revoked' AND b.status <> 'revoked' AND a.id = ANY($1::uuid[]) AND b.id = ANY($1::uuid[])`,
    [preexisting],
  );
  return Number(r.rows[0]?.n ?? 0);
}

/** No half-written task among `since` inspections: each has its audit row, a code, at least two officers. */
export async function halfWrittenViolations(c: pg.Client, scenario: string, excludeIds: string[]): Promise<Violation[]> {
  const r = await c.query<{ id: string; audit: boolean; code: boolean; officers: number }>(
    `SELECT i.id,
            EXISTS (SELECT 1 FROM audit_log a WHERE a.target_type = 'inspection' AND a.target_id = i.id::text AND a.action = 'inspection.apply') AS audit,
            coalesce(length(i.code), 0) > 0 AS code, cardinality(i.officer_ids) AS officers
       FROM inspection i WHERE NOT (i.id = ANY($1::uuid[]))`,
    [excludeIds],
  );
  const out: Violation[] = [];
  for (const x of r.rows) {
    if (!x.audit) out.push({ scenario, what: 'inspection without its audit row', detail: x.id });
    if (!x.code) out.push({ scenario, what: 'inspection without a code', detail: x.id });
    if (x.officers < 2) out.push({ scenario, what: 'inspection with fewer than two officers', detail: x });
  }
  return out;
}

/** Row counts and an order-independent checksum of every table (except `exclude`). */
export async function snapshot(c: pg.Client, exclude: string[]): Promise<Map<string, string>> {
  const tables = (
    await c.query<{ t: string }>(`SELECT tablename AS t FROM pg_tables WHERE schemaname = 'public' AND NOT (tablename = ANY($1)) ORDER BY 1`, [exclude])
  ).rows.map((r) => r.t);
  const out = new Map<string, string>();
  for (const t of tables) {
    const r = await c.query<{ n: string; h: string | null }>(`SELECT count(*)::text AS n, md5(coalesce(string_agg(h, '' ORDER BY h), '')) AS h FROM (SELECT md5(x::text) AS h FROM "${t}" x) s`);
    out.set(t, `${r.rows[0]!.n}:${r.rows[0]!.h}`);
  }
  return out;
}

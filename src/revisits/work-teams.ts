import { sql, type SQL } from 'drizzle-orm';
import { rows, type DbOrTx } from '../platform/db/client.js';

/**
 * The team of the inspection row `i` in the query around it: the team of its officers, an officer of the lead
 * department first. It reads only `officer` (a catalog: a reference table on Citus), so it travels with the
 * inspection row to its shard.
 */
export const TEAM_OF_VISIT: SQL = sql`(
  SELECT o.team_id FROM officer o
  WHERE o.id = ANY(i.officer_ids) AND o.team_id IS NOT NULL
  ORDER BY (o.department_id = i.lead_department_id) DESC, o.team_id LIMIT 1)`;

/** A piece of work whose team is that of an inspection of its enterprise. */
export interface TeamAsk {
  key: string;
  enterpriseId: string;
  /** The inspection itself, when the work names one. */
  inspectionId?: string | null;
  /** Else: the enterprise's latest inspection (not revoked) that started by then … */
  at?: Date | string;
  /** … by this department, when given. */
  departmentId?: string | null;
}

/**
 * The team behind each piece of work (key → team; absent: none can be named): the team of the inspection it
 * names, else the team of the enterprise's latest inspection before it (by its department when given). Each
 * statement joins the asks to `inspection` on the enterprise id, so on Citus it runs on the enterprises' shards.
 */
export async function teamsOfWork(db: DbOrTx, asks: TeamAsk[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const named = asks.filter((a) => a.inspectionId);
  if (named.length) {
    const found = await rows<{ key: string; team_id: string | null }>(
      db,
      sql`SELECT s.key, ${TEAM_OF_VISIT} AS team_id
          FROM jsonb_to_recordset(${JSON.stringify(named.map((a) => ({ key: a.key, enterprise_id: a.enterpriseId, inspection_id: a.inspectionId })))}::jsonb)
            AS s(key text, enterprise_id uuid, inspection_id uuid)
          JOIN inspection i ON i.enterprise_id = s.enterprise_id AND i.id = s.inspection_id`,
    );
    for (const r of found) if (r.team_id) out.set(r.key, r.team_id);
  }
  const latest = asks.filter((a) => !out.has(a.key) && a.at !== undefined);
  if (latest.length) {
    const subjects = latest.map((a) => ({
      key: a.key,
      enterprise_id: a.enterpriseId,
      at: a.at instanceof Date ? a.at.toISOString() : a.at,
      department_id: a.departmentId ?? null,
    }));
    const found = await rows<{ key: string; team_id: string | null }>(
      db,
      sql`SELECT DISTINCT ON (s.key) s.key, ${TEAM_OF_VISIT} AS team_id
          FROM jsonb_to_recordset(${JSON.stringify(subjects)}::jsonb) AS s(key text, enterprise_id uuid, at timestamptz, department_id uuid)
          JOIN inspection i ON i.enterprise_id = s.enterprise_id AND i.window_start <= s.at AND i.status <> 'revoked'
            AND (s.department_id IS NULL OR s.department_id = ANY(i.department_ids))
          ORDER BY s.key, i.window_start DESC, i.id`,
    );
    for (const r of found) if (r.team_id) out.set(r.key, r.team_id);
  }
  return out;
}

import { sql } from 'drizzle-orm';
import { rows, type DbOrTx } from '../platform/db/client.js';
import type { TeamResults } from './rules/ratio.js';

/** The results of each work team's revisited work in a period (input of G5): revisits done, satisfied, problems. */
export async function teamResults(db: DbOrTx, period: string): Promise<Map<string, TeamResults>> {
  const r = await rows<{ team_id: string; revisits: number; satisfied: number; problems: number }>(
    db,
    sql`SELECT work_team_id AS team_id, count(*)::int AS revisits, count(*) FILTER (WHERE satisfied)::int AS satisfied,
          coalesce(sum(jsonb_array_length(problems)), 0)::int AS problems
        FROM revisit WHERE period = ${period} AND status = 'done' GROUP BY work_team_id`,
  );
  return new Map(r.map((x) => [x.team_id, { teamId: x.team_id, revisits: x.revisits, satisfied: x.satisfied, problems: x.problems }]));
}

import { sql } from 'drizzle-orm';
import { rows, type DbOrTx } from '../platform/db/client.js';

/** What a revisit is about, in words a caller and the enterprise recognise: the kind, the day, who did it. */
export interface SubjectSummary {
  type: 'inspection' | 'case' | 'complaint';
  at: string | null;
  teamName: string;
  departmentName: string;
}

/**
 * One statement. An inspection is read on its enterprise's shard (inspections are distributed by the enterprise id
 * on Citus); cases and hotline tickets live on the coordinator (their enterprise is optional or matched later).
 */
export async function subjectSummary(
  db: DbOrTx,
  r: { subjectType: string; subjectId: string; workTeamId: string; enterpriseId: string },
): Promise<SubjectSummary> {
  const at =
    r.subjectType === 'inspection'
      ? sql`(SELECT window_start FROM inspection WHERE enterprise_id = ${r.enterpriseId} AND id = ${r.subjectId})`
      : r.subjectType === 'case'
        ? sql`(SELECT opened_at FROM supervision_case WHERE id = ${r.subjectId})`
        : sql`(SELECT received_at FROM hotline_ticket WHERE id = ${r.subjectId})`;
  const [row] = await rows<{ at: string | Date | null; team: string; dept: string }>(
    db,
    sql`SELECT ${at} AS at, t.name AS team, d.name AS dept FROM team t JOIN department d ON d.id = t.department_id WHERE t.id = ${r.workTeamId}`,
  );
  return {
    type: r.subjectType as SubjectSummary['type'],
    at: row?.at ? new Date(row.at).toISOString() : null,
    teamName: row?.team ?? '',
    departmentName: row?.dept ?? '',
  };
}

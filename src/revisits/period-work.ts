import { sql, type SQL } from 'drizzle-orm';
import { rows, type DbOrTx } from '../platform/db/client.js';
import type { Period } from './rules/period.js';
import type { DrawSubject, SubjectType } from './rules/draw.js';

/**
 * The read model of revisits: the period's work from other parts' tables (read only) — inspections, supervision
 * case files and enforcement-related 12345 complaints — each with the team that did it:
 * - an inspection: the team of its officers (an officer of the lead department first);
 * - a case file: the team of its inspection, else the team of the enterprise's latest inspection by the case's
 *   department before the case was opened;
 * - a 12345 complaint (matched to an enterprise, about enforcement): the team of the enterprise's latest
 *   inspection before the ticket came in.
 * Work no team can be named for is counted, not drawn.
 */
export const teamOfInspection = (inspection: SQL) => sql`(
  SELECT o.team_id FROM officer o, inspection i0
  WHERE i0.id = ${inspection} AND o.id = ANY(i0.officer_ids) AND o.team_id IS NOT NULL
  ORDER BY (o.department_id = i0.lead_department_id) DESC, o.team_id LIMIT 1)`;

/** The team of the enterprise's latest inspection before `at` (by `departmentId` when given). */
export const teamOfLatest = (enterpriseId: SQL, at: SQL, departmentId?: SQL) => teamOfInspection(sql`(
  SELECT i1.id FROM inspection i1
  WHERE i1.enterprise_id = ${enterpriseId} AND i1.window_start <= ${at} AND i1.status <> 'revoked'
    ${departmentId ? sql`AND ${departmentId} = ANY(i1.department_ids)` : sql``}
  ORDER BY i1.window_start DESC, i1.id LIMIT 1)`);

interface Row {
  subject_type: SubjectType;
  subject_id: string;
  enterprise_id: string;
  uscc: string;
  team_id: string | null;
}

export interface PeriodWork {
  subjects: (DrawSubject & { enterpriseId: string })[];
  unattributed: number;
}

export async function periodWork(db: DbOrTx, period: Period): Promise<PeriodWork> {
  const from = period.start.toISOString();
  const to = period.end.toISOString();
  const found = await rows<Row>(
    db,
    sql`
      SELECT 'inspection' AS subject_type, i.id AS subject_id, i.enterprise_id, e.uscc, ${teamOfInspection(sql`i.id`)} AS team_id
      FROM inspection i JOIN enterprise e ON e.id = i.enterprise_id
      WHERE i.window_start >= ${from}::timestamptz AND i.window_start < ${to}::timestamptz AND i.status <> 'revoked'
      UNION ALL
      SELECT 'case', c.id, c.enterprise_id, e.uscc,
        COALESCE(${teamOfInspection(sql`c.inspection_id`)}, ${teamOfLatest(sql`c.enterprise_id`, sql`c.opened_at`, sql`c.department_id`)})
      FROM supervision_case c JOIN enterprise e ON e.id = c.enterprise_id
      WHERE c.opened_at >= ${from}::timestamptz AND c.opened_at < ${to}::timestamptz
      UNION ALL
      SELECT 'complaint', h.id, h.enterprise_id, e.uscc, ${teamOfLatest(sql`h.enterprise_id`, sql`h.received_at`)}
      FROM hotline_ticket h JOIN enterprise e ON e.id = h.enterprise_id
      WHERE h.received_at >= ${from}::timestamptz AND h.received_at < ${to}::timestamptz AND h.enforcement_related
    `,
  );
  const subjects = found
    .filter((r) => r.team_id !== null)
    .map((r) => ({ subjectType: r.subject_type, subjectId: r.subject_id, enterpriseId: r.enterprise_id, enterpriseUscc: r.uscc, workTeamId: r.team_id! }));
  return { subjects, unattributed: found.length - subjects.length };
}

/** Teams that can revisit: every team with an active officer. */
export async function revisitingTeams(db: DbOrTx): Promise<string[]> {
  const r = await rows<{ team_id: string }>(db, sql`SELECT DISTINCT team_id FROM officer WHERE active AND team_id IS NOT NULL ORDER BY team_id`);
  return r.map((x) => x.team_id);
}

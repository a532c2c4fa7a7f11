import { sql } from 'drizzle-orm';
import { rows, type DbOrTx } from '../platform/db/client.js';
import type { Period } from './rules/period.js';
import type { DrawSubject, SubjectType } from './rules/draw.js';
import { TEAM_OF_VISIT, teamsOfWork } from './work-teams.js';

/**
 * The read model of revisits: the period's work from other parts' tables (read only) — inspections, supervision
 * case files and enforcement-related 12345 complaints — each with the team that did it (`teamsOfWork`):
 * - an inspection: the team of its officers (an officer of the lead department first);
 * - a case file: the team of its inspection, else the team of the enterprise's latest inspection by the case's
 *   department before the case was opened;
 * - a 12345 complaint (matched to an enterprise, about enforcement): the team of the enterprise's latest
 *   inspection before the ticket came in.
 * Work no team can be named for is counted, not drawn. Each statement reads one kind of table, or joins tables
 * of one enterprise on its id (cases and tickets stay on a Citus coordinator, inspections on the shards).
 */
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
  const visits = await rows<Row>(
    db,
    sql`SELECT 'inspection' AS subject_type, i.id AS subject_id, i.enterprise_id, e.uscc, ${TEAM_OF_VISIT} AS team_id
        FROM inspection i JOIN enterprise e ON e.id = i.enterprise_id
        WHERE i.window_start >= ${from}::timestamptz AND i.window_start < ${to}::timestamptz AND i.status <> 'revoked'`,
  );
  const cases = await rows<{ id: string; enterprise_id: string; inspection_id: string | null; department_id: string | null; opened_at: string | Date }>(
    db,
    sql`SELECT id, enterprise_id, inspection_id, department_id, opened_at FROM supervision_case
        WHERE enterprise_id IS NOT NULL AND opened_at >= ${from}::timestamptz AND opened_at < ${to}::timestamptz`,
  );
  const complaints = await rows<{ id: string; enterprise_id: string; received_at: string | Date }>(
    db,
    sql`SELECT id, enterprise_id, received_at FROM hotline_ticket
        WHERE enterprise_id IS NOT NULL AND received_at >= ${from}::timestamptz AND received_at < ${to}::timestamptz AND enforcement_related`,
  );
  const usccs = await usccsOf(db, [...cases, ...complaints].map((r) => r.enterprise_id));
  const teams = await teamsOfWork(db, [
    ...cases.map((c) => ({ key: `case/${c.id}`, enterpriseId: c.enterprise_id, inspectionId: c.inspection_id, at: c.opened_at, departmentId: c.department_id })),
    ...complaints.map((h) => ({ key: `complaint/${h.id}`, enterpriseId: h.enterprise_id, at: h.received_at })),
  ]);
  const found: Row[] = [...visits];
  const add = (type: SubjectType, id: string, enterpriseId: string) => {
    const uscc = usccs.get(enterpriseId);
    if (uscc) found.push({ subject_type: type, subject_id: id, enterprise_id: enterpriseId, uscc, team_id: teams.get(`${type}/${id}`) ?? null });
  };
  for (const c of cases) add('case', c.id, c.enterprise_id);
  for (const h of complaints) add('complaint', h.id, h.enterprise_id);
  const subjects = found
    .filter((r) => r.team_id !== null)
    .map((r) => ({ subjectType: r.subject_type, subjectId: r.subject_id, enterpriseId: r.enterprise_id, enterpriseUscc: r.uscc, workTeamId: r.team_id! }));
  return { subjects, unattributed: found.length - subjects.length };
}

/** The USCC of each enterprise among `ids` (absent: no such enterprise). */
async function usccsOf(db: DbOrTx, ids: string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (!unique.length) return new Map();
  const found = await rows<{ id: string; uscc: string }>(
    db,
    sql`SELECT id, uscc FROM enterprise WHERE id = ANY(${sql.param(unique)}::uuid[])`,
  );
  return new Map(found.map((r) => [r.id, r.uscc]));
}

/** Teams that can revisit: every team with an active officer. */
export async function revisitingTeams(db: DbOrTx): Promise<string[]> {
  const r = await rows<{ team_id: string }>(db, sql`SELECT DISTINCT team_id FROM officer WHERE active AND team_id IS NOT NULL ORDER BY team_id`);
  return r.map((x) => x.team_id);
}

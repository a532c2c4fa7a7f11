import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../platform/db/client.js';
import { officers, teams } from './schema.js';
import { departmentName } from './department-name.js';
import { certificateState } from './certificate.js';

type OfficerRow = typeof officers.$inferSelect;

/** One officer as the officer routes answer it: department, team, certificate and its state today. */
export function presentOfficer(o: OfficerRow, departmentName: string, teamName: string | null, now: Date) {
  return {
    id: o.id,
    name: o.name,
    department: { id: o.departmentId, name: departmentName },
    team: o.teamId ? { id: o.teamId, name: teamName } : null,
    certificateNo: o.certificateNo,
    fields: o.certificateFields,
    validFrom: o.certificateValidFrom,
    validUntil: o.certificateValidUntil,
    status: o.certificateStatus,
    certificateState: certificateState(o, now),
  };
}

/** Loads the names an officer is presented with, then presents it. */
export async function loadAndPresentOfficer(db: DbOrTx, o: OfficerRow, now: Date) {
  const [tm] = o.teamId ? await db.select({ name: teams.name }).from(teams).where(eq(teams.id, o.teamId)) : [];
  return presentOfficer(o, await departmentName(db, o.departmentId), tm?.name ?? null, now);
}

import { and, eq, ne } from 'drizzle-orm';
import type { DbOrTx } from '../platform/db/client.js';
import { AppError } from '../platform/errors/app-error.js';
import { officers, teams } from './schema.js';

/** The certificate's first valid day is not after its last (422 otherwise). */
export function assertValidityOrder(validFrom: string, validUntil: string): void {
  if (validUntil < validFrom) throw new AppError(422, 'certificate-validity-order', { validFrom, validUntil });
}

/** The team, when named, is one of the department's (422 otherwise). */
export async function assertTeamOf(db: DbOrTx, departmentId: string, teamId: string | null | undefined): Promise<void> {
  if (!teamId) return;
  const [team] = await db.select({ departmentId: teams.departmentId }).from(teams).where(eq(teams.id, teamId));
  if (team?.departmentId !== departmentId) throw new AppError(422, 'officer-team-other-department', {}, { field: 'teamId' });
}

/** No other officer holds the certificate number (409 otherwise). */
export async function assertCertificateFree(db: DbOrTx, certificateNo: string, exceptId?: string): Promise<void> {
  const where = exceptId
    ? and(eq(officers.certificateNo, certificateNo), ne(officers.id, exceptId))
    : eq(officers.certificateNo, certificateNo);
  const [clash] = await db.select({ id: officers.id }).from(officers).where(where);
  if (clash) throw new AppError(409, 'certificate-no-taken', { certificateNo });
}

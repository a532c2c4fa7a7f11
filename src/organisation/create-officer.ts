import { eq } from 'drizzle-orm';
import type { Db } from '../platform/db/client.js';
import { newId } from '../platform/db/ids.js';
import { sqlState } from '../platform/db/sql-state.js';
import { AppError } from '../platform/errors/app-error.js';
import type { Ctx } from '../platform/policy/actor.js';
import { requireUser } from '../platform/policy/policy.js';
import { recordAudit } from '../platform/audit/record.js';
import { departments, officers } from './schema.js';
import { assertOfficerEditor, OFFICER_EDITORS } from './policy.js';
import { assertCertificateFree, assertTeamOf, assertValidityOrder } from './officer-checks.js';
import { loadAndPresentOfficer } from './present-officer.js';
import type { CreateOfficerInput } from './officer-input.js';

/**
 * POST /api/officers — registers an officer (执法人员) with the enforcement certificate held (admin: any
 * department, naming it; dept_admin: its own). The certificate number is unique across the province.
 */
export async function createOfficer(db: Db, ctx: Ctx, input: CreateOfficerInput) {
  const user = requireUser(ctx.actor, OFFICER_EDITORS);
  const departmentId = input.departmentId ?? (user.role === 'dept_admin' ? user.departmentId : undefined);
  if (!departmentId) throw new AppError(422, 'officer-department-required', {}, { field: 'departmentId' });
  assertOfficerEditor(ctx.actor, departmentId);
  assertValidityOrder(input.validFrom, input.validUntil);
  try {
    return await db.transaction(async (tx) => {
      const [department] = await tx.select({ id: departments.id }).from(departments).where(eq(departments.id, departmentId));
      if (!department) throw new AppError(422, 'officer-unknown-department', {}, { field: 'departmentId' });
      await assertTeamOf(tx, departmentId, input.teamId);
      await assertCertificateFree(tx, input.certificateNo);
      const [officer] = await tx
        .insert(officers)
        .values({
          id: newId(),
          departmentId,
          teamId: input.teamId ?? null,
          name: input.name,
          certificateNo: input.certificateNo,
          certificateFields: input.fields,
          certificateValidFrom: input.validFrom,
          certificateValidUntil: input.validUntil,
          certificateStatus: input.status,
          createdAt: ctx.now,
        })
        .returning();
      await recordAudit(tx, ctx, {
        action: 'organisation.officer.create',
        targetType: 'officer',
        targetId: officer!.id,
        detail: {
          departmentId,
          teamId: input.teamId ?? null,
          certificateNo: input.certificateNo,
          fields: input.fields,
          validFrom: input.validFrom,
          validUntil: input.validUntil,
          status: input.status,
        },
      });
      return loadAndPresentOfficer(tx, officer!, ctx.now);
    });
  } catch (err) {
    if (sqlState(err) === '23505') throw new AppError(409, 'certificate-no-taken', { certificateNo: input.certificateNo });
    throw err;
  }
}

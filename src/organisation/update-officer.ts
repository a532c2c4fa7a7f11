import { eq } from 'drizzle-orm';
import type { Db } from '../platform/db/client.js';
import { sqlState } from '../platform/db/sql-state.js';
import { AppError } from '../platform/errors/app-error.js';
import type { Ctx } from '../platform/policy/actor.js';
import { requireUser } from '../platform/policy/policy.js';
import { recordAudit } from '../platform/audit/record.js';
import { officers } from './schema.js';
import { assertOfficerEditor, OFFICER_EDITORS } from './policy.js';
import { assertCertificateFree, assertTeamOf, assertValidityOrder } from './officer-checks.js';
import { loadAndPresentOfficer } from './present-officer.js';
import type { UpdateOfficerInput } from './officer-input.js';
import { announceChange } from '../platform/changes/change-feed.js';

/** Input field → officer column. */
const COLUMNS = {
  name: 'name',
  teamId: 'teamId',
  certificateNo: 'certificateNo',
  fields: 'certificateFields',
  validFrom: 'certificateValidFrom',
  validUntil: 'certificateValidUntil',
  status: 'certificateStatus',
} as const;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * PATCH /api/officers/:id — changes an officer's name, team or certificate (number, fields, validity, status:
 * suspended or revoked certificates stop the officer from joining inspections). Audited with before and after.
 */
export async function updateOfficer(db: Db, ctx: Ctx, id: string, input: UpdateOfficerInput) {
  requireUser(ctx.actor, OFFICER_EDITORS);
  if (Object.values(input).every((v) => v === undefined)) throw new AppError(422, 'officer-nothing-to-change');
  try {
    return await db.transaction(async (tx) => {
      const [before] = await tx.select().from(officers).where(eq(officers.id, id)).for('update');
      if (!before) throw new AppError(404, 'officer-not-found');
      assertOfficerEditor(ctx.actor, before.departmentId);
      const changes: Record<string, [unknown, unknown]> = {};
      for (const [key, column] of Object.entries(COLUMNS) as [keyof typeof COLUMNS, (typeof COLUMNS)[keyof typeof COLUMNS]][]) {
        const v = input[key];
        if (v !== undefined && !same(v, before[column])) changes[key] = [before[column], v];
      }
      if (Object.keys(changes).length === 0) return loadAndPresentOfficer(tx, before, ctx.now);
      assertValidityOrder(input.validFrom ?? before.certificateValidFrom, input.validUntil ?? before.certificateValidUntil);
      if (changes.teamId) await assertTeamOf(tx, before.departmentId, input.teamId);
      if (changes.certificateNo) await assertCertificateFree(tx, input.certificateNo!, id);
      const set = Object.fromEntries(Object.entries(changes).map(([k, [, after]]) => [COLUMNS[k as keyof typeof COLUMNS], after]));
      const [after] = await tx.update(officers).set(set).where(eq(officers.id, id)).returning();
      await announceChange(tx, 'officer', id);
      await recordAudit(tx, ctx, {
        action: 'organisation.officer.update',
        targetType: 'officer',
        targetId: id,
        detail: { departmentId: before.departmentId, changes },
      });
      return loadAndPresentOfficer(tx, after!, ctx.now);
    });
  } catch (err) {
    if (sqlState(err) === '23505') throw new AppError(409, 'certificate-no-taken', { certificateNo: input.certificateNo });
    throw err;
  }
}

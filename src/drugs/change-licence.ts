/**
 * D2 — a licence's life after registration: suspension, revocation, cancellation, reinstatement, and renewal
 * (a successor licence is registered and the old one becomes `renewed`, linked to it). Every change audited; a
 * renewed, cancelled or revoked licence is reminded no more (the sweep reads valid and suspended ones only).
 */
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../platform/db/client.js';
import type { Ctx } from '../platform/policy/actor.js';
import { AppError } from '../platform/errors/app-error.js';
import { enterprises } from '../enterprises/schema.js';
import { drugDepartmentOf } from './policy.js';
import { loadLicence } from './list-licences.js';
import { checkValidity, insertLicence, updateLicence } from './register-licence.js';
import { licenceNumbers, type LicenceStatus } from './schema.js';

export const statusInput = z.object({
  status: z.enum(['valid', 'suspended', 'revoked', 'cancelled']),
  reason: z.string().trim().min(1).max(500),
});

/** Which status may follow which (revoked, cancelled and renewed are final). */
const NEXT: Record<LicenceStatus, LicenceStatus[]> = {
  valid: ['suspended', 'revoked', 'cancelled'],
  suspended: ['valid', 'revoked', 'cancelled'],
  revoked: [],
  cancelled: [],
  renewed: [],
};

export async function changeLicenceStatus(db: Db, ctx: Ctx, id: string, input: z.infer<typeof statusInput>) {
  await drugDepartmentOf(db, ctx.actor);
  return db.transaction(async (tx) => {
    const l = await loadLicence(tx, ctx, id);
    if (!NEXT[l.status].includes(input.status)) throw new AppError(409, 'licence-status-change', { status: l.status, to: input.status });
    await updateLicence(tx, ctx, l, { status: input.status, statusReason: input.reason, statusChangedAt: ctx.now }, {
      action: 'drugs.licence.status',
      detail: { from: l.status, to: input.status, reason: input.reason },
    });
    return { id: l.id, status: input.status };
  });
}

export const renewInput = z.object({
  number: z.string().trim().min(1).max(64),
  validFrom: z.iso.date(),
  validUntil: z.iso.date(),
  scope: z.string().trim().max(1000).optional(),
});

export async function renewLicence(db: Db, ctx: Ctx, id: string, input: z.infer<typeof renewInput>) {
  const department = await drugDepartmentOf(db, ctx.actor);
  checkValidity(input.validFrom, input.validUntil);
  return db.transaction(async (tx) => {
    const l = await loadLicence(tx, ctx, id);
    if (!['valid', 'suspended'].includes(l.status)) throw new AppError(409, 'licence-status-change', { status: l.status, to: 'renewed' });
    // A renewal may keep the number: the successor takes over the kind + number key.
    if (input.number === l.number) {
      await tx.delete(licenceNumbers).where(and(eq(licenceNumbers.kind, l.kind), eq(licenceNumbers.number, l.number)));
    }
    const [holder] = await tx.select({ industry: enterprises.industry }).from(enterprises).where(eq(enterprises.id, l.enterpriseId));
    const successor = await insertLicence(tx, ctx, {
      enterpriseId: l.enterpriseId,
      holderUscc: l.holderUscc,
      industry: holder?.industry ?? '',
      kind: l.kind,
      number: input.number,
      scope: input.scope ?? l.scope,
      issuingDepartmentId: department.id,
      validFrom: input.validFrom,
      validUntil: input.validUntil,
      source: 'api',
    });
    if (!successor) throw new AppError(409, 'licence-exists', { kind: l.kind, number: input.number });
    await updateLicence(tx, ctx, l, { status: 'renewed', successorId: successor.id, statusChangedAt: ctx.now }, {
      action: 'drugs.licence.renew',
      detail: { successorId: successor.id, number: input.number, validUntil: input.validUntil },
    });
    return { id: successor.id, previousId: l.id };
  });
}

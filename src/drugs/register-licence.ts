/**
 * D2 — registering a licence (`POST /api/licences`, the Excel import, the demo): the holder by USCC (422
 * `invalid-uscc`), a known kind, validity in order (422 `licence-validity`), the kind + number claimed in the
 * province-wide lookup table first (409 `licence-exists`), audited; a newly licensed enterprise of a covered
 * industry gets its compliance notice (D3) in the same transaction.
 */
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db, Tx } from '../platform/db/client.js';
import { newId } from '../platform/db/ids.js';
import type { Ctx } from '../platform/policy/actor.js';
import { AppError } from '../platform/errors/app-error.js';
import { recordAudit } from '../platform/audit/record.js';
import { subjectByUscc } from '../credit/index.js';
import { kindOf } from './licence-kinds.js';
import { drugDepartmentOf } from './policy.js';
import { issueComplianceNotice } from './issue-compliance-notice.js';
import { licenceNumbers, licences } from './schema.js';

export const licenceInput = z.object({
  holderUscc: z.string().trim().min(1).max(32),
  kind: z.string().trim().min(1).max(64),
  number: z.string().trim().min(1).max(64),
  scope: z.string().trim().max(1000).optional(),
  validFrom: z.iso.date(),
  validUntil: z.iso.date(),
  issuingDepartmentId: z.uuid().optional(),
});
export type LicenceInput = z.infer<typeof licenceInput>;
export type LicenceRow = typeof licences.$inferSelect;

export interface PreparedLicence {
  enterpriseId: string;
  holderUscc: string;
  industry: string;
  kind: string;
  number: string;
  scope: string | null;
  issuingDepartmentId: string | null;
  validFrom: string;
  validUntil: string;
  source: LicenceRow['source'];
}

/** Writes one licence in the caller's transaction; null when the kind + number is already registered. */
export async function insertLicence(tx: Tx, ctx: Ctx, p: PreparedLicence): Promise<LicenceRow | null> {
  const id = newId();
  const claimed = await tx
    .insert(licenceNumbers)
    .values({ kind: p.kind, number: p.number, enterpriseId: p.enterpriseId, licenceId: id })
    .onConflictDoNothing()
    .returning({ id: licenceNumbers.licenceId });
  if (claimed.length === 0) return null;
  const [row] = await tx
    .insert(licences)
    .values({
      enterpriseId: p.enterpriseId,
      id,
      holderUscc: p.holderUscc,
      kind: p.kind,
      number: p.number,
      scope: p.scope,
      issuingDepartmentId: p.issuingDepartmentId,
      validFrom: p.validFrom,
      validUntil: p.validUntil,
      status: 'valid',
      source: p.source,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    })
    .returning();
  await recordAudit(tx, ctx, {
    action: 'drugs.licence.create',
    targetType: 'licence',
    targetId: id,
    enterpriseId: p.enterpriseId,
    detail: { kind: p.kind, number: p.number, validFrom: p.validFrom, validUntil: p.validUntil, source: p.source },
  });
  await issueComplianceNotice(tx, ctx, { id: p.enterpriseId, industry: p.industry }, 'licensed');
  return row!;
}

export function checkValidity(validFrom: string, validUntil: string): void {
  if (validUntil < validFrom) throw new AppError(422, 'licence-validity', {}, { errors: [{ path: 'validUntil', code: 'licence-validity' }] });
}

export async function registerLicence(db: Db, ctx: Ctx, input: LicenceInput): Promise<{ id: string }> {
  const department = await drugDepartmentOf(db, ctx.actor, input.issuingDepartmentId);
  const holder = await subjectByUscc(db, input.holderUscc, ctx.locale);
  checkValidity(input.validFrom, input.validUntil);
  const kind = await kindOf(db, input.kind);
  return db.transaction(async (tx) => {
    const row = await insertLicence(tx, ctx, {
      enterpriseId: holder.id,
      holderUscc: holder.uscc,
      industry: holder.industry,
      kind: kind.code,
      number: input.number,
      scope: input.scope ?? null,
      issuingDepartmentId: department.id,
      validFrom: input.validFrom,
      validUntil: input.validUntil,
      source: 'api',
    });
    if (!row) throw new AppError(409, 'licence-exists', { kind: kind.code, number: input.number });
    return { id: row.id };
  });
}

/**
 * Changes one licence in the caller's transaction (`updatedAt` set to now) and audits the change as `action`
 * (`drugs.licence.status`, `.renew`, `.update`) with `detail`.
 */
export async function updateLicence(
  tx: Tx,
  ctx: Ctx,
  l: Pick<LicenceRow, 'id' | 'enterpriseId'>,
  set: Partial<Omit<LicenceRow, 'id' | 'enterpriseId' | 'updatedAt'>>,
  audit: { action: string; detail: Record<string, unknown> },
): Promise<void> {
  await tx
    .update(licences)
    .set({ ...set, updatedAt: ctx.now })
    .where(and(eq(licences.enterpriseId, l.enterpriseId), eq(licences.id, l.id)));
  await recordAudit(tx, ctx, { action: audit.action, targetType: 'licence', targetId: l.id, enterpriseId: l.enterpriseId, detail: audit.detail });
}

/**
 * F3 — GET /api/proof-free/receipts/{token}: what was used, for the applicant (the EU once-only system's preview):
 * the proof, the source asked, when, the result, the officer, the consent given and the legal basis. Opened from
 * the QR code the window shows; the token is unguessable. Audited as a sensitive read.
 */
import { eq } from 'drizzle-orm';
import type { Db } from '../platform/db/client.js';
import { AppError } from '../platform/errors/app-error.js';
import type { Ctx } from '../platform/policy/actor.js';
import { recordAudit } from '../platform/audit/record.js';
import { departments } from '../organisation/schema.js';
import { proofKinds, proofVerifications } from './schema.js';
import { proofKindName } from './proof-kind-name.js';
import { presentVerification } from './present-verification.js';

export async function getReceipt(db: Db, ctx: Ctx, token: string) {
  const [found] = await db
    .select({ v: proofVerifications, proofName: proofKindName(ctx.locale), department: departments.name })
    .from(proofVerifications)
    .innerJoin(proofKinds, eq(proofKinds.code, proofVerifications.proofKind))
    .leftJoin(departments, eq(departments.id, proofVerifications.departmentId))
    .where(eq(proofVerifications.receiptToken, token));
  if (!found) throw new AppError(404, 'receipt-not-found');
  await recordAudit(db, ctx, {
    action: 'proof-free.receipt.read',
    targetType: 'proof_verification',
    targetId: found.v.id,
  });
  return { ...presentVerification(found.v, found.proofName), department: found.department };
}

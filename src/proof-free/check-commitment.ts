/**
 * POST /api/proof-free/commitments/{enterpriseId}/{id}/check: the outcome of a later check (written check, online
 * verification, on-site check, public notice, 协查). A false commitment becomes a credit record through part C's
 * own operation (`insertPenalties`: the deciding department's rule set derives publicity) in the same
 * transaction, so it shows in the enterprise's credit status.
 */
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../platform/db/client.js';
import { AppError } from '../platform/errors/app-error.js';
import type { Ctx } from '../platform/policy/actor.js';
import { requireUser } from '../platform/policy/policy.js';
import { recordAudit } from '../platform/audit/record.js';
import { insertPenalties, subjectByUscc } from '../credit/index.js';
import { rulesForDepartments } from '../credit/index.js';
import { chinaDayOf } from '../calendar/index.js';
import { CHECKERS } from './policy.js';
import { proofCommitments } from './schema.js';
import { lockCommitment } from './sign-commitment.js';

export const checkInput = z.object({
  outcome: z.enum(['kept', 'false']),
  method: z.enum(['written', 'online', 'on-site', 'public-notice', 'assist']),
  note: z.string().trim().min(1).max(2000),
});

/** The decision number of the credit record a false commitment becomes. */
export const falseCommitmentDecisionNo = (day: string, id: string) =>
  `告知承诺失信认定〔${day.slice(0, 4)}〕${id.slice(-8)}号`;

export async function checkCommitment(
  db: Db,
  ctx: Ctx,
  enterpriseId: string,
  id: string,
  input: z.output<typeof checkInput>,
) {
  const user = requireUser(ctx.actor, CHECKERS);
  return db.transaction(async (tx) => {
    const c = await lockCommitment(tx, enterpriseId, id);
    if (c.status === 'kept' || c.status === 'false') throw new AppError(409, 'commitment-checked');
    let penaltyId: string | null = null;
    if (input.outcome === 'false') {
      const today = chinaDayOf(ctx.now);
      const subject = await subjectByUscc(tx, c.uscc, ctx.locale);
      const rules = (await rulesForDepartments(tx, [c.departmentId], ctx.now)).get(c.departmentId);
      if (!rules) throw new AppError(422, 'unknown-department', { id: c.departmentId });
      const { written, duplicates } = await insertPenalties(tx, ctx, [
        {
          subject,
          decisionNo: falseCommitmentDecisionNo(today, c.id),
          decisionDate: today,
          kinds: ['other'],
          fineAmount: null,
          severity: 'ordinary',
          rules,
          source: 'api',
        },
      ]);
      penaltyId = written[0]?.id ?? duplicates[0]?.existingId ?? null;
    }
    await tx
      .update(proofCommitments)
      .set({
        status: input.outcome,
        checkedAt: ctx.now,
        checkedBy: user.userId,
        checkMethod: input.method,
        checkNote: input.note,
        penaltyId,
      })
      .where(and(eq(proofCommitments.enterpriseId, enterpriseId), eq(proofCommitments.id, id)));
    await recordAudit(tx, ctx, {
      action: 'proof-free.commitment.check',
      targetType: 'proof_commitment',
      targetId: id,
      enterpriseId,
      detail: { outcome: input.outcome, method: input.method, penaltyId, spotCheckId: c.spotCheckId },
    });
    return { id, enterpriseId, status: input.outcome, penaltyId, checkedAt: ctx.now.toISOString() };
  });
}

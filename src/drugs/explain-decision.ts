/**
 * D5 — the drug-regulation department that decided a penalty explains it: facts, the legal provision, the standard,
 * the discretion applied, the day it was served and whom to ask for reconsideration or sue (the periods are
 * computed, not written). The penalty is credit's, read through `loadPenalty` in the caller's scope; the
 * explanation is drugs' own row keyed by the penalty. Created or changed in one transaction with its audit row;
 * the enterprise is notified once.
 */
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../platform/db/client.js';
import type { Ctx } from '../platform/policy/actor.js';
import { AppError } from '../platform/errors/app-error.js';
import { recordAudit } from '../platform/audit/record.js';
import { chinaDayOf } from '../platform/time/china.js';
import { notifyUsers } from '../notifications/index.js';
import { loadPenalty } from '../credit/index.js';
import { drugStaffOf } from './policy.js';
import { enterpriseAccounts } from './issue-compliance-notice.js';
import { getExplanation } from './get-explanation.js';
import { decisionExplanations } from './schema.js';

export const explanationInput = z.object({
  facts: z.string().trim().min(1).max(20_000),
  provision: z.string().trim().min(1).max(5000),
  standard: z.string().trim().min(1).max(5000),
  discretion: z.string().trim().min(1).max(5000),
  servedOn: z.iso.date().optional(),
  reviewBody: z.string().trim().min(1).max(200),
  court: z.string().trim().min(1).max(200),
});

export async function explainDecision(
  db: Db,
  ctx: Ctx,
  penaltyId: string,
  input: z.infer<typeof explanationInput>,
) {
  const { user, department } = await drugStaffOf(db, ctx.actor);
  const p = await loadPenalty(db, ctx, penaltyId);
  if (p.record.departmentId !== department.id) throw new AppError(403, 'explanation-department');
  const servedOn = input.servedOn ?? p.record.decisionDate;
  if (servedOn < p.record.decisionDate)
    throw new AppError(422, 'explanation-served-before', { decisionDate: p.record.decisionDate });
  if (servedOn > chinaDayOf(ctx.now)) throw new AppError(422, 'explanation-served-future');
  const created = await db.transaction(async (tx) => {
    const key = and(
      eq(decisionExplanations.enterpriseId, p.record.enterpriseId),
      eq(decisionExplanations.penaltyId, penaltyId),
    );
    const [before] = await tx
      .select({ at: decisionExplanations.createdAt })
      .from(decisionExplanations)
      .where(key)
      .for('update');
    const values = {
      facts: input.facts,
      provision: input.provision,
      standard: input.standard,
      discretion: input.discretion,
      servedOn,
      reviewBody: input.reviewBody,
      court: input.court,
      updatedBy: user.userId,
      updatedAt: ctx.now,
    };
    if (before) await tx.update(decisionExplanations).set(values).where(key);
    else
      await tx
        .insert(decisionExplanations)
        .values({
          ...values,
          enterpriseId: p.record.enterpriseId,
          penaltyId,
          departmentId: department.id,
          createdAt: ctx.now,
        });
    await recordAudit(tx, ctx, {
      action: before ? 'drugs.decision.explanation-change' : 'drugs.decision.explain',
      targetType: 'credit_penalty',
      targetId: penaltyId,
      enterpriseId: p.record.enterpriseId,
      detail: { decisionNo: p.record.decisionNo, servedOn },
    });
    const accounts = await enterpriseAccounts(tx, [p.record.enterpriseId]);
    await notifyUsers(tx, ctx.now, {
      userIds: accounts.map((a) => a.id),
      kind: 'decision-explained',
      params: { department: department.name, decisionNo: p.record.decisionNo },
      target: { type: 'credit_penalty', id: penaltyId },
      link: `/my-credit/records/${penaltyId}`,
      dedupeKey: `decision-explained:${penaltyId}`,
    });
    return !before;
  });
  return { created, explanation: await getExplanation(db, ctx, penaltyId) };
}

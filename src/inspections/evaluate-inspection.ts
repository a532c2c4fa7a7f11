import { z } from 'zod';
import type { Db } from '../platform/db/client.js';
import type { Ctx } from '../platform/policy/actor.js';
import { assertEnterprise, requireUser } from '../platform/policy/policy.js';
import { AppError } from '../platform/errors/app-error.js';
import { recordAudit } from '../platform/audit/record.js';
import { raiseSignal } from '../supervision/index.js';
import { evaluations } from './schema.js';
import { getInspection } from './get-inspection.js';
import { evaluationBar } from './rules/evaluation.js';
import { changingVisit } from './visit-changes.js';

const score = z.number().int().min(1).max(5);
export const evaluationInput = z.object({
  overall: score,
  conduct: score, // 规范
  integrity: score, // 廉洁
  efficiency: score, // 效率
  service: score, // 服务
  comment: z.string().trim().max(2000).optional(),
});
export type EvaluationInput = z.infer<typeof evaluationInput>;

/** A rating at or below this, on any dimension, is a supervision signal. */
export const LOW_RATING = 2;
/** A8 — satisfied when the overall rating is 4 or 5. */
export const isSatisfied = (overall: number): boolean => overall >= 4;

/** A8 — the enterprise rates a visit once, after it began; a low rating goes to supervision. */
export async function evaluateInspection(db: Db, ctx: Ctx, id: string, input: EvaluationInput) {
  const actor = requireUser(ctx.actor, ['enterprise']);
  return db.transaction(async (tx) => {
    // The visit's row lock orders the evaluation with any other change of the visit (its figure change rows).
    const { i } = await getInspection(tx, ctx, id, { forUpdate: true });
    assertEnterprise(actor, i.enterpriseId);
    const bar = evaluationBar(i, false, ctx.now);
    if (bar) throw new AppError(409, bar);
    const inserted = await changingVisit(tx, i, () =>
      tx
        .insert(evaluations)
        .values({ enterpriseId: i.enterpriseId, inspectionId: i.id, ...input, comment: input.comment ?? null, userId: actor.userId, createdAt: ctx.now })
        .onConflictDoNothing()
        .returning({ id: evaluations.inspectionId }),
    );
    if (!inserted.length) throw new AppError(409, 'already-evaluated');
    const lowest = Math.min(input.overall, input.conduct, input.integrity, input.efficiency, input.service);
    if (lowest <= LOW_RATING) {
      await raiseSignal(tx, ctx.now, { kind: 'low-rating', severity: lowest === 1 ? 'high' : 'medium', dedupeKey: `low-rating:${i.id}`, enterpriseId: i.enterpriseId, inspectionId: i.id, departmentId: i.leadDepartmentId, detail: { ...input } });
    }
    await recordAudit(tx, ctx, { action: 'inspection.evaluate', targetType: 'inspection', targetId: i.id, enterpriseId: i.enterpriseId, detail: { overall: input.overall, lowest } });
  });
}

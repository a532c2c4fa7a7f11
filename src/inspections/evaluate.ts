import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../platform/db/client.js';
import { newId } from '../platform/db/ids.js';
import type { Ctx } from '../platform/policy/actor.js';
import { assertEnterprise, requireUser } from '../platform/policy/policy.js';
import { AppError } from '../platform/errors/app-error.js';
import { recordAudit } from '../platform/audit/record.js';
import { raiseSignal } from '../supervision/index.js';
import { complaints, evaluations, inspections } from './schema.js';
import { getInspection } from './get-inspection.js';
import { announceChange } from '../platform/changes/change-feed.js';
import { evaluationBar } from './rules/evaluation.js';

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
    const { i } = await getInspection(tx, ctx, id);
    assertEnterprise(actor, i.enterpriseId);
    const bar = evaluationBar(i, false, ctx.now);
    if (bar) throw new AppError(409, bar);
    const inserted = await tx
      .insert(evaluations)
      .values({ enterpriseId: i.enterpriseId, inspectionId: i.id, ...input, comment: input.comment ?? null, userId: actor.userId, createdAt: ctx.now })
      .onConflictDoNothing()
      .returning({ id: evaluations.inspectionId });
    if (!inserted.length) throw new AppError(409, 'already-evaluated');
    const lowest = Math.min(input.overall, input.conduct, input.integrity, input.efficiency, input.service);
    if (lowest <= LOW_RATING) {
      await raiseSignal(tx, ctx.now, { kind: 'low-rating', severity: lowest === 1 ? 'high' : 'medium', dedupeKey: `low-rating:${i.id}`, enterpriseId: i.enterpriseId, inspectionId: i.id, departmentId: i.leadDepartmentId, detail: { ...input } });
    }
    await recordAudit(tx, ctx, { action: 'inspection.evaluate', targetType: 'inspection', targetId: i.id, enterpriseId: i.enterpriseId, detail: { overall: input.overall, lowest } });
  });
}

export const complaintInput = z.object({
  category: z.enum(['no-code', 'unpublished-item', 'misconduct', 'integrity', 'excessive', 'other']),
  content: z.string().trim().min(5).max(5000),
});

/** A8 — a complaint about misconduct during a visit; always a supervision signal. */
export async function complainAboutInspection(db: Db, ctx: Ctx, id: string, input: z.infer<typeof complaintInput>) {
  const actor = requireUser(ctx.actor, ['enterprise']);
  return db.transaction(async (tx) => {
    const { i } = await getInspection(tx, ctx, id);
    assertEnterprise(actor, i.enterpriseId);
    const complaintId = newId();
    await tx.insert(complaints).values({ id: complaintId, enterpriseId: i.enterpriseId, inspectionId: i.id, ...input, userId: actor.userId, createdAt: ctx.now });
    await raiseSignal(tx, ctx.now, { kind: 'complaint', severity: 'high', dedupeKey: `complaint:${complaintId}`, enterpriseId: i.enterpriseId, inspectionId: i.id, departmentId: i.leadDepartmentId, detail: { complaintId, ...input } });
    await recordAudit(tx, ctx, { action: 'inspection.complain', targetType: 'inspection', targetId: i.id, enterpriseId: i.enterpriseId, detail: { complaintId, category: input.category } });
    return { id: complaintId };
  });
}

/** A6 — a logged-in enterprise confirms the officers arrived (once). */
export async function confirmArrival(db: Db, ctx: Ctx, id: string) {
  const actor = requireUser(ctx.actor, ['enterprise']);
  return db.transaction(async (tx) => {
    const { i } = await getInspection(tx, ctx, id, { forUpdate: true });
    assertEnterprise(actor, i.enterpriseId);
    if (i.status !== 'issued') throw new AppError(409, 'inspection-not-open');
    if (i.arrivalConfirmedAt) return { arrivalConfirmedAt: i.arrivalConfirmedAt.toISOString() };
    await tx.update(inspections).set({ arrivalConfirmedAt: ctx.now }).where(and(eq(inspections.enterpriseId, i.enterpriseId), eq(inspections.id, i.id)));
    await announceChange(tx, 'inspection', i.id);
    await recordAudit(tx, ctx, { action: 'inspection.arrival', targetType: 'inspection', targetId: i.id, enterpriseId: i.enterpriseId });
    return { arrivalConfirmedAt: ctx.now.toISOString() };
  });
}

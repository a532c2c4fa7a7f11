import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../platform/db/client.js';
import type { Ctx } from '../platform/policy/actor.js';
import { requireUser } from '../platform/policy/policy.js';
import { AppError } from '../platform/errors/app-error.js';
import { recordAudit } from '../platform/audit/record.js';
import { raiseSignal } from '../supervision/index.js';
import { storedFiles } from '../files/schema.js';
import { departments } from '../organisation/schema.js';
import { openRectifications } from '../drugs/index.js';
import { inspections } from './schema.js';
import { getInspection } from './get-inspection.js';
import { resultIsLate } from './rules/result-deadline.js';
import { announceChange } from '../platform/changes/change-feed.js';
import { changingVisit } from './visit-changes.js';

export const resultInput = z
  .object({
    outcome: z.enum(['no-problem', 'rectification', 'case-opened']),
    notes: z.string().trim().max(5000).default(''),
    rectification: z.array(z.object({ item: z.string().trim().min(1).max(500), deadline: z.iso.date() })).max(50).optional(),
    caseNo: z.string().trim().max(100).optional(),
    photoIds: z.array(z.uuid()).max(20).default([]),
  })
  .refine((r) => r.outcome !== 'rectification' || (r.rectification?.length ?? 0) > 0, { message: '需列出整改事项及期限 / list the rectification items and deadlines', path: ['rectification'] })
  .refine((r) => r.outcome !== 'case-opened' || Boolean(r.caseNo), { message: '立案须填写案件编号 / a case number is required', path: ['caseNo'] });
export type ResultInput = z.infer<typeof resultInput>;

/**
 * A7 — an officer of the visit records its outcome; the visit is then `done`. Recorded after the deadline
 * (default 3 days after the window), the result is flagged late and a supervision signal is raised. Rectification
 * items open as rectification items of the officer's department (the enterprise answers each with evidence, the
 * officer verifies; overdue ones become supervision signals) in the same transaction.
 */
export async function recordResult(db: Db, ctx: Ctx, id: string, input: ResultInput) {
  const actor = requireUser(ctx.actor, ['officer']);
  return db.transaction(async (tx) => {
    const { i } = await getInspection(tx, ctx, id, { forUpdate: true });
    if (!actor.officerId || !i.officerIds.includes(actor.officerId)) throw new AppError(403, 'not-on-visit');
    if (i.status === 'revoked') throw new AppError(409, 'inspection-not-open');
    if (i.resultRecordedAt) throw new AppError(409, 'result-already-recorded');
    if (ctx.now < i.windowStart) throw new AppError(409, 'result-before-visit');
    for (const photoId of input.photoIds) {
      const [f] = await tx.select({ id: storedFiles.id }).from(storedFiles).where(and(eq(storedFiles.id, photoId), eq(storedFiles.ownerId, i.id)));
      if (!f) throw new AppError(422, 'unknown-photo', { id: photoId });
    }
    const late = resultIsLate(i.resultDueAt, ctx.now);
    await changingVisit(tx, i, () =>
      tx
        .update(inspections)
        .set({ status: 'done', result: input, resultRecordedAt: ctx.now, resultLate: late })
        .where(and(eq(inspections.enterpriseId, i.enterpriseId), eq(inspections.id, i.id))),
    );
    await announceChange(tx, 'inspection', i.id);
    if (late) {
      await raiseSignal(tx, ctx.now, {
        kind: 'late-result',
        severity: 'low',
        dedupeKey: `late-result:${i.id}`,
        enterpriseId: i.enterpriseId,
        inspectionId: i.id,
        departmentId: i.leadDepartmentId,
        detail: { dueAt: i.resultDueAt.toISOString(), recordedAt: ctx.now.toISOString() },
      });
    }
    if (input.outcome === 'rectification' && input.rectification?.length) {
      const departmentId = actor.departmentId && i.departmentIds.includes(actor.departmentId) ? actor.departmentId : i.leadDepartmentId;
      const [department] = await tx.select({ id: departments.id, name: departments.name }).from(departments).where(eq(departments.id, departmentId));
      await openRectifications(tx, ctx, {
        enterpriseId: i.enterpriseId,
        department: department!,
        sourceType: 'inspection',
        sourceId: i.id,
        items: input.rectification.map((r) => ({ title: r.item, requirement: r.item, deadline: r.deadline })),
      });
    }
    await recordAudit(tx, ctx, { action: 'inspection.result', targetType: 'inspection', targetId: i.id, enterpriseId: i.enterpriseId, detail: { outcome: input.outcome, late } });
    return { late };
  });
}

/**
 * C4 — the credit officer decides a complete application within its review deadline: approve (the record is
 * repaired and delivered to every connected platform, C5) or reject with a reason. Review time runs from
 * acceptance to decision and is measured (figures).
 */
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../platform/db/client.js';
import { AppError } from '../platform/errors/app-error.js';
import { enterpriseOf } from '../platform/db/owner.js';
import { lockOwnedRow } from '../platform/db/lock-owned-row.js';
import type { Ctx } from '../platform/policy/actor.js';
import { recordAudit } from '../platform/audit/record.js';
import { chinaDay } from '../organisation/index.js';
import { connectedPlatforms } from './config.js';
import { applicationRefusal } from './rules/eligibility.js';
import { closeRecords } from './close-records.js';
import { loadPenalty } from './load-penalty.js';
import { requireCreditOfficer } from './policy.js';
import { presentApplication } from './present.js';
import { refusalText } from './messages.js';
import { repairApplications } from './schema.js';

export async function decideApplication(db: Db, ctx: Ctx, id: string, decision: 'approve' | 'reject', reason: string | undefined) {
  const officer = requireCreditOfficer(ctx.actor);
  const why = reason?.trim() ?? '';
  if (decision === 'reject' && why.length < 2) throw new AppError(422, 'reason-required');
  return db.transaction(async (tx) => {
    // Locked by its enterprise and id: one shard on a Citus cluster.
    const enterpriseId = await enterpriseOf(tx, repairApplications, id);
    if (!enterpriseId) throw new AppError(404, 'application-not-found');
    const app = await lockOwnedRow(tx, repairApplications, { enterpriseId, id }, 'application-not-found');
    if (app.status !== 'pending') throw new AppError(409, 'application-not-pending', { status: app.status });
    const p = await loadPenalty(tx, ctx, app.penaltyId, { forUpdate: true });
    let queued = 0;
    if (decision === 'approve') {
      const refusal = applicationRefusal(p.record, chinaDay(ctx.now));
      if (refusal) throw new AppError(409, 'penalty-not-repairable', { why: refusalText(refusal, ctx.locale) }, { ...refusal });
      const closed = await closeRecords(tx, ctx, {
        where: sql`id = ${p.record.id}::uuid`,
        to: 'repaired',
        how: 'application',
        applicationId: app.id,
        auditAction: 'credit.penalty.repair',
        platforms: connectedPlatforms(),
      });
      queued = closed.queued;
    }
    const [row] = await tx
      .update(repairApplications)
      .set({ status: decision === 'approve' ? 'approved' : 'rejected', decidedAt: ctx.now, decidedBy: officer.username, reason: why || null })
      .where(eq(repairApplications.id, id))
      .returning();
    await recordAudit(tx, ctx, {
      action: `credit.application.${decision}`,
      targetType: 'credit_application',
      targetId: id,
      enterpriseId: app.enterpriseId,
      detail: { penaltyId: app.penaltyId, reason: why || null, deliveriesQueued: queued },
    });
    return presentApplication(row!, ctx.now);
  });
}

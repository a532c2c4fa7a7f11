import { and, eq } from 'drizzle-orm';
import type { Db } from '../platform/db/client.js';
import type { Ctx } from '../platform/policy/actor.js';
import { requireUser } from '../platform/policy/policy.js';
import { AppError } from '../platform/errors/app-error.js';
import { recordAudit } from '../platform/audit/record.js';
import { inspections } from './schema.js';
import { getInspection } from './get-inspection.js';
import { announceChange } from '../platform/changes/change-feed.js';
import { changingVisit } from './visit-changes.js';

/** A5 — revocation with a reason; a revoked code scans as `revoked`. Officers of the visit's departments. */
export async function revokeInspection(db: Db, ctx: Ctx, id: string, { reason }: { reason: string }) {
  requireUser(ctx.actor, ['officer', 'dept_admin', 'admin']);
  return db.transaction(async (tx) => {
    const { i } = await getInspection(tx, ctx, id, { forUpdate: true });
    if (i.status !== 'issued') throw new AppError(409, 'inspection-not-open');
    await changingVisit(tx, i, () =>
      tx
        .update(inspections)
        .set({ status: 'revoked', revokedAt: ctx.now, revokedReason: reason })
        .where(and(eq(inspections.enterpriseId, i.enterpriseId), eq(inspections.id, i.id))),
    );
    await announceChange(tx, 'inspection', i.id);
    await recordAudit(tx, ctx, { action: 'inspection.revoke', targetType: 'inspection', targetId: i.id, enterpriseId: i.enterpriseId, detail: { reason } });
  });
}

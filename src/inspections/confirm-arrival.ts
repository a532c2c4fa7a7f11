import { and, eq } from 'drizzle-orm';
import type { Db } from '../platform/db/client.js';
import type { Ctx } from '../platform/policy/actor.js';
import { assertEnterprise, requireUser } from '../platform/policy/policy.js';
import { AppError } from '../platform/errors/app-error.js';
import { recordAudit } from '../platform/audit/record.js';
import { inspections } from './schema.js';
import { getInspection } from './get-inspection.js';
import { announceChange } from '../platform/changes/change-feed.js';

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

import { and, eq } from 'drizzle-orm';
import type { Db } from '../platform/db/client.js';
import { AppError } from '../platform/errors/app-error.js';
import type { Ctx } from '../platform/policy/actor.js';
import { requireUser } from '../platform/policy/policy.js';
import { recordAudit } from '../platform/audit/record.js';
import { creditConfig } from './config.js';
import { loadCalendar } from '../calendar/index.js';
import { gatherProofs } from './gather-proofs.js';
import { loadPenalty } from './load-penalty.js';
import { presentApplication } from './present.js';
import { repairApplications } from './schema.js';
import { completion, notePayment } from './apply-for-repair.js';

/** POST /api/credit/applications/:id/gather — asks the sources again for what is still missing. */
export async function gatherAgain(db: Db, ctx: Ctx, id: string) {
  const actor = requireUser(ctx.actor, ['enterprise', 'credit_officer']);
  const [app] = await db.select().from(repairApplications).where(eq(repairApplications.id, id));
  if (!app || (actor.role === 'enterprise' && app.enterpriseId !== actor.enterpriseId)) throw new AppError(404, 'application-not-found');
  if (app.status !== 'awaiting-proof') throw new AppError(409, 'application-not-awaiting-proof');
  const p = await loadPenalty(db, ctx, app.penaltyId);
  const proofs = await gatherProofs(app.proofs.map((x) => x.kind), p.record, creditConfig(), ctx.now, app.proofs);
  const state = completion(proofs, ctx, p.ruleSet.rules.reviewWorkingDays, await loadCalendar(db));
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(repairApplications)
      .set({ proofs, ...state })
      .where(and(eq(repairApplications.id, id), eq(repairApplications.status, 'awaiting-proof')))
      .returning();
    if (!row) throw new AppError(409, 'application-not-awaiting-proof');
    await notePayment(tx, p.record.id, proofs);
    await recordAudit(tx, ctx, {
      action: 'credit.application.gather',
      targetType: 'credit_application',
      targetId: id,
      enterpriseId: app.enterpriseId,
      detail: { status: state.status, proofs: proofs.map((x) => ({ kind: x.kind, status: x.status })) },
    });
    return presentApplication(row, ctx.now);
  });
}

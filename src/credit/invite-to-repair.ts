import { eq } from 'drizzle-orm';
import type { Db } from '../platform/db/client.js';
import { AppError } from '../platform/errors/app-error.js';
import type { Ctx } from '../platform/policy/actor.js';
import { recordAudit } from '../platform/audit/record.js';
import { chinaDay } from '../organisation/index.js';
import { applicationRefusal } from './rules/eligibility.js';
import { loadPenalty } from './load-penalty.js';
import { repairNotice } from './repair-notice.js';
import { requireCreditOfficer } from './policy.js';
import { refusalText } from './messages.js';
import { penaltyRecords } from './schema.js';

/** POST /api/credit/penalties/:id/invitation — the credit officer invites the subject to apply (C4); audited. */
export async function inviteToRepair(db: Db, ctx: Ctx, id: string) {
  requireCreditOfficer(ctx.actor);
  return db.transaction(async (tx) => {
    const p = await loadPenalty(tx, ctx, id, { forUpdate: true });
    const refusal = applicationRefusal(p.record, chinaDay(ctx.now));
    if (refusal) throw new AppError(409, 'penalty-not-invitable', { why: refusalText(refusal, ctx.locale) }, { ...refusal });
    await tx.update(penaltyRecords).set({ invitedAt: ctx.now }).where(eq(penaltyRecords.id, id));
    await recordAudit(tx, ctx, { action: 'credit.penalty.invite', targetType: 'credit_penalty', targetId: id, enterpriseId: p.record.enterpriseId });
    return { id, invitedAt: ctx.now, notice: repairNotice({ ...p, record: { ...p.record, invitedAt: ctx.now } }, ctx.locale) };
  });
}

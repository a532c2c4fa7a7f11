import { desc, eq } from 'drizzle-orm';
import type { Db } from '../platform/db/client.js';
import { AppError } from '../platform/errors/app-error.js';
import type { Ctx } from '../platform/policy/actor.js';
import { recordAudit } from '../platform/audit/record.js';
import { chinaDay } from '../organisation/index.js';
import { applicationRefusal } from './rules/eligibility.js';
import { deliveriesOf } from './deliveries.js';
import { loadPenalty } from './load-penalty.js';
import { presentApplication, presentPenalty } from './present.js';
import { repairNotice } from './repair-notice.js';
import { requireCreditOfficer } from './policy.js';
import { refusalText } from './messages.js';
import { penaltyRecords, repairApplications } from './schema.js';
import { openStatus } from './open-applications.js';

/** GET /api/credit/penalties/:id — the record, its rule set, notice, applications and deliveries (in scope). */
export async function getPenalty(db: Db, ctx: Ctx, id: string) {
  const p = await loadPenalty(db, ctx, id);
  // A penalty record is personal and decides credit: every detail read is audited (issue #10 item 13).
  await recordAudit(db, ctx, { action: 'credit.penalty.view', targetType: 'credit_penalty', targetId: id, enterpriseId: p.record.enterpriseId });
  const apps = await db.select().from(repairApplications).where(eq(repairApplications.penaltyId, id)).orderBy(desc(repairApplications.submittedAt));
  return {
    penalty: presentPenalty(p.record, { departmentName: p.department.name, enterpriseName: p.enterprise.name }, { now: ctx.now, open: openStatus(apps) }),
    ruleSet: { id: p.ruleSet.id, code: p.ruleSet.code, version: p.ruleSet.version, name: p.ruleSet.rules.name },
    notice: repairNotice(p, ctx.locale),
    applications: apps.map((a) => presentApplication(a, ctx.now)),
    deliveries: await deliveriesOf(db, [id], ctx.locale),
  };
}

/** GET /api/credit/penalties/:id/notice — the repair notice (两书同达), for the subject and staff in scope. */
export async function getRepairNotice(db: Db, ctx: Ctx, id: string) {
  return repairNotice(await loadPenalty(db, ctx, id), ctx.locale);
}

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

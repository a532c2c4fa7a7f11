import { eq } from 'drizzle-orm';
import { type Db } from '../platform/db/client.js';
import { AppError } from '../platform/errors/app-error.js';
import type { Ctx } from '../platform/policy/actor.js';
import { requireUser } from '../platform/policy/policy.js';
import { recordAudit } from '../platform/audit/record.js';
import { departments } from '../organisation/schema.js';
import { creditDepartmentRuleSets } from './schema.js';
import { currentRuleSets, actorName } from './rule-sets.js';

/**
 * PUT /api/credit/rule-sets/assignments/:departmentId — the rule set a department applies, and why it publishes
 * minor records where the set publishes them only when necessary (admin; audited).
 */
export async function assignRuleSet(db: Db, ctx: Ctx, departmentId: string, code: string, minorPublishReason: string | null = null) {
  requireUser(ctx.actor, ['admin']);
  const current = await currentRuleSets(db, ctx.now);
  if (!current.some((c) => c.code === code)) throw new AppError(404, 'rule-set-not-found', { code });
  return db.transaction(async (tx) => {
    const [dept] = await tx.select({ id: departments.id }).from(departments).where(eq(departments.id, departmentId));
    if (!dept) throw new AppError(404, 'unknown-department', { id: departmentId });
    const [before] = await tx.select().from(creditDepartmentRuleSets).where(eq(creditDepartmentRuleSets.departmentId, departmentId)).for('update');
    await tx
      .insert(creditDepartmentRuleSets)
      .values({ departmentId, ruleSetCode: code, minorPublishReason, updatedAt: ctx.now, updatedBy: actorName(ctx) })
      .onConflictDoUpdate({
        target: creditDepartmentRuleSets.departmentId,
        set: { ruleSetCode: code, minorPublishReason, updatedAt: ctx.now, updatedBy: actorName(ctx) },
      });
    await recordAudit(tx, ctx, {
      action: 'credit.rule-set.assign',
      targetType: 'department',
      targetId: departmentId,
      detail: { code, previous: before?.ruleSetCode ?? null, minorPublishReason, previousReason: before?.minorPublishReason ?? null },
    });
    return { departmentId, code, minorPublishReason };
  });
}

import { desc, eq, sql } from 'drizzle-orm';
import { type Db } from '../platform/db/client.js';
import { newId } from '../platform/db/ids.js';
import { AppError } from '../platform/errors/app-error.js';
import type { Ctx } from '../platform/policy/actor.js';
import { requireUser } from '../platform/policy/policy.js';
import { recordAudit } from '../platform/audit/record.js';
import { creditRuleSets } from './schema.js';
import { ruleSetProblems, type RuleSet } from './rules/rule-set.js';
import { currentRuleSets, actorName } from './rule-sets.js';

/** POST /api/credit/rule-sets/:code/versions — the next version of a rule set (admin; audited). */
export async function createRuleSetVersion(db: Db, ctx: Ctx, code: string, input: { rules: RuleSet; note?: string }) {
  requireUser(ctx.actor, ['admin']);
  const problems = ruleSetProblems(input.rules);
  if (problems.length > 0) throw new AppError(422, 'rule-set-invalid', { problems: problems.join('; ') }, { problems });
  await currentRuleSets(db, ctx.now);
  return db.transaction(async (tx) => {
    // Serialises concurrent changes of one code: the second waits and takes the next number.
    await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`credit_rule_set:${code}`}))`);
    const [previous] = await tx.select().from(creditRuleSets).where(eq(creditRuleSets.code, code)).orderBy(desc(creditRuleSets.version)).limit(1);
    const version = (previous?.version ?? 0) + 1;
    const [row] = await tx
      .insert(creditRuleSets)
      .values({ id: newId(), code, version, rules: input.rules, note: input.note ?? null, createdAt: ctx.now, createdBy: actorName(ctx) })
      .returning();
    await recordAudit(tx, ctx, {
      action: 'credit.rule-set.version',
      targetType: 'credit_rule_set',
      targetId: row!.id,
      detail: { code, version, previousVersion: previous?.version ?? null, note: input.note ?? null, previous: previous?.rules ?? null, rules: input.rules },
    });
    return row!;
  });
}

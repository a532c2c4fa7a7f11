import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../platform/db/client.js';
import { AppError } from '../platform/errors/app-error.js';
import { enterpriseOf } from '../platform/db/owner.js';
import type { Ctx } from '../platform/policy/actor.js';
import { departments } from '../organisation/schema.js';
import { enterprises } from '../enterprises/schema.js';
import { assertInScope, creditScope } from './policy.js';
import { creditRuleSets, penaltyRecords } from './schema.js';

/**
 * A penalty record with the rule-set version it was decided under, its department and subject; 404 when it
 * does not exist or lies outside the caller's scope. `forUpdate` locks the record row (in a transaction) by its
 * enterprise and id (one shard on a Citus cluster).
 */
export async function loadPenalty(db: DbOrTx, ctx: Ctx, id: string, opts: { forUpdate?: boolean } = {}) {
  const enterpriseId = opts.forUpdate ? await enterpriseOf(db, penaltyRecords, id) : undefined;
  if (opts.forUpdate && !enterpriseId) throw new AppError(404, 'penalty-not-found');
  const q = db
    .select({
      record: penaltyRecords,
      ruleSet: { id: creditRuleSets.id, code: creditRuleSets.code, version: creditRuleSets.version, rules: creditRuleSets.rules },
      department: { id: departments.id, code: departments.code, name: departments.name, field: departments.field },
      enterprise: { id: enterprises.id, name: enterprises.name, industry: enterprises.industry },
    })
    .from(penaltyRecords)
    .innerJoin(creditRuleSets, eq(creditRuleSets.id, penaltyRecords.ruleSetId))
    .innerJoin(departments, eq(departments.id, penaltyRecords.departmentId))
    .innerJoin(enterprises, eq(enterprises.id, penaltyRecords.enterpriseId))
    .where(and(enterpriseId ? eq(penaltyRecords.enterpriseId, enterpriseId) : undefined, eq(penaltyRecords.id, id)));
  const [found] = opts.forUpdate ? await q.for('update', { of: penaltyRecords }) : await q;
  if (!found) throw new AppError(404, 'penalty-not-found');
  assertInScope(creditScope(ctx.actor), found.record);
  return found;
}

export type LoadedPenalty = Awaited<ReturnType<typeof loadPenalty>>;

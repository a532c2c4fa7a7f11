import { eq } from 'drizzle-orm';
import { type Db } from '../platform/db/client.js';
import type { Ctx } from '../platform/policy/actor.js';
import { requireUser } from '../platform/policy/policy.js';
import { departments } from '../organisation/schema.js';
import { creditDepartmentRuleSets } from './schema.js';
import { currentRuleSets, ruleSetFor } from './rule-sets.js';

/** GET /api/credit/rule-sets — current versions and the departments applying each (staff). */
export async function listRuleSets(db: Db, ctx: Ctx) {
  requireUser(ctx.actor, ['admin', 'credit_officer', 'supervisor']);
  const current = await currentRuleSets(db, ctx.now);
  const depts = await db
    .select({ id: departments.id, code: departments.code, name: departments.name, field: departments.field, assigned: creditDepartmentRuleSets.ruleSetCode })
    .from(departments)
    .leftJoin(creditDepartmentRuleSets, eq(creditDepartmentRuleSets.departmentId, departments.id))
    .orderBy(departments.code);
  return {
    items: current.map((v) => ({
      code: v.code,
      version: v.version,
      id: v.id,
      name: v.rules.name,
      rules: v.rules,
      createdAt: v.createdAt,
      createdBy: v.createdBy,
      departments: depts
        .filter((d) => ruleSetFor(current, d.field, d.assigned).code === v.code)
        .map((d) => ({ id: d.id, code: d.code, name: d.name, assigned: d.assigned !== null })),
    })),
  };
}

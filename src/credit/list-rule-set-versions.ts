import { desc, eq } from 'drizzle-orm';
import { type Db } from '../platform/db/client.js';
import { AppError } from '../platform/errors/app-error.js';
import type { Ctx } from '../platform/policy/actor.js';
import { requireUser } from '../platform/policy/policy.js';
import { creditRuleSets } from './schema.js';
import { currentRuleSets } from './rule-sets.js';

/** GET /api/credit/rule-sets/:code/versions — every version, newest first (staff). */
export async function listRuleSetVersions(db: Db, ctx: Ctx, code: string) {
  requireUser(ctx.actor, ['admin', 'credit_officer', 'supervisor']);
  await currentRuleSets(db, ctx.now);
  const items = await db.select().from(creditRuleSets).where(eq(creditRuleSets.code, code)).orderBy(desc(creditRuleSets.version));
  if (items.length === 0) throw new AppError(404, 'rule-set-not-found', { code });
  return { items };
}

import { eq, sql } from 'drizzle-orm';
import type { Db } from '../platform/db/client.js';
import { countWithOverdue } from '../platform/db/count-with-overdue.js';
import type { Ctx } from '../platform/policy/actor.js';
import { chinaDayOf } from '../calendar/index.js';
import type { Todo } from '../todos/index.js';
import { repairApplications as a } from './schema.js';

/**
 * Part C's to-dos: the credit officer's applications waiting for review (complete, C4) and those past their review
 * deadline; an enterprise's own applications still waiting for a proof only it can supply.
 */
export async function creditTodos(db: Db, ctx: Ctx): Promise<Todo[]> {
  const u = ctx.actor;
  if (u.kind !== 'user') return [];
  if (u.role === 'credit_officer') {
    const r = await countWithOverdue(db, a, eq(a.status, 'pending'), a.reviewDueOn, chinaDayOf(ctx.now));
    return [
      { key: 'reviews-waiting', count: r.all, link: '/credit/reviews' },
      { key: 'reviews-overdue', count: r.overdue, link: '/credit/reviews', overdue: true },
    ];
  }
  if (u.role === 'enterprise' && u.enterpriseId) {
    const [r] = await db
      .select({ n: sql<number>`count(*) FILTER (WHERE ${a.status} = 'awaiting-proof')::int` })
      .from(a)
      .where(eq(a.enterpriseId, u.enterpriseId));
    return [{ key: 'proofs-to-supply', count: r?.n ?? 0, link: '/my-credit' }];
  }
  return [];
}

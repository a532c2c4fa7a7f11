import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../platform/db/client.js';
import type { Ctx } from '../platform/policy/actor.js';
import type { Todo } from '../todos/index.js';
import { revisitScope } from './policy.js';
import { revisits } from './schema.js';

/** Part G's to-dos: revisits still to do — an officer's team's assignments (G2), or all of them for the supervisor. */
export async function revisitTodos(db: Db, ctx: Ctx): Promise<Todo[]> {
  const a = ctx.actor;
  if (a.kind !== 'user' || !((a.role === 'officer' && a.teamId) || a.role === 'supervisor')) return [];
  const scope = revisitScope(a);
  const [r] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(revisits)
    .where(and(eq(revisits.status, 'pending'), scope.all ? undefined : eq(revisits.assignedTeamId, scope.teamId)));
  return [{ key: 'revisits-to-do', count: r?.n ?? 0, link: scope.all ? '/revisits' : '/revisits/work' }];
}

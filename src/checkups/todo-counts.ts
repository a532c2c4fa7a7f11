import { and, inArray, sql } from 'drizzle-orm';
import type { Db } from '../platform/db/client.js';
import type { Ctx } from '../platform/policy/actor.js';
import type { Todo } from '../todos/index.js';
import { checkupScope, scopeCondition, VISIT_ROLES } from './policy.js';
import { checkupInvitations } from './schema.js';

/**
 * Part E's to-dos, for the check-up side only (experts and service officers; never an enforcement role): check-up
 * requests received and not yet scheduled (E1), visits scheduled (E4), and problems under rectification (E5) in the
 * department. Counts only: no enterprise, no text.
 */
export async function checkupTodos(db: Db, ctx: Ctx): Promise<Todo[]> {
  const a = ctx.actor;
  if (a.kind !== 'user' || !VISIT_ROLES.includes(a.role) || !a.departmentId) return [];
  const [r] = await db
    .select({
      received: sql<number>`count(*) FILTER (WHERE ${checkupInvitations.status} = 'received')::int`,
      scheduled: sql<number>`count(*) FILTER (WHERE ${checkupInvitations.status} = 'scheduled')::int`,
      rectifying: sql<number>`count(*) FILTER (WHERE ${checkupInvitations.status} = 'rectifying')::int`,
    })
    .from(checkupInvitations)
    .where(and(scopeCondition(checkupScope(a)), inArray(checkupInvitations.status, ['received', 'scheduled', 'rectifying'])));
  return [
    { key: 'checkup-requests', count: r?.received ?? 0, link: '/checkups' },
    { key: 'checkup-visits', count: r?.scheduled ?? 0, link: '/checkups' },
    { key: 'checkup-rectifying', count: r?.rectifying ?? 0, link: '/checkups' },
  ];
}

import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../platform/db/client.js';
import type { Ctx } from '../platform/policy/actor.js';
import { chinaDayOf } from '../calendar/index.js';
import type { Todo } from '../todos/index.js';
import { drugRowScope } from './policy.js';
import { followupForms, rectifications } from './schema.js';

/**
 * Rectification to-dos (D6, and the items inspection results open): an enterprise's items to answer and those past
 * their deadline, and its 回头看 forms not yet answered; a department's items reported and waiting for verification,
 * and its items past their deadline. The rows are the caller's by `drugRowScope`.
 */
export async function rectificationTodos(db: Db, ctx: Ctx): Promise<Todo[]> {
  const a = ctx.actor;
  if (a.kind !== 'user') return [];
  const staff = a.role === 'officer' || a.role === 'dept_admin';
  if (a.role !== 'enterprise' && !staff) return [];
  if (staff && !a.departmentId) return [];
  if (a.role === 'enterprise' && !a.enterpriseId) return [];
  const today = chinaDayOf(ctx.now);
  const [r] = await db
    .select({
      open: sql<number>`count(*) FILTER (WHERE ${rectifications.status} = 'open')::int`,
      reported: sql<number>`count(*) FILTER (WHERE ${rectifications.status} = 'reported')::int`,
      overdue: sql<number>`count(*) FILTER (WHERE ${rectifications.status} <> 'closed' AND ${rectifications.deadline} < ${today})::int`,
    })
    .from(rectifications)
    .where(drugRowScope(ctx, rectifications));
  if (staff) {
    return [
      { key: 'rectifications-to-verify', count: r?.reported ?? 0, link: '/drugs/rectifications' },
      { key: 'rectifications-overdue', count: r?.overdue ?? 0, link: '/drugs/rectifications', overdue: true },
    ];
  }
  const [f] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(followupForms)
    .where(and(eq(followupForms.enterpriseId, a.enterpriseId!), isNull(followupForms.answeredAt)));
  return [
    { key: 'rectifications-to-answer', count: r?.open ?? 0, link: '/drugs/my-rectifications' },
    { key: 'rectifications-overdue', count: r?.overdue ?? 0, link: '/drugs/my-rectifications', overdue: true },
    { key: 'forms-to-answer', count: f?.n ?? 0, link: '/drugs/my-forms' },
  ];
}

import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../platform/db/client.js';
import type { Ctx } from '../platform/policy/actor.js';
import { chinaDayOf } from '../calendar/index.js';
import type { Todo } from '../todos/index.js';
import { proofAssists } from './schema.js';

const ANSWERING_ROLES = ['officer', 'dept_admin', 'credit_officer', 'service_officer'];

/** Part F's to-dos: the assisted verifications (协查) the caller's department was asked and has not answered (F3), and those past their last day. */
export async function proofFreeTodos(db: Db, ctx: Ctx): Promise<Todo[]> {
  const a = ctx.actor;
  if (a.kind !== 'user' || !ANSWERING_ROLES.includes(a.role) || !a.departmentId) return [];
  const today = chinaDayOf(ctx.now);
  const [r] = await db
    .select({
      open: sql<number>`count(*)::int`,
      overdue: sql<number>`count(*) FILTER (WHERE ${proofAssists.dueOn} < ${today})::int`,
    })
    .from(proofAssists)
    .where(and(eq(proofAssists.holdingDepartmentId, a.departmentId), eq(proofAssists.status, 'open')));
  return [
    { key: 'assists-to-answer', count: r?.open ?? 0, link: '/proof-free/assists' },
    { key: 'assists-overdue', count: r?.overdue ?? 0, link: '/proof-free/assists', overdue: true },
  ];
}

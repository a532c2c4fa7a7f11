import { and, eq } from 'drizzle-orm';
import type { Db } from '../platform/db/client.js';
import { countWithOverdue } from '../platform/db/count-with-overdue.js';
import type { Ctx } from '../platform/policy/actor.js';
import { chinaDayOf } from '../calendar/index.js';
import type { Todo } from '../todos/index.js';
import { proofAssists } from './schema.js';

const ANSWERING_ROLES = ['officer', 'dept_admin', 'credit_officer', 'service_officer'];

/** Part F's to-dos: the assisted verifications (协查) the caller's department was asked and has not answered (F3), and those past their last day. */
export async function proofFreeTodos(db: Db, ctx: Ctx): Promise<Todo[]> {
  const a = ctx.actor;
  if (a.kind !== 'user' || !ANSWERING_ROLES.includes(a.role) || !a.departmentId) return [];
  const toAnswer = and(eq(proofAssists.holdingDepartmentId, a.departmentId), eq(proofAssists.status, 'open'));
  const r = await countWithOverdue(db, proofAssists, toAnswer, proofAssists.dueOn, chinaDayOf(ctx.now));
  return [
    { key: 'assists-to-answer', count: r.all, link: '/proof-free/assists' },
    { key: 'assists-overdue', count: r.overdue, link: '/proof-free/assists', overdue: true },
  ];
}

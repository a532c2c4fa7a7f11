import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../platform/db/client.js';
import type { Ctx } from '../platform/policy/actor.js';
import type { Todo } from '../todos/index.js';
import { CASE_ANSWERERS, caseScope, INBOX_READERS } from './access.js';
import { signals, supervisionCases } from './schema.js';

/**
 * Part B's to-dos: a department's cases to answer (open or sent back) and those past their deadline (B2); the
 * supervisor's answered cases waiting for review, cases overdue and signals not yet handled (B1).
 */
export async function supervisionTodos(db: Db, ctx: Ctx): Promise<Todo[]> {
  const a = ctx.actor;
  if (a.kind !== 'user') return [];
  const [c] = await db
    .select({
      toAnswer: sql<number>`count(*) FILTER (WHERE ${supervisionCases.status} IN ('open', 'returned'))::int`,
      overdue: sql<number>`count(*) FILTER (WHERE ${supervisionCases.status} IN ('open', 'returned') AND ${supervisionCases.dueAt} < ${ctx.now})::int`,
      toReview: sql<number>`count(*) FILTER (WHERE ${supervisionCases.status} = 'answered')::int`,
    })
    .from(supervisionCases)
    .where(and(caseScope(a), inArray(supervisionCases.status, ['open', 'returned', 'answered'])));
  if (CASE_ANSWERERS.includes(a.role)) {
    return [
      { key: 'cases-to-answer', count: c?.toAnswer ?? 0, link: '/supervision/todo' },
      { key: 'cases-overdue', count: c?.overdue ?? 0, link: '/supervision/todo', overdue: true },
    ];
  }
  if (a.role === 'supervisor') {
    const [s] = await db.select({ n: sql<number>`count(*)::int` }).from(signals).where(eq(signals.status, 'open'));
    return [
      { key: 'signals-open', count: s?.n ?? 0, link: '/supervision/inbox' },
      { key: 'cases-to-review', count: c?.toReview ?? 0, link: '/supervision/cases' },
      { key: 'cases-overdue', count: c?.overdue ?? 0, link: '/supervision/cases', overdue: true },
    ];
  }
  if (INBOX_READERS.includes(a.role)) {
    const [s] = await db.select({ n: sql<number>`count(*)::int` }).from(signals).where(eq(signals.status, 'open'));
    return [{ key: 'signals-open', count: s?.n ?? 0, link: '/supervision/inbox' }];
  }
  return [];
}

import { and, arrayContains, eq, isNull, lte, lt, notExists, sql } from 'drizzle-orm';
import type { Db } from '../platform/db/client.js';
import type { Ctx } from '../platform/policy/actor.js';
import type { Todo } from '../todos/index.js';
import { inspectionScope } from './list-inspections.js';
import { evaluations, inspections } from './schema.js';

const n = sql<number>`count(*)::int`;

/**
 * Part A's to-dos: an officer's visits begun without a result and those past their result deadline (A7); a
 * department administrator's (or the supervisor's) results overdue in scope; an enterprise's visits under way
 * whose arrival it has not confirmed (A6) and finished ones it has not rated (A8).
 */
export async function inspectionTodos(db: Db, ctx: Ctx): Promise<Todo[]> {
  const a = ctx.actor;
  if (a.kind !== 'user') return [];
  const awaiting = and(inspectionScope(a), eq(inspections.status, 'issued'), isNull(inspections.resultRecordedAt), lte(inspections.windowStart, ctx.now));
  if (a.role === 'officer' && a.officerId) {
    const mine = and(awaiting, arrayContains(inspections.officerIds, [a.officerId]));
    const [row] = await db
      .select({ toRecord: n, overdue: sql<number>`count(*) FILTER (WHERE ${inspections.resultDueAt} < ${ctx.now})::int` })
      .from(inspections)
      .where(mine);
    return [
      { key: 'results-to-record', count: row?.toRecord ?? 0, link: '/inspections/tasks' },
      { key: 'results-overdue', count: row?.overdue ?? 0, link: '/inspections/tasks', overdue: true },
    ];
  }
  if (a.role === 'dept_admin' || a.role === 'supervisor') {
    const [row] = await db.select({ n }).from(inspections).where(and(awaiting, lt(inspections.resultDueAt, ctx.now)));
    return [{ key: 'results-overdue', count: row?.n ?? 0, link: a.role === 'supervisor' ? '/supervision/inbox' : '/figures', overdue: true }];
  }
  if (a.role === 'enterprise') {
    const [row] = await db
      .select({
        arrivals: sql<number>`count(*) FILTER (WHERE ${inspections.status} = 'issued' AND ${inspections.arrivalConfirmedAt} IS NULL AND ${inspections.windowStart} <= ${ctx.now} AND ${inspections.windowEnd} > ${ctx.now})::int`,
        toRate: sql<number>`count(*) FILTER (WHERE ${inspections.status} = 'done' AND ${notExists(
          db
            .select({ one: sql`1` })
            .from(evaluations)
            .where(and(eq(evaluations.enterpriseId, inspections.enterpriseId), eq(evaluations.inspectionId, inspections.id))),
        )})::int`,
      })
      .from(inspections)
      .where(inspectionScope(a));
    return [
      { key: 'arrivals-to-confirm', count: row?.arrivals ?? 0, link: '/my-inspections' },
      { key: 'visits-to-evaluate', count: row?.toRate ?? 0, link: '/my-inspections' },
    ];
  }
  return [];
}

import type { Db } from '../platform/db/client.js';
import type { Ctx } from '../platform/policy/actor.js';
import { requireUser } from '../platform/policy/policy.js';
import { loadCalendar } from './calendar.js';
import { addWorkingDays, chinaDayOf, endOfChinaDay } from './working-days.js';

/** GET /api/calendar/deadline — the day `workingDays` working days after `from` (today in China) and its last moment. */
export async function getDeadline(db: Db, ctx: Ctx, q: { from?: string; workingDays: number }) {
  requireUser(ctx.actor);
  const from = q.from ?? chinaDayOf(ctx.now);
  const due = addWorkingDays(from, q.workingDays, await loadCalendar(db));
  return { from, workingDays: q.workingDays, due, dueAt: endOfChinaDay(due).toISOString() };
}

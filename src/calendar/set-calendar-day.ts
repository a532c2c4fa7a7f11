import type { Db } from '../platform/db/client.js';
import type { Ctx } from '../platform/policy/actor.js';
import { requireUser } from '../platform/policy/policy.js';
import { recordAudit } from '../platform/audit/record.js';
import { AppError } from '../platform/errors/app-error.js';
import { calendarDays } from './schema.js';
import { effectiveEntries, type CalendarEntry } from './calendar.js';
import { isDay, weekdayOf } from '../platform/time/days.js';

/** POST /api/calendar/days — adds or corrects an entry (admin; audited with the previous value). */
export async function setCalendarDay(
  db: Db,
  ctx: Ctx,
  input: { day: string; kind: 'holiday' | 'workday'; name: string },
): Promise<CalendarEntry> {
  const admin = requireUser(ctx.actor, ['admin']);
  if (!isDay(input.day)) throw new AppError(422, 'calendar-invalid-day', { day: input.day });
  return db.transaction(async (tx) => {
    const before = (await effectiveEntries(tx)).get(input.day) ?? null;
    await tx
      .insert(calendarDays)
      .values({
        day: input.day,
        kind: input.kind,
        name: input.name,
        updatedBy: admin.username,
        updatedAt: ctx.now,
      })
      .onConflictDoUpdate({
        target: calendarDays.day,
        set: { kind: input.kind, name: input.name, updatedBy: admin.username, updatedAt: ctx.now },
      });
    await recordAudit(tx, ctx, {
      action: 'calendar.set',
      targetType: 'calendar-day',
      targetId: input.day,
      detail: { before, after: input },
    });
    return { ...input, source: 'admin', provisional: false, weekday: weekdayOf(input.day) };
  });
}

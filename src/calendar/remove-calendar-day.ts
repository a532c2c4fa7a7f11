import { eq } from 'drizzle-orm';
import type { Db } from '../platform/db/client.js';
import type { Ctx } from '../platform/policy/actor.js';
import { requireUser } from '../platform/policy/policy.js';
import { recordAudit } from '../platform/audit/record.js';
import { AppError } from '../platform/errors/app-error.js';
import { SHIPPED_DAYS } from './data/cn-holidays.js';
import { calendarDays } from './schema.js';
import { effectiveEntries } from './calendar.js';
import { isDay } from '../platform/time/days.js';

/** DELETE /api/calendar/days/:day — removes an entry, so the day follows the weekday rule again (admin; audited). */
export async function removeCalendarDay(db: Db, ctx: Ctx, day: string): Promise<void> {
  const admin = requireUser(ctx.actor, ['admin']);
  if (!isDay(day)) throw new AppError(422, 'calendar-invalid-day', { day });
  await db.transaction(async (tx) => {
    const before = (await effectiveEntries(tx)).get(day);
    if (!before) throw new AppError(404, 'calendar-entry-not-found', { day });
    const shipped = SHIPPED_DAYS.some((s) => s.day === day);
    if (shipped) {
      await tx
        .insert(calendarDays)
        .values({ day, kind: 'normal', name: before.name, updatedBy: admin.username, updatedAt: ctx.now })
        .onConflictDoUpdate({
          target: calendarDays.day,
          set: { kind: 'normal', updatedBy: admin.username, updatedAt: ctx.now },
        });
    } else {
      await tx.delete(calendarDays).where(eq(calendarDays.day, day));
    }
    await recordAudit(tx, ctx, {
      action: 'calendar.remove',
      targetType: 'calendar-day',
      targetId: day,
      detail: { before },
    });
  });
}

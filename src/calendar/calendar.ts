import { asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../platform/db/client.js';
import type { Ctx } from '../platform/policy/actor.js';
import { requireUser } from '../platform/policy/policy.js';
import { recordAudit } from '../platform/audit/record.js';
import { AppError } from '../platform/errors/app-error.js';
import { SHIPPED_DAYS } from './data/cn-holidays.js';
import { calendarDays } from './schema.js';
import { isValidDay, weekdayOf, type WorkingCalendar } from './working-days.js';
import './messages.js';

export interface CalendarEntry {
  day: string;
  kind: 'holiday' | 'workday';
  name: string;
  /** `official`: as shipped; `admin`: set or corrected by an administrator. */
  source: 'official' | 'admin';
  provisional: boolean;
  weekday: number;
}

/** The effective entries: the shipped data overlaid with the administrator's rows. */
async function effectiveEntries(db: DbOrTx): Promise<Map<string, CalendarEntry>> {
  const out = new Map<string, CalendarEntry>();
  for (const s of SHIPPED_DAYS) {
    out.set(s.day, {
      day: s.day,
      kind: s.kind,
      name: s.name,
      source: 'official',
      provisional: Boolean(s.provisional),
      weekday: weekdayOf(s.day),
    });
  }
  const rows = await db.select().from(calendarDays).orderBy(asc(calendarDays.day));
  for (const r of rows) {
    if (r.kind === 'normal') out.delete(r.day);
    else
      out.set(r.day, {
        day: r.day,
        kind: r.kind,
        name: r.name,
        source: 'admin',
        provisional: false,
        weekday: weekdayOf(r.day),
      });
  }
  return out;
}

/** The working-day calendar in force (a few dozen rows a year: read whole). */
export async function loadCalendar(db: DbOrTx): Promise<WorkingCalendar> {
  const holidays = new Set<string>();
  const workdays = new Set<string>();
  for (const e of (await effectiveEntries(db)).values())
    (e.kind === 'holiday' ? holidays : workdays).add(e.day);
  return { holidays, workdays };
}

export async function listCalendarEntries(db: DbOrTx, ctx: Ctx, year?: number): Promise<CalendarEntry[]> {
  requireUser(ctx.actor);
  const all = [...(await effectiveEntries(db)).values()].sort((a, b) => (a.day < b.day ? -1 : 1));
  return year ? all.filter((e) => e.day.startsWith(`${year}-`)) : all;
}

/** Adds or corrects an entry (admin; audited with the previous value). */
export async function setCalendarEntry(
  db: DbOrTx,
  ctx: Ctx,
  input: { day: string; kind: 'holiday' | 'workday'; name: string },
): Promise<CalendarEntry> {
  const admin = requireUser(ctx.actor, ['admin']);
  if (!isValidDay(input.day)) throw new AppError(422, 'calendar-invalid-day', { day: input.day });
  const before = (await effectiveEntries(db)).get(input.day) ?? null;
  await db
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
  await recordAudit(db, ctx, {
    action: 'calendar.set',
    targetType: 'calendar-day',
    targetId: input.day,
    detail: { before, after: input },
  });
  return { ...input, source: 'admin', provisional: false, weekday: weekdayOf(input.day) };
}

/** Removes an entry, so the day follows the weekday rule again (admin; audited). */
export async function removeCalendarEntry(db: DbOrTx, ctx: Ctx, day: string): Promise<void> {
  const admin = requireUser(ctx.actor, ['admin']);
  if (!isValidDay(day)) throw new AppError(422, 'calendar-invalid-day', { day });
  const before = (await effectiveEntries(db)).get(day);
  if (!before) throw new AppError(404, 'calendar-entry-not-found', { day });
  const shipped = SHIPPED_DAYS.some((s) => s.day === day);
  if (shipped) {
    await db
      .insert(calendarDays)
      .values({ day, kind: 'normal', name: before.name, updatedBy: admin.username, updatedAt: ctx.now })
      .onConflictDoUpdate({
        target: calendarDays.day,
        set: { kind: 'normal', updatedBy: admin.username, updatedAt: ctx.now },
      });
  } else {
    await db.delete(calendarDays).where(eq(calendarDays.day, day));
  }
  await recordAudit(db, ctx, {
    action: 'calendar.remove',
    targetType: 'calendar-day',
    targetId: day,
    detail: { before },
  });
}

import { asc } from 'drizzle-orm';
import type { DbOrTx } from '../platform/db/client.js';
import type { Ctx } from '../platform/policy/actor.js';
import { requireUser } from '../platform/policy/policy.js';
import { SHIPPED_DAYS } from './data/cn-holidays.js';
import { calendarDays } from './schema.js';
import { weekdayOf, type WorkingCalendar } from './working-days.js';

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
export async function effectiveEntries(db: DbOrTx): Promise<Map<string, CalendarEntry>> {
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

/**
 * Working-day arithmetic on a calendar (pure). A day is a China calendar day written `YYYY-MM-DD`.
 *
 * A day is a working day when the calendar marks it an adjusted working day (调休上班), or when it is Monday to
 * Friday and the calendar does not mark it a holiday. Deadlines of supervision cases (B2) count these days.
 */

export interface WorkingCalendar {
  /** Days off that would otherwise be working days (public holidays, their bridging days). */
  holidays: ReadonlySet<string>;
  /** Weekend days that are working days (调休上班). */
  workdays: ReadonlySet<string>;
}

export const EMPTY_CALENDAR: WorkingCalendar = { holidays: new Set(), workdays: new Set() };

// China days come from the one China-time module, days as such from the platform's days; re-exported for the
// calendar's callers.
export { chinaDayOf, endOfChinaDay } from '../platform/time/china.js';
export { shiftDay, weekdayOf } from '../platform/time/days.js';
import { chinaDayOf } from '../platform/time/china.js';
import { checkDay, shiftDay, weekdayOf } from '../platform/time/days.js';

const asDay = (d: Date | string): string => (typeof d === 'string' ? checkDay(d) : chinaDayOf(d));

export function isWorkingDay(day: string, cal: WorkingCalendar): boolean {
  if (cal.workdays.has(day)) return true;
  if (cal.holidays.has(day)) return false;
  const w = weekdayOf(day);
  return w !== 0 && w !== 6;
}

/** Longest search, so a calendar marking every day a holiday cannot loop forever. */
const MAX_SCAN_DAYS = 3660;

/**
 * The `n`-th working day after `date` (the start day itself is not counted; n = 0 returns the start day).
 * A negative `n` counts backwards. `date` is a day or an instant (taken as its China calendar day).
 */
export function addWorkingDays(date: Date | string, n: number, cal: WorkingCalendar): string {
  if (!Number.isInteger(n)) throw new RangeError('n must be an integer');
  let day = asDay(date);
  const step = n < 0 ? -1 : 1;
  let left = Math.abs(n);
  let scanned = 0;
  while (left > 0) {
    day = shiftDay(day, step);
    if (++scanned > MAX_SCAN_DAYS + Math.abs(n)) throw new RangeError('calendar has no working days');
    if (isWorkingDay(day, cal)) left--;
  }
  return day;
}

/**
 * Working days in the interval (from, to]: after `from`, up to and including `to`; negative when `to` is
 * before `from`. So `workingDaysBetween(d, addWorkingDays(d, n, cal), cal) === n`.
 */
export function workingDaysBetween(from: Date | string, to: Date | string, cal: WorkingCalendar): number {
  const a = asDay(from);
  const b = asDay(to);
  if (a === b) return 0;
  const [lo, hi, sign] = a < b ? [a, b, 1] : [b, a, -1];
  let count = 0;
  for (let d = shiftDay(lo, 1); d <= hi; d = shiftDay(d, 1)) if (isWorkingDay(d, cal)) count++;
  return sign * count;
}


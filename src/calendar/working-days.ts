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

const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

// China days come from the one China-time module; re-exported for the calendar's callers.
export { chinaDayOf, endOfChinaDay } from '../platform/time/china.js';
import { chinaDayOf } from '../platform/time/china.js';

function toUtcMidnight(day: string): number {
  const m = DAY_RE.exec(day);
  if (!m) throw new RangeError(`not a day: ${day}`);
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  if (new Date(t).toISOString().slice(0, 10) !== day) throw new RangeError(`not a day: ${day}`);
  return t;
}

const asDay = (d: Date | string): string => (typeof d === 'string' ? (toUtcMidnight(d), d) : chinaDayOf(d));

export function isValidDay(day: string): boolean {
  try {
    toUtcMidnight(day);
    return true;
  } catch {
    return false;
  }
}

/** `day` moved by `n` calendar days. */
export function shiftDay(day: string, n: number): string {
  return new Date(toUtcMidnight(day) + n * 86_400_000).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(day: string): number {
  return new Date(toUtcMidnight(day)).getUTCDay();
}

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


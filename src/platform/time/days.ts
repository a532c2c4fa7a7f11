/**
 * Calendar days written `YYYY-MM-DD` (a penalty's dates, a deadline, a holiday): checked, moved by days, told apart.
 * Days have no time zone here — the day of an instant is `chinaDayOf` (china.ts). Pure.
 */

const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** The day's midnight in UTC milliseconds; a RangeError when `day` is not a day of the calendar (2026-02-29). */
function dayMillis(day: string): number {
  const m = DAY_RE.exec(day);
  if (m) {
    const t = new Date(0).setUTCFullYear(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
    if (new Date(t).toISOString().slice(0, 10) === day) return t;
  }
  throw new RangeError(`not a day: ${day}`);
}

const dayOfMillis = (t: number): string => new Date(t).toISOString().slice(0, 10);

/** `day` itself, checked: a RangeError when it is not a day of the calendar. */
export function checkDay(day: string): string {
  dayMillis(day);
  return day;
}

export function isDay(text: string): boolean {
  try {
    dayMillis(text);
    return true;
  } catch {
    return false;
  }
}

/** `day` moved by `n` calendar days (back when negative). */
export function shiftDay(day: string, n: number): string {
  return dayOfMillis(dayMillis(day) + n * DAY_MS);
}

/** The day after `day`. */
export const nextDay = (day: string): string => shiftDay(day, 1);

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: string, to: string): number => Math.round((dayMillis(to) - dayMillis(from)) / DAY_MS);

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(day: string): number {
  return new Date(dayMillis(day)).getUTCDay();
}

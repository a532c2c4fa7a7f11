/**
 * Calendar days as `YYYY-MM-DD` strings (a penalty's dates are days, not instants). Pure.
 *
 * Months are calendar months (民法典 第二百零二条): a period of N months from the decision date ends on the
 * corresponding day of the N-th month after it, or on that month's last day when it has no such day —
 * 31 January + 1 month = 28 (29) February; 29 February 2028 + 1 year = 28 February 2029. This is date-fns
 * `addMonths`, which clamps to the month end. The period counts from the day after the decision date, so its
 * last day is `addMonthsToDay(decisionDate, N)` and it has passed ("届满后") from the next day on.
 */
import { addDays, addMonths, differenceInCalendarDays, format, parseISO } from 'date-fns';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Local-midnight Date of a day string (date-fns works in local time; a day never crosses a zone here). */
function toDate(day: string): Date {
  if (!DAY.test(day)) throw new RangeError(`not a day: ${day}`);
  const d = parseISO(day);
  if (Number.isNaN(d.getTime()) || format(d, 'yyyy-MM-dd') !== day) throw new RangeError(`not a day: ${day}`);
  return d;
}

const fmt = (d: Date) => format(d, 'yyyy-MM-dd');

export function isDay(text: string): boolean {
  try {
    toDate(text);
    return true;
  } catch {
    return false;
  }
}

/** `day` + `months` calendar months, clamped to the end of a shorter month. */
export function addMonthsToDay(day: string, months: number): string {
  return fmt(addMonths(toDate(day), months));
}

export function addDaysToDay(day: string, days: number): string {
  return fmt(addDays(toDate(day), days));
}

export const nextDay = (day: string): string => addDaysToDay(day, 1);

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: string, to: string): number => differenceInCalendarDays(toDate(to), toDate(from));

/** The year of a day string. */
export const yearOf = (day: string): number => Number(day.slice(0, 4));

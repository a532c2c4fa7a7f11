/**
 * Calendar days as `YYYY-MM-DD` strings (a penalty's dates are days, not instants). Pure.
 *
 * Months are calendar months (民法典 第二百零二条): a period of N months from the decision date ends on the
 * corresponding day of the N-th month after it, or on that month's last day when it has no such day —
 * 31 January + 1 month = 28 (29) February; 29 February 2028 + 1 year = 28 February 2029. This is date-fns
 * `addMonths`, which clamps to the month end. The period counts from the day after the decision date, so its
 * last day is `addMonthsToDay(decisionDate, N)` and it has passed ("届满后") from the next day on.
 */
import { addMonths, format, parseISO } from 'date-fns';
import { checkDay } from '../../platform/time/days.js';

// Days checked, moved by days and counted are the platform's (one implementation for every part).
export { daysBetween, isDay, nextDay, shiftDay } from '../../platform/time/days.js';

/** `day` + `months` calendar months, clamped to the end of a shorter month. */
export function addMonthsToDay(day: string, months: number): string {
  return format(addMonths(parseISO(checkDay(day)), months), 'yyyy-MM-dd');
}

/** The year of a day string. */
export const yearOf = (day: string): number => Number(day.slice(0, 4));

/**
 * 协查 — the holding department answers within a number of working days (default 5, by the working-day calendar);
 * reminders go out from the day before the deadline; an answer on or before the due day is on time.
 */
import { addWorkingDays, chinaDayOf, type WorkingCalendar } from '../../calendar/index.js';

export const ASSIST_RULES = { version: '2026-1', defaultWorkingDays: 5, remindDaysBefore: 1 } as const;

export const assistDueOn = (requestedAt: Date, workingDays: number, cal: WorkingCalendar): string =>
  addWorkingDays(requestedAt, workingDays, cal);

export const answeredOnTime = (answeredAt: Date, dueOn: string): boolean => chinaDayOf(answeredAt) <= dueOn;

/** Whether an open request is due a reminder today (the working day before the deadline, or late). */
export const needsReminder = (now: Date, dueOn: string, cal: WorkingCalendar): boolean =>
  chinaDayOf(now) >= addWorkingDays(dueOn, -ASSIST_RULES.remindDaysBefore, cal);

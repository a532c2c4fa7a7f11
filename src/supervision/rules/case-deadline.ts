/**
 * B2 — a supervision case's deadline: the department is reminded before it, and the case is escalated (to the
 * department and the supervisors) once it has passed without an answer. Pure: the job `supervision-deadlines`
 * (`deadlines.ts`) asks it for every case it might act on, with `now` and the working-day calendar.
 *
 * Source: PRODUCT.md B2 ("a deadline; … Escalation when overdue"); the reminder's lead time is this service's own
 * choice (one working day), kept here as the one number of the rule.
 */
import { addWorkingDays, chinaDayOf, type WorkingCalendar } from '../../calendar/index.js';
import { AWAITING_ANSWER, type CaseStatus } from '../schema.js';

export const CASE_DEADLINE_RULES = {
  /** A case awaiting its department is reminded when this many working days or fewer are left. */
  remindWorkingDaysBefore: 1,
} as const;

/** What the rule reads of a case. */
export interface CaseClock {
  status: CaseStatus;
  /** The last working day (China calendar day, YYYY-MM-DD) and its last moment. */
  dueDay: string;
  dueAt: Date;
  remindedAt: Date | null;
  escalatedAt: Date | null;
}

/** The latest due day that is reminded at `now`: `remindWorkingDaysBefore` working days after today in China. */
export function reminderHorizon(now: Date, calendar: WorkingCalendar): string {
  return addWorkingDays(chinaDayOf(now), CASE_DEADLINE_RULES.remindWorkingDaysBefore, calendar);
}

export type DeadlineStep = 'remind' | 'escalate';

/**
 * The step due for a case at `now`, or null. Only a case awaiting its department's answer (new or returned) has
 * one; each step is taken once (`remindedAt`, `escalatedAt`):
 * - remind: its due day is on or before the horizon (`reminderHorizon`) and its deadline has not passed;
 * - escalate: its deadline has passed. A case already overdue is escalated, never reminded.
 */
export function caseDeadlineStep(c: CaseClock, now: Date, horizon: string): DeadlineStep | null {
  if (!AWAITING_ANSWER.includes(c.status)) return null;
  if (c.dueAt.getTime() > now.getTime()) return !c.remindedAt && c.dueDay <= horizon ? 'remind' : null;
  if (c.dueAt.getTime() < now.getTime()) return !c.escalatedAt ? 'escalate' : null;
  return null;
}

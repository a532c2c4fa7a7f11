import type { Milestone } from '../schema.js';

/** Days before a rectification milestone that the enterprise and its liaison are reminded (E5). */
export const MILESTONE_REMINDER_DAYS = 3;

/**
 * The milestones of an open planned problem due within the reminder window of `today` (China dates,
 * `YYYY-MM-DD`), overdue ones included: each is reminded once (the job keys the notice by milestone).
 */
export function milestonesToRemind(milestones: readonly Milestone[], today: string, days = MILESTONE_REMINDER_DAYS): Milestone[] {
  const limit = addDays(today, days);
  return milestones.filter((m) => m.due <= limit);
}

function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

import { DAY_MS } from './windows.js';

/** A7 — the result is due `days` after the window ends; recorded later, it is late (a supervision signal). */
export const resultDueAt = (windowEnd: Date, days: number): Date => new Date(windowEnd.getTime() + days * DAY_MS);
export const resultIsLate = (dueAt: Date, recordedAt: Date): boolean => recordedAt > dueAt;

/** Emergency back-fill: a code may be issued for a visit already made, up to `limitDays` after its start. */
export function backfillAllowed(windowStart: Date, now: Date, limitDays: number): boolean {
  return windowStart <= now && now.getTime() - windowStart.getTime() <= limitDays * DAY_MS;
}

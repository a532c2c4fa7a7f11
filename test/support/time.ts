/** Milliseconds in an hour and in a day, for moving a test clock. */
export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

/**
 * An inspection window `fromNowDays` days after the test clock's now, `hours` long. By default it opens half an
 * hour before that instant (a window that has started when `fromNowDays` is 0); `opensAfterMs` moves its start.
 */
export function win(t: { clock: { now: Date } }, fromNowDays: number, hours = 8, opensAfterMs = -HOUR / 2) {
  const start = new Date(t.clock.now.getTime() + fromNowDays * DAY + opensAfterMs);
  return { start: start.toISOString(), end: new Date(start.getTime() + hours * HOUR).toISOString() };
}

import { Cron } from 'croner';

/** Schedules are read on the wall clock of the platform's users. */
export const JOB_TIME_ZONE = 'Asia/Shanghai';

/** Longest wait between two retries, whatever the attempt. */
export const DEFAULT_RETRY_CAP_MS = 60 * 60 * 1000;

const patterns = new Map<string, Cron>();

function pattern(schedule: string): Cron {
  let cron = patterns.get(schedule);
  if (!cron) {
    // No callback: croner only evaluates the pattern, it never starts a timer.
    cron = new Cron(schedule, { timezone: JOB_TIME_ZONE, mode: '5-or-6-parts' });
    patterns.set(schedule, cron);
  }
  return cron;
}

/**
 * Throws unless `schedule` is a cron expression of five fields (minute first) or six (second first, for a job that
 * runs every few seconds) that fires at least once after `now`.
 */
export function assertSchedule(schedule: string, now: Date = new Date()): void {
  if (nextRun(schedule, now) === null) throw new Error(`cron expression "${schedule}" never fires`);
}

/**
 * The first slot of a five- or six-field cron expression strictly after `now` (Asia/Shanghai wall clock), or null
 * when the expression never fires again (e.g. 30 February). Throws on a malformed expression.
 */
export function nextRun(schedule: string, now: Date): Date | null {
  return pattern(schedule.trim()).nextRun(now);
}

/**
 * Exponential backoff: `baseMs` after the first failure, doubling with each further failure, never more than
 * `capMs`. `attempt` counts failures so far (1 = the first one failed).
 */
export function retryDelay(attempt: number, baseMs: number, capMs: number = DEFAULT_RETRY_CAP_MS): number {
  const n = Number.isFinite(attempt) ? Math.max(1, Math.floor(attempt)) : 1;
  const base = Math.max(0, baseMs);
  const cap = Math.max(0, capMs);
  // 2^(n-1) overflows to Infinity for large n; the cap bounds it either way.
  return Math.min(cap, base * 2 ** (n - 1));
}

import { afterEach, describe, expect, it } from 'vitest';
import { afterFailure } from './claim-and-run.js';
import { defineJob, getJob, undefineJob } from './define-job.js';
import { assertSchedule, DEFAULT_RETRY_CAP_MS, nextRun, retryDelay } from './next-run.js';

const at = (iso: string) => new Date(iso);

describe('nextRun (Asia/Shanghai wall clock)', () => {
  it('reads the hour on the Shanghai clock (UTC+8)', () => {
    // 09:00 in Shanghai is 01:00 UTC.
    expect(nextRun('0 9 * * *', at('2026-01-01T00:59:00Z'))).toEqual(at('2026-01-01T01:00:00Z'));
  });

  it('is strictly after now: a job due this instant is next due one period later', () => {
    expect(nextRun('0 9 * * *', at('2026-01-01T01:00:00Z'))).toEqual(at('2026-01-02T01:00:00Z'));
    expect(nextRun('* * * * *', at('2026-01-01T01:00:00Z'))).toEqual(at('2026-01-01T01:01:00Z'));
    expect(nextRun('* * * * *', at('2026-01-01T01:00:59.999Z'))).toEqual(at('2026-01-01T01:01:00Z'));
  });

  it('handles steps, weekdays and the month boundary in Shanghai time', () => {
    expect(nextRun('*/15 * * * *', at('2026-03-10T02:07:00Z'))).toEqual(at('2026-03-10T02:15:00Z'));
    // Mondays 02:30 Shanghai; 2026-03-08 is a Sunday.
    expect(nextRun('30 2 * * 1', at('2026-03-08T12:00:00Z'))).toEqual(at('2026-03-08T18:30:00Z'));
    // Midnight of the 1st in Shanghai is 16:00 UTC on the last day of the previous month.
    expect(nextRun('0 0 1 * *', at('2026-01-15T00:00:00Z'))).toEqual(at('2026-01-31T16:00:00Z'));
  });

  it('takes six fields as seconds first (a job every few seconds)', () => {
    expect(nextRun('*/5 * * * * *', at('2026-03-10T02:07:01Z'))).toEqual(at('2026-03-10T02:07:05Z'));
  });

  it('rejects anything but a five- or six-field expression, and one that never fires', () => {
    expect(() => nextRun('* * * * * * *', new Date())).toThrow();
    expect(() => nextRun('every day', new Date())).toThrow();
    expect(() => nextRun('61 * * * *', new Date())).toThrow();
    expect(nextRun('0 0 30 2 *', new Date())).toBeNull();
    expect(() => assertSchedule('0 0 30 2 *')).toThrow(/never fires/);
    expect(() => assertSchedule('30 2 * * *')).not.toThrow();
  });
});

describe('retryDelay', () => {
  it('doubles from the base with each failure', () => {
    expect([1, 2, 3, 4, 5].map((n) => retryDelay(n, 1000))).toEqual([1000, 2000, 4000, 8000, 16000]);
  });

  it('is capped, also for absurd attempt counts', () => {
    expect(retryDelay(7, 1000, 30_000)).toBe(30_000);
    expect(retryDelay(5000, 1000)).toBe(DEFAULT_RETRY_CAP_MS);
    expect(retryDelay(Number.POSITIVE_INFINITY, 1000)).toBe(1000);
  });

  it('treats an attempt below 1 as the first, and a zero base as no wait', () => {
    expect(retryDelay(0, 500)).toBe(500);
    expect(retryDelay(-3, 500)).toBe(500);
    expect(retryDelay(4, 0)).toBe(0);
  });
});

describe('afterFailure', () => {
  const def = { maxAttempts: 3, retryBaseMs: 60_000 };
  const nextSlot = at('2026-01-01T02:00:00Z');

  it('retries with backoff while attempts remain and the retry precedes the next slot', () => {
    expect(afterFailure(0, def, nextSlot, at('2026-01-01T01:00:00Z'))).toEqual({
      attempts: 1,
      nextRunAt: at('2026-01-01T01:01:00Z'),
    });
    expect(afterFailure(1, def, nextSlot, at('2026-01-01T01:01:00Z'))).toEqual({
      attempts: 2,
      nextRunAt: at('2026-01-01T01:03:00Z'),
    });
  });

  it('gives the slot up after the last attempt, or when the retry would not come before the next slot', () => {
    expect(afterFailure(2, def, nextSlot, at('2026-01-01T01:03:00Z'))).toEqual({
      attempts: 0,
      nextRunAt: nextSlot,
    });
    expect(afterFailure(0, def, nextSlot, at('2026-01-01T01:59:30Z'))).toEqual({
      attempts: 0,
      nextRunAt: nextSlot,
    });
  });
});

describe('defineJob', () => {
  afterEach(() => undefineJob('test.define'));

  it('registers a job with defaults, once per name, and checks the schedule', () => {
    const handler = async () => null;
    const def = defineJob({ name: 'test.define', schedule: ' 30 2 * * * ', handler });
    expect(def).toMatchObject({ schedule: '30 2 * * *', maxAttempts: 3, retryBaseMs: 60_000 });
    expect(getJob('test.define')).toBe(def);
    expect(() => defineJob({ name: 'test.define', schedule: '* * * * *', handler })).toThrow(
      /already defined/,
    );
    expect(() => defineJob({ name: 'test.other', schedule: '* * * *', handler })).toThrow();
    expect(() => defineJob({ name: 'Bad Name', schedule: '* * * * *', handler })).toThrow(/invalid job name/);
    expect(() => defineJob({ name: 'test.zero', schedule: '* * * * *', handler, maxAttempts: 0 })).toThrow();
  });
});

import { describe, it, expect } from 'vitest';
import { afterFailure, passwordAcceptable, passwordStrongEnough, sessionLive, SIGN_IN_DELAY, waitMs, type FailureState } from './rules.js';

const t0 = new Date('2026-11-27T08:00:00Z');
const min = (m: number) => new Date(t0.getTime() + m * 60_000);

describe('failed attempts meet a growing delay, never a lock', () => {
  it('4 failures are free; then 1 s, 2 s, 4 s … up to 15 minutes', () => {
    let s: FailureState | undefined;
    for (let i = 0; i < 4; i++) s = afterFailure(s, t0, SIGN_IN_DELAY);
    expect(waitMs(s, t0)).toBe(0);
    const waits: number[] = [];
    for (let i = 0; i < 14; i++) {
      s = afterFailure(s, t0, SIGN_IN_DELAY);
      waits.push(waitMs(s, t0));
    }
    expect(waits.slice(0, 4)).toEqual([1000, 2000, 4000, 8000]);
    expect(Math.max(...waits)).toBe(15 * 60_000);
  });
  it('the delay has passed once its moment has', () => {
    const s = afterFailure({ failures: 4, notBefore: null }, t0, SIGN_IN_DELAY);
    expect(waitMs(s, new Date(t0.getTime() + 999))).toBe(1);
    expect(waitMs(s, new Date(t0.getTime() + 1000))).toBe(0);
  });
});

describe('password policy', () => {
  it.each([
    ['Qinqing#2026', true],
    ['abcdefgh', false],
    ['Abcdefgh', false],
    ['Abcdefg1', true],
    ['abc#1234', true],
    ['Ab#1', false],
  ])('%s → %s', (pw, ok) => expect(passwordAcceptable(pw)).toBe(ok));

  it.each([
    ['Password1', false],
    ['Qinqing#2026', false], // the published demo password
    ['P@ssw0rd!', false],
    ['Admin@123', false],
    ['Welcome1!', false],
    ['N3w-Secret-Pass', true],
    ['Better#Pass2027', true],
  ])('as a new password, %s → %s', (pw, ok) => expect(passwordStrongEnough(pw)).toBe(ok));

  it('counts the account’s own name as known', () => {
    expect(passwordStrongEnough('Zhangjianguo#1')).toBe(true);
    expect(passwordStrongEnough('Zhangjianguo#1', ['zhangjianguo'])).toBe(false);
  });
});

describe('session expiry', () => {
  const limits = { idleMinutes: 30, maxHours: 12 };
  it('is live at exactly 30 idle minutes and dead after', () => {
    expect(sessionLive({ createdAt: t0, lastSeenAt: t0, endedAt: null }, min(30), limits)).toBe(true);
    expect(sessionLive({ createdAt: t0, lastSeenAt: t0, endedAt: null }, new Date(min(30).getTime() + 1), limits)).toBe(false);
    expect(sessionLive({ createdAt: t0, lastSeenAt: t0, endedAt: min(1) }, min(2), limits)).toBe(false);
  });
  it('ends 12 hours after sign-in however busy', () => {
    expect(sessionLive({ createdAt: t0, lastSeenAt: min(12 * 60 - 1), endedAt: null }, min(12 * 60), limits)).toBe(true);
    expect(sessionLive({ createdAt: t0, lastSeenAt: min(12 * 60), endedAt: null }, min(12 * 60 + 1), limits)).toBe(false);
  });
});

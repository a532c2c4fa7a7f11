import { describe, it, expect } from 'vitest';
import { afterFailure, afterSuccess, isLocked, passwordAcceptable, sessionLive, type LockState } from './rules.js';

const t0 = new Date('2026-11-27T08:00:00Z');
const min = (m: number) => new Date(t0.getTime() + m * 60_000);

describe('lockout after 5 failures for 15 minutes', () => {
  it('4 failures do not lock, the 5th does', () => {
    let s: LockState = { failedAttempts: 0, lockedUntil: null };
    for (let i = 0; i < 4; i++) s = afterFailure(s, t0);
    expect(isLocked(s, t0)).toBe(false);
    s = afterFailure(s, t0);
    expect(isLocked(s, t0)).toBe(true);
    expect(s.lockedUntil).toEqual(min(15));
  });
  it('the lock ends after 15 minutes and the count starts again', () => {
    let s: LockState = { failedAttempts: 5, lockedUntil: min(15) };
    expect(isLocked(s, min(14))).toBe(true);
    expect(isLocked(s, min(15))).toBe(false);
    s = afterFailure(s, min(16));
    expect(s).toEqual({ failedAttempts: 1, lockedUntil: null });
  });
  it('success clears the count', () => {
    expect(afterSuccess()).toEqual({ failedAttempts: 0, lockedUntil: null });
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
});

describe('idle session expiry', () => {
  it('is live at exactly 30 idle minutes and dead after', () => {
    expect(sessionLive({ lastSeenAt: t0, endedAt: null }, min(30), 30)).toBe(true);
    expect(sessionLive({ lastSeenAt: t0, endedAt: null }, new Date(min(30).getTime() + 1), 30)).toBe(false);
    expect(sessionLive({ lastSeenAt: t0, endedAt: min(1) }, min(2), 30)).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { applyBy, daysLeft, dueWindow, windowRanges } from './reminder-windows.js';

const W = [180, 90, 30];
const today = '2026-12-06';
const plus = (n: number) => new Date(Date.UTC(2026, 11, 6) + n * 86_400_000).toISOString().slice(0, 10);

describe('D2 expiry reminder windows', () => {
  it('181 days left is in no window; 180 and 179 are in the 180-day window', () => {
    expect(daysLeft(plus(181), today)).toBe(181);
    expect(dueWindow(plus(181), today, W)).toBeNull();
    expect(dueWindow(plus(180), today, W)).toBe(180);
    expect(dueWindow(plus(179), today, W)).toBe(180);
  });
  it('each window starts on its day: 91 → 180, 90 → 90, 31 → 90, 30 → 30, the last valid day → 30, expired → none', () => {
    expect(dueWindow(plus(91), today, W)).toBe(180);
    expect(dueWindow(plus(90), today, W)).toBe(90);
    expect(dueWindow(plus(31), today, W)).toBe(90);
    expect(dueWindow(plus(30), today, W)).toBe(30);
    expect(dueWindow(plus(0), today, W)).toBe(30);
    expect(dueWindow(plus(-1), today, W)).toBeNull();
  });
  it('windows may come in any order and a kind may have its own', () => {
    expect(dueWindow(plus(45), today, [30, 60])).toBe(60);
    expect(dueWindow(plus(61), today, [60, 30])).toBeNull();
  });
  it('gives the sweep adjacent, non-overlapping ranges of expiry days', () => {
    expect(windowRanges(today, W)).toEqual([
      { windowDays: 180, from: plus(91), to: plus(180) },
      { windowDays: 90, from: plus(31), to: plus(90) },
      { windowDays: 30, from: plus(0), to: plus(30) },
    ]);
  });
  it('names the last day to apply for renewal', () => {
    expect(applyBy('2027-06-30', 60)).toBe('2027-05-01');
  });
});

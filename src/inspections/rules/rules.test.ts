import { describe, expect, it } from 'vitest';
import { plannedCodeConflict } from './planned-frequency.js';
import { frequencyBreaches, frequencySignalKey } from './visit-frequency.js';
import { jointCandidates } from './joint-proposal.js';
import { annualCapReached } from './annual-cap.js';
import { codeStatus } from './code-status.js';
import { backfillAllowed, resultDueAt, resultIsLate } from './result-deadline.js';
import { DAY_MS } from './windows.js';
import { PART_A_RULE_SETS } from './rule-set.js';

const R = PART_A_RULE_SETS[0]!;

const t0 = new Date('2026-12-01T01:00:00Z');
const at = (days: number, hours = 0) => new Date(t0.getTime() + days * DAY_MS + hours * 3_600_000);

describe('A3 — one planned code per enterprise in any 7 days (about windows, not starts: defect 12)', () => {
  // A code valid for one instant at t0, and windows that start at `s` and last `h` hours.
  const existing = [{ id: 'x', code: 'CODE-X', windowStart: t0, windowEnd: t0 }];
  const w = (start: Date, hours = 0) => ({ start, end: new Date(start.getTime() + hours * 3_600_000) });
  it('refuses a planned code 6 days 23 hours later, naming the existing code', () => {
    expect(plannedCodeConflict(existing, w(at(6, 23)), R.plannedWindowDays)?.code).toBe('CODE-X');
  });
  it('allows one exactly 7 days later', () => {
    expect(plannedCodeConflict(existing, w(at(7)), R.plannedWindowDays)).toBeNull();
  });
  it('looks both ways: 6 days 23 hours earlier is refused too', () => {
    expect(plannedCodeConflict(existing, w(at(-6, -23)), R.plannedWindowDays)?.id).toBe('x');
    expect(plannedCodeConflict(existing, w(at(-7)), R.plannedWindowDays)).toBeNull();
    // …and a window that ends 6 days 23 hours before t0 is too close, whenever it started.
    expect(plannedCodeConflict(existing, { start: at(-20), end: at(-6, -23) }, R.plannedWindowDays)?.id).toBe('x');
    expect(plannedCodeConflict(existing, { start: at(-20), end: at(-7) }, R.plannedWindowDays)).toBeNull();
  });
  it('a 20-day code and another department’s planned code starting 24 days after its start: refused while the first is still valid within 7 days', () => {
    const long = [{ id: 'long', code: 'CODE-LONG', windowStart: at(0), windowEnd: at(20) }];
    // Starts 24 days apart (the old start-only rule allowed this): the windows are 4 days apart.
    expect(plannedCodeConflict(long, w(at(24), 8), R.plannedWindowDays)?.code).toBe('CODE-LONG');
    // Overlapping windows always conflict.
    expect(plannedCodeConflict(long, w(at(10), 8), R.plannedWindowDays)?.code).toBe('CODE-LONG');
    // The boundary: 7 days after the first window ends is allowed, a minute less is not.
    expect(plannedCodeConflict(long, w(at(27), 8), R.plannedWindowDays)).toBeNull();
    expect(plannedCodeConflict(long, w(new Date(at(27).getTime() - 60_000), 8), R.plannedWindowDays)?.id).toBe('long');
  });
});

describe('A9 — more than 2 in 7 days or more than 3 in 30 days', () => {
  it('exactly 2 in 7 days raises nothing; the 3rd raises the 7-day alert', () => {
    expect(frequencyBreaches([at(0), at(3)], at(3), R.alerts)).toEqual([]);
    const b = frequencyBreaches([at(0), at(3), at(6, 23)], at(6, 23), R.alerts);
    expect(b.map((x) => x.kind)).toEqual(['frequency-7d']);
    expect(b[0]).toMatchObject({ count: 3, windowFrom: at(0) });
  });
  it('3 visits spread over 7 days exactly do not share a 7-day window', () => {
    expect(frequencyBreaches([at(0), at(3), at(7)], at(7), R.alerts)).toEqual([]);
  });
  it('exactly 3 in 30 days raises nothing; the 4th raises the 30-day alert', () => {
    const three = [at(0), at(10), at(20)];
    expect(frequencyBreaches(three, at(20), R.alerts)).toEqual([]);
    const four = [...three, at(29, 23)];
    expect(frequencyBreaches(four, at(29, 23), R.alerts).map((x) => x.kind)).toEqual(['frequency-30d']);
    expect(frequencyBreaches([...three, at(30)], at(30), R.alerts)).toEqual([]);
  });
  it('a 4th visit inside the same 7-day window names the same window (one signal, not two)', () => {
    const third = frequencyBreaches([at(0), at(1), at(2)], at(2), R.alerts)[0]!;
    const fourth = frequencyBreaches([at(0), at(1), at(2), at(3)], at(3), R.alerts)[0]!;
    expect(fourth.windowFrom).toEqual(third.windowFrom);
    expect(frequencySignalKey(fourth, 'e')).toBe(frequencySignalKey(third, 'e'));
  });
  it('an enterprise visited every day for 12 weeks: one 7-day signal a week and one 30-day signal a month, not one a visit', () => {
    const starts: Date[] = [];
    const keys = new Map<string, Set<string>>([['frequency-7d', new Set()], ['frequency-30d', new Set()]]);
    for (let d = 0; d < 84; d++) {
      starts.push(at(d));
      for (const b of frequencyBreaches(starts, at(d), R.alerts)) keys.get(b.kind)!.add(frequencySignalKey(b, 'e'));
    }
    expect(keys.get('frequency-7d')!.size).toBeGreaterThanOrEqual(12);
    expect(keys.get('frequency-7d')!.size).toBeLessThanOrEqual(13);
    expect(keys.get('frequency-30d')!.size).toBeGreaterThanOrEqual(3);
    expect(keys.get('frequency-30d')!.size).toBeLessThanOrEqual(4);
  });
  it('two enterprises never share a key', () => {
    const b = frequencyBreaches([at(0), at(1), at(2)], at(2), R.alerts)[0]!;
    expect(frequencySignalKey(b, 'a')).not.toBe(frequencySignalKey(b, 'b'));
  });
});

describe('A4 — joint visit proposal', () => {
  const n = (id: string, dept: string, start: Date, status: 'issued' | 'done' = 'issued') => ({
    id, code: id, departmentIds: [dept], windowStart: start, windowEnd: start, status,
  });
  it('proposes another department’s open visit within 7 days, nearest first', () => {
    const c = jointCandidates([n('far', 'eco', at(6)), n('near', 'fire', at(1)), n('own', 'market', at(0)), n('out', 'eco', at(7)), n('done', 'eco', at(0), 'done')], 'market', at(0), 7);
    expect(c.map((x) => x.id)).toEqual(['near', 'far']);
  });
});

describe('annual cap (off by default, triggered exempt)', () => {
  it('caps planned inspections only', () => {
    expect(annualCapReached('planned', 5, null)).toBe(false);
    expect(annualCapReached('planned', 1, 2)).toBe(false);
    expect(annualCapReached('planned', 2, 2)).toBe(true);
    expect(annualCapReached('triggered', 9, 2)).toBe(false);
  });
});

describe('code status at scan time', () => {
  const i = { status: 'issued' as const, windowStart: at(0), windowEnd: at(0, 8), codeVersion: 2 };
  it('follows the window, revocation, completion and version', () => {
    expect(codeStatus(i, 2, at(-1))).toBe('not-yet-valid');
    expect(codeStatus(i, 2, at(0, 1))).toBe('valid');
    expect(codeStatus(i, 2, at(0, 9))).toBe('expired');
    expect(codeStatus(i, 1, at(0, 1))).toBe('revoked');
    expect(codeStatus({ ...i, status: 'revoked' }, 2, at(0, 1))).toBe('revoked');
    expect(codeStatus({ ...i, status: 'done' }, 2, at(0, 9))).toBe('done');
    expect(codeStatus(i, 3, at(0, 1))).toBe('invalid');
  });
});

describe('result deadline and emergency back-fill', () => {
  it('is due 3 days after the window; later is late', () => {
    const due = resultDueAt(at(0, 8), 3);
    expect(due).toEqual(at(3, 8));
    expect(resultIsLate(due, at(3, 8))).toBe(false);
    expect(resultIsLate(due, at(3, 9))).toBe(true);
  });
  it('allows back-filling up to 10 days after the visit', () => {
    expect(backfillAllowed(at(0), at(10), 10)).toBe(true);
    expect(backfillAllowed(at(0), at(10, 1), 10)).toBe(false);
    expect(backfillAllowed(at(1), at(0), 10)).toBe(false);
  });
});

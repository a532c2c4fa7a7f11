import { describe, expect, it } from 'vitest';
import { repairState } from './repair-state.js';
import { daysBetween } from './days.js';

const published = { status: 'published' as const, minEnd: '2027-01-15', maxEnd: '2027-10-14', autoRepair: false };

describe('C3/C4 — what a record allows on a China day (the web shows it; issue 19 point 5)', () => {
  it('apply-later up to the minimum’s last day, apply-now from the day after, ended after the maximum', () => {
    expect(repairState(published, null, '2027-01-15')).toBe('apply-later');
    expect(repairState(published, null, '2027-01-16')).toBe('apply-now');
    expect(repairState(published, null, '2027-10-14')).toBe('apply-now');
    expect(repairState(published, null, '2027-10-15')).toBe('ended');
  });
  it('an open application decides while published; automatic and never-early follow the record', () => {
    expect(repairState(published, 'pending', '2027-02-01')).toBe('in-review');
    expect(repairState(published, 'awaiting-proof', '2027-02-01')).toBe('awaiting-proof');
    expect(repairState({ ...published, autoRepair: true }, null, '2027-01-01')).toBe('automatic');
    expect(repairState({ ...published, minEnd: null }, null, '2027-02-01')).toBe('never-early');
  });
  it('a record no longer published keeps its status', () => {
    for (const status of ['repaired', 'expired', 'not-published'] as const) expect(repairState({ ...published, status }, 'pending', '2027-02-01')).toBe(status);
  });
  it('days between China days count the calendar', () => {
    expect(daysBetween('2027-02-28', '2027-03-01')).toBe(1);
    expect(daysBetween('2027-03-05', '2027-03-01')).toBe(-4);
  });
});

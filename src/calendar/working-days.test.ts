import { describe, expect, it } from 'vitest';
import { SHIPPED_DAYS } from './data/cn-holidays.js';
import {
  addWorkingDays,
  endOfChinaDay,
  isWorkingDay,
  weekdayOf,
  workingDaysBetween,
  type WorkingCalendar,
  EMPTY_CALENDAR,
} from './working-days.js';

const shipped: WorkingCalendar = {
  holidays: new Set(SHIPPED_DAYS.filter((d) => d.kind === 'holiday').map((d) => d.day)),
  workdays: new Set(SHIPPED_DAYS.filter((d) => d.kind === 'workday').map((d) => d.day)),
};

describe('the shipped 2026 calendar', () => {
  it('has National Day 1–7 October off and the adjusted working Sunday 20 September and Saturday 10 October', () => {
    for (let d = 1; d <= 7; d++) expect(isWorkingDay(`2026-10-0${d}`, shipped)).toBe(false);
    expect(weekdayOf('2026-09-20')).toBe(0);
    expect(isWorkingDay('2026-09-20', shipped)).toBe(true);
    expect(weekdayOf('2026-10-10')).toBe(6);
    expect(isWorkingDay('2026-10-10', shipped)).toBe(true);
    expect(isWorkingDay('2026-10-11', shipped)).toBe(false); // an ordinary Sunday
  });

  it('has the Spring Festival 15–23 February off with Saturdays 14 and 28 February worked', () => {
    expect(['2026-02-15', '2026-02-19', '2026-02-23'].map((d) => isWorkingDay(d, shipped))).toEqual([
      false,
      false,
      false,
    ]);
    expect(isWorkingDay('2026-02-14', shipped)).toBe(true);
    expect(isWorkingDay('2026-02-28', shipped)).toBe(true);
    expect(isWorkingDay('2026-02-24', shipped)).toBe(true);
  });

  it('marks every adjusted working day on a weekend and every holiday entry once', () => {
    for (const d of shipped.workdays) expect([0, 6]).toContain(weekdayOf(d));
    expect(new Set(SHIPPED_DAYS.map((d) => d.day)).size).toBe(SHIPPED_DAYS.length);
  });
});

describe('addWorkingDays', () => {
  it('counts working days after the start day, skipping weekends on a plain calendar', () => {
    expect(addWorkingDays('2026-11-27', 0, EMPTY_CALENDAR)).toBe('2026-11-27'); // Friday
    expect(addWorkingDays('2026-11-27', 1, EMPTY_CALENDAR)).toBe('2026-11-30'); // → Monday
    expect(addWorkingDays('2026-11-27', 5, EMPTY_CALENDAR)).toBe('2026-12-04');
  });

  it('crosses the 2026 National Day holiday and the adjusted working Saturday: 5 working days from Tuesday 29 September end on Monday 12 October', () => {
    // 30 Sep (1), then 1–7 Oct are off, 8 Oct (2), 9 Oct (3), Saturday 10 Oct is worked (4), 12 Oct (5).
    expect(addWorkingDays('2026-09-29', 2, shipped)).toBe('2026-10-08');
    expect(addWorkingDays('2026-09-29', 4, shipped)).toBe('2026-10-10');
    expect(addWorkingDays('2026-09-29', 5, shipped)).toBe('2026-10-12');
    // Without the calendar it would be 6 October.
    expect(addWorkingDays('2026-09-29', 5, EMPTY_CALENDAR)).toBe('2026-10-06');
  });

  it('counts the adjusted working Sunday 20 September', () => {
    // Friday 18 Sep + 1 working day = Sunday 20 Sep (调休上班), not Monday 21.
    expect(addWorkingDays('2026-09-18', 1, shipped)).toBe('2026-09-20');
    expect(addWorkingDays('2026-09-18', 2, shipped)).toBe('2026-09-21');
  });

  it('counts backwards with a negative n', () => {
    expect(addWorkingDays('2026-10-12', -5, shipped)).toBe('2026-09-29');
  });

  it('takes an instant as its China calendar day', () => {
    // 2026-09-29T17:00Z is already 30 September in China: 1 working day later is 8 October.
    expect(addWorkingDays(new Date('2026-09-29T17:00:00Z'), 1, shipped)).toBe('2026-10-08');
  });
});

describe('workingDaysBetween', () => {
  it('counts the working days after the first day up to and including the last', () => {
    expect(workingDaysBetween('2026-09-30', '2026-10-08', shipped)).toBe(1);
    expect(workingDaysBetween('2026-09-29', '2026-10-12', shipped)).toBe(5);
    expect(workingDaysBetween('2026-10-12', '2026-09-29', shipped)).toBe(-5);
    expect(workingDaysBetween('2026-10-01', '2026-10-07', shipped)).toBe(0);
    expect(workingDaysBetween('2026-10-09', '2026-10-10', shipped)).toBe(1); // the adjusted working Saturday
  });

  it('is the inverse of addWorkingDays', () => {
    for (const start of ['2026-01-01', '2026-02-13', '2026-04-30', '2026-09-19', '2026-12-31']) {
      for (const n of [0, 1, 3, 10, 30])
        expect(workingDaysBetween(start, addWorkingDays(start, n, shipped), shipped)).toBe(n);
    }
  });
});

describe('endOfChinaDay', () => {
  it('is 23:59:59.999 at UTC+8', () => {
    expect(endOfChinaDay('2026-10-12').toISOString()).toBe('2026-10-12T15:59:59.999Z');
  });
});

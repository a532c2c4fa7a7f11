import { describe, expect, it } from 'vitest';
import { addDays, differenceInCalendarDays, format, parseISO } from 'date-fns';
import { checkDay, daysBetween, isDay, nextDay, shiftDay, weekdayOf } from './days.js';

describe('days', () => {
  it('knows the days of the calendar, leap days included', () => {
    expect(['2028-02-29', '0050-03-01', '2026-12-31'].filter(isDay)).toHaveLength(3);
    expect(['2026-02-29', '2026-13-01', '2026-1-01', '2026-12-07T00:00', ''].filter(isDay)).toEqual([]);
    expect(checkDay('2026-12-07')).toBe('2026-12-07');
    expect(() => checkDay('2026-02-30')).toThrow(RangeError);
    expect(() => shiftDay('not a day', 1)).toThrow('not a day: not a day');
  });

  it('moves and counts days as date-fns does, across months, years and leap days', () => {
    for (let day = '2026-01-01'; day < '2030-01-01'; day = nextDay(day)) {
      for (const n of [-400, -31, -1, 0, 1, 29, 366]) {
        const byDateFns = format(addDays(parseISO(day), n), 'yyyy-MM-dd');
        expect(shiftDay(day, n)).toBe(byDateFns);
        expect(daysBetween(day, byDateFns)).toBe(differenceInCalendarDays(parseISO(byDateFns), parseISO(day)));
      }
    }
  });

  it('tells the weekday', () => {
    expect(weekdayOf('2026-09-20')).toBe(0);
    expect(weekdayOf('2026-12-07')).toBe(1);
    expect(weekdayOf('2028-02-29')).toBe(2);
  });
});

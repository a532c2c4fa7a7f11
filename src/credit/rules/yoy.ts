/** C7 — the periods a year-on-year figure compares. Pure. */
import { oneChinaYearBefore, startOfChinaYear } from '../../platform/time/china.js';

/**
 * The periods compared year on year (the seed's 今年以来…同比): this year from 1 January to now (China time), and
 * the same stretch of the previous year — 1 January to the same moment one year earlier. A past year is compared
 * whole with the whole year before it.
 */
export function yoyPeriods(year: number, now: Date) {
  const start = startOfChinaYear(year);
  const end = startOfChinaYear(year + 1);
  const to = now < end ? now : end;
  return {
    current: { from: start, to },
    previous: { from: startOfChinaYear(year - 1), to: to === end ? start : oneChinaYearBefore(to) },
  };
}

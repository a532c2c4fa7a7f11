import { chinaDayOf, startOfChinaDay } from '../../platform/time/china.js';

/**
 * How a figures range [from, to) is answered: the whole China days inside it from the day aggregates, the
 * partial days at its edges live from the rows (a few hours of data at most). Pure.
 */
export interface Instants {
  from?: Date;
  to?: Date;
}
export interface SplitRange {
  /** Whole China days [from, to) as YYYY-MM-DD (either side open), or null when no whole day is inside. */
  days: { from?: string; to?: string } | null;
  /** Instant ranges to count live. */
  live: Instants[];
}

const DAY_MS = 86_400_000;

/** Start (as an instant) of the China day holding `t`. */
const chinaMidnight = (t: Date): Date => startOfChinaDay(t);

export function splitRange(range: Instants): SplitRange {
  const live: Instants[] = [];
  let dayFrom: Date | undefined;
  let dayTo: Date | undefined;
  if (range.from) {
    const m = chinaMidnight(range.from);
    dayFrom = m.getTime() === range.from.getTime() ? m : new Date(m.getTime() + DAY_MS);
  }
  if (range.to) dayTo = chinaMidnight(range.to);
  if (dayFrom && dayTo && dayFrom.getTime() >= dayTo.getTime()) {
    return range.from!.getTime() < range.to!.getTime()
      ? { days: null, live: [{ from: range.from, to: range.to }] }
      : { days: null, live: [] };
  }
  if (range.from && dayFrom && dayFrom.getTime() !== range.from.getTime())
    live.push({ from: range.from, to: dayFrom });
  if (range.to && dayTo && dayTo.getTime() !== range.to.getTime()) live.push({ from: dayTo, to: range.to });
  return {
    days: { ...(dayFrom ? { from: chinaDayOf(dayFrom) } : {}), ...(dayTo ? { to: chinaDayOf(dayTo) } : {}) },
    live,
  };
}

import { DAY_MS } from './windows.js';

export interface FrequencyBreach {
  kind: 'frequency-7d' | 'frequency-30d';
  days: number;
  max: number;
  count: number;
  /** Start of the busiest window containing the new visit: identifies "the same window" for de-duplication. */
  windowFrom: Date;
}

/**
 * A9 — 同一家企业7天内检查超过2次或30天内超过3次: for a new visit at `start`, the busiest window of each rule that
 * contains it. `starts` are the starts of every counted visit of the enterprise, the new one included
 * (all departments, planned and triggered; a joint visit counts once).
 */
export function frequencyBreaches(
  starts: Date[],
  start: Date,
  rules: { kind: 'frequency-7d' | 'frequency-30d'; days: number; max: number }[],
): FrequencyBreach[] {
  const times = starts.map((d) => d.getTime()).sort((a, b) => a - b);
  const t = start.getTime();
  const out: FrequencyBreach[] = [];
  for (const rule of rules) {
    const len = rule.days * DAY_MS;
    let best = { count: 0, from: t };
    // Every window [from, from + len) that contains t and starts at a visit.
    for (const from of times) {
      if (from > t || from + len <= t) continue;
      const count = times.filter((x) => x >= from && x < from + len).length;
      if (count > best.count) best = { count, from };
    }
    if (best.count > rule.max) out.push({ ...rule, count: best.count, windowFrom: new Date(best.from) });
  }
  return out;
}

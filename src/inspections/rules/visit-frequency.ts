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

/**
 * The de-duplication key of an A9 signal: one signal per enterprise, rule and period of the rule's length
 * (periods counted from the epoch), taken at the start of the breaching window. An enterprise visited daily
 * keeps breaching in windows that slide a day at a time; keyed by the window itself it would raise a signal
 * with every visit, keyed by the period it raises one a week (7-day rule) and one a month (30-day rule) —
 * the supervisor sees the episode, not its every day.
 */
export function frequencySignalKey(b: Pick<FrequencyBreach, 'kind' | 'days' | 'windowFrom'>, enterpriseId: string): string {
  const period = Math.floor(b.windowFrom.getTime() / (b.days * DAY_MS));
  return `${b.kind}:${enterpriseId}:${period}`;
}

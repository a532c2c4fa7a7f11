import type { Inspection, InspectionKind } from '../types';

export const DAY_MS = 86_400_000;
/** A3 / A4: one planned code per 7 days; joint proposals within 7 days. */
export const PLANNED_WINDOW_DAYS = 7;
/** A9: more than `max` visits within `days` is a supervision alert. */
export const ALERT_RULES = [
  { days: 7, max: 2 },
  { days: 30, max: 3 },
] as const;

export type LiveWarning =
  | { kind: 'planned-refused' | 'over-frequency'; inspection: Inspection }
  | { kind: 'joint'; inspection: Inspection }
  | { kind: 'frequency'; count: number; days: number };

const near = (a: number, b: number, days: number) => Math.abs(a - b) < days * DAY_MS;

/** The largest number of visits (the new one included) in any `days`-long window that contains `start`. */
export function busiestWindow(starts: readonly number[], start: number, days: number): number {
  const span = days * DAY_MS;
  const all = [...starts, start];
  let best = 0;
  for (const from of all) {
    if (from > start || from <= start - span) continue; // windows [from, from + span) that contain start
    best = Math.max(best, all.filter((s) => s >= from && s < from + span).length);
  }
  return best;
}

/**
 * What the server will most likely say about a new visit, from the enterprise's visits the officer can see
 * (own department's): A3 refusal or over-frequency warning, A4 joint proposals, A9 alerts. The server decides.
 */
export function liveWarnings(
  visible: readonly Inspection[],
  kind: InspectionKind,
  start: number,
  departmentId: string | undefined,
): LiveWarning[] {
  const open = visible.filter((i) => i.status !== 'revoked');
  const at = (i: Inspection) => Date.parse(i.window.start);
  const out: LiveWarning[] = [];
  const planned = open
    .filter((i) => i.kind === 'planned' && near(at(i), start, PLANNED_WINDOW_DAYS))
    .sort((a, b) => Math.abs(at(a) - start) - Math.abs(at(b) - start))[0];
  if (planned)
    out.push({ kind: kind === 'planned' ? 'planned-refused' : 'over-frequency', inspection: planned });
  for (const i of open) {
    const otherDepartment = !departmentId || !i.departmentIds.includes(departmentId);
    if (i.status === 'issued' && otherDepartment && near(at(i), start, PLANNED_WINDOW_DAYS)) {
      out.push({ kind: 'joint', inspection: i });
    }
  }
  const starts = open.map(at);
  for (const rule of ALERT_RULES) {
    const count = busiestWindow(starts, start, rule.days);
    if (count > rule.max) out.push({ kind: 'frequency', count, days: rule.days });
  }
  return out;
}

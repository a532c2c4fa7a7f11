import { DAY_MS } from './windows.js';

export interface PlannedCode {
  id: string;
  code: string;
  windowStart: Date;
  windowEnd: Date;
}

/** The time between two windows: 0 when they overlap or touch, else from the end of the first to the start of the second. */
export function windowGap(a: { start: Date; end: Date }, b: { start: Date; end: Date }): number {
  return Math.max(0, Math.max(a.start.getTime(), b.start.getTime()) - Math.min(a.end.getTime(), b.end.getTime()));
}

/**
 * A3 — 一家企业在7天内仅能生成一个计划内的检查码 ("一个经营主体 7 天内只有一个计划内检查码"): a planned code is
 * valid over its whole window (up to 30 days), so A3 is about the windows, not their starts — two planned codes
 * conflict when their windows come closer than `windowDays` (overlapping windows always do). Returns the
 * nearest conflicting code, if any. Decided for issue 11 (defect 12); see docs/RULES-IN-CODE.md.
 */
export function plannedCodeConflict<T extends PlannedCode>(existing: T[], window: { start: Date; end: Date }, windowDays: number): T | null {
  const limit = windowDays * DAY_MS;
  let nearest: T | null = null;
  let best = Infinity;
  for (const p of existing) {
    const gap = windowGap({ start: p.windowStart, end: p.windowEnd }, window);
    const tie = Math.abs(p.windowStart.getTime() - window.start.getTime());
    if (gap < limit && (gap < best || (gap === best && nearest && tie < Math.abs(nearest.windowStart.getTime() - window.start.getTime())))) {
      nearest = p;
      best = gap;
    }
  }
  return nearest;
}

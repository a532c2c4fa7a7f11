import { DAY_MS } from './windows.js';

export interface PlannedCode {
  id: string;
  code: string;
  windowStart: Date;
}

/**
 * A3 — 一家企业在7天内仅能生成一个计划内的检查码: the planned code that a new planned inspection starting at
 * `start` would share a 7-day window with, if any (strictly less than 7 days apart, either side).
 */
export function plannedCodeConflict<T extends PlannedCode>(existing: T[], start: Date, windowDays: number): T | null {
  const limit = windowDays * DAY_MS;
  let nearest: T | null = null;
  for (const p of existing) {
    const gap = Math.abs(p.windowStart.getTime() - start.getTime());
    if (gap < limit && (!nearest || gap < Math.abs(nearest.windowStart.getTime() - start.getTime()))) nearest = p;
  }
  return nearest;
}

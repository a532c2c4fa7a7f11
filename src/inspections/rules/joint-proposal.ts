import { DAY_MS } from './windows.js';

export interface NearbyInspection {
  id: string;
  code: string;
  departmentIds: string[];
  windowStart: Date;
  windowEnd: Date;
  status: 'issued' | 'revoked' | 'done';
}

/**
 * A4 — 同一监管对象检查日期相距7天内的检查，自动提示形成联查: other departments' open inspections of the same
 * enterprise within the joint window of `start`, nearest first. A visit already done or revoked is not proposed.
 */
export function jointCandidates<T extends NearbyInspection>(nearby: T[], departmentId: string, start: Date, windowDays: number): T[] {
  const limit = windowDays * DAY_MS;
  return nearby
    .filter((n) => n.status === 'issued' && !n.departmentIds.includes(departmentId))
    .filter((n) => Math.abs(n.windowStart.getTime() - start.getTime()) < limit)
    .sort((a, b) => Math.abs(a.windowStart.getTime() - start.getTime()) - Math.abs(b.windowStart.getTime() - start.getTime()));
}

/**
 * D2 — expiry reminder windows (pure). A licence is "in" window W on a China day when W is the smallest of its
 * kind's windows with daysLeft ≤ W (daysLeft = validUntil − today, 0 on the last valid day). With the default
 * {180, 90, 30}: 181 days left → none; 180 … 91 → 180; 90 … 31 → 90; 30 … 0 → 30; expired → none. A licence
 * registered already inside a window is in that window only (earlier windows are not sent late); each window is
 * sent once per licence (the reminder table's key), so these functions only say which window is due.
 */
import { daysBetween, shiftDay } from '../../platform/time/days.js';

/** Defaults (PRODUCT.md D2): 180, 90 and 30 days before expiry; configurable per licence kind. */
export const DEFAULT_REMINDER_WINDOWS = [180, 90, 30] as const;

/** Whole days from `today` to `validUntil` (both China days, `YYYY-MM-DD`). */
export const daysLeft = (validUntil: string, today: string): number => daysBetween(today, validUntil);

/** Windows as the rule reads them: positive whole days, distinct, largest first. */
export function normaliseWindows(windows: readonly number[]): number[] {
  return [...new Set(windows.filter((w) => Number.isInteger(w) && w > 0))].sort((a, b) => b - a);
}

/** The window a licence is in today, or null (not yet near, or expired). */
export function dueWindow(validUntil: string, today: string, windows: readonly number[]): number | null {
  const left = daysLeft(validUntil, today);
  if (left < 0) return null;
  const inside = normaliseWindows(windows).filter((w) => left <= w);
  return inside.length ? inside[inside.length - 1]! : null;
}

/**
 * The ranges of expiry days in each window today — what the sweep asks the database for, so it reads only
 * licences near expiry (`valid_until BETWEEN from AND to`). Adjacent ranges do not overlap.
 */
export function windowRanges(today: string, windows: readonly number[]): { windowDays: number; from: string; to: string }[] {
  const ws = normaliseWindows(windows);
  return ws.map((w, i) => {
    const smaller = ws[i + 1];
    return { windowDays: w, from: shiftDay(today, smaller === undefined ? 0 : smaller + 1), to: shiftDay(today, w) };
  });
}

/** The last day to file the renewal application (the law's lead time before expiry). */
export const applyBy = (validUntil: string, renewalLeadDays: number): string => shiftDay(validUntil, -renewalLeadDays);

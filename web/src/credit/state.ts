import { nextDay } from './dates';
import type { Application, Penalty, RepairPath } from './types';

/**
 * What a penalty record allows its subject now, from the record and its open application:
 *   repaired / expired / not-published  the record is no longer shown (or never was)
 *   ended           published, but its maximum has passed (publicity stops with the next nightly run)
 *   automatic       免申即享: repaired by the system once its minimum passed and the penalty is performed
 *   apply-now       无感申请: the minimum has passed, the subject may apply
 *   apply-later     the minimum has not passed yet
 *   never-early     it only stops at its maximum
 *   in-review / awaiting-proof   an application is open
 */
export type RepairState =
  | 'repaired'
  | 'expired'
  | 'not-published'
  | 'ended'
  | 'automatic'
  | 'apply-now'
  | 'apply-later'
  | 'never-early'
  | 'in-review'
  | 'awaiting-proof';

export const isOpen = (a: Pick<Application, 'status'>) => a.status === 'pending' || a.status === 'awaiting-proof';

export function repairState(p: Penalty, open: Application | undefined, today: string): RepairState {
  if (p.status !== 'published') return p.status;
  if (p.publicity.maxEnd !== null && today > p.publicity.maxEnd) return 'ended';
  if (open?.status === 'pending') return 'in-review';
  if (open?.status === 'awaiting-proof') return 'awaiting-proof';
  if (p.repairPath === 'automatic') return 'automatic';
  if (p.repairPath === 'none' || p.repairableFrom === null) return 'never-early';
  return today >= p.repairableFrom ? 'apply-now' : 'apply-later';
}

/** The newest application of each record (the API lists an enterprise's newest first). */
export function latestByRecord<T extends Pick<Application, 'penaltyId' | 'submittedAt'>>(
  applications: readonly T[],
): Map<string, T> {
  const out = new Map<string, T>();
  for (const a of applications) {
    const seen = out.get(a.penaltyId);
    if (!seen || a.submittedAt > seen.submittedAt) out.set(a.penaltyId, a);
  }
  return out;
}

/**
 * The first day the record could be repaired, also once it left publicity (the API then sends null); null when
 * it never could be before its maximum.
 */
export const repairableFromOf = (p: Penalty): string | null =>
  p.repairableFrom ?? (p.publicity.minEnd ? nextDay(p.publicity.minEnd) : null);

/** How the record was or is to be repaired; null for one that ended otherwise (expired, not published). */
export function repairPathOf(p: Penalty): RepairPath | null {
  if (p.repairedHow) return p.repairedHow;
  return p.status === 'published' ? p.repairPath : null;
}

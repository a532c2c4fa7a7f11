/**
 * C3/C4 — what a penalty record allows its subject on a China day, from the record and its open application
 * (the web shows this state; it never derives it):
 *   repaired / expired / not-published  the record is no longer shown (or never was)
 *   ended           published, but its maximum has passed (publicity stops with the next nightly run)
 *   in-review / awaiting-proof   an application is open
 *   automatic       免申即享: repaired by the system once its minimum passed and the penalty is performed
 *   never-early     it only stops at its maximum
 *   apply-now       无感申请: the minimum has passed, the subject may apply
 *   apply-later     the minimum has not passed yet
 * Pure.
 */
import { repairableFrom, type RecordState } from './eligibility.js';

export const REPAIR_STATES = [
  'repaired',
  'expired',
  'not-published',
  'ended',
  'automatic',
  'apply-now',
  'apply-later',
  'never-early',
  'in-review',
  'awaiting-proof',
] as const;
export type RepairState = (typeof REPAIR_STATES)[number];

export type OpenApplicationStatus = 'pending' | 'awaiting-proof';

export function repairState(r: Pick<RecordState, 'status' | 'minEnd' | 'maxEnd' | 'autoRepair'>, open: OpenApplicationStatus | null, today: string): RepairState {
  if (r.status !== 'published') return r.status;
  if (r.maxEnd !== null && today > r.maxEnd) return 'ended';
  if (open === 'pending') return 'in-review';
  if (open === 'awaiting-proof') return 'awaiting-proof';
  const from = repairableFrom(r);
  if (from === null) return 'never-early';
  if (r.autoRepair) return 'automatic';
  return today >= from ? 'apply-now' : 'apply-later';
}

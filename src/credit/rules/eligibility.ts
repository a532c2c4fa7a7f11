/**
 * C2–C4 — what a penalty record's state allows on a given day. The auto-repair job's SQL says the same as
 * `autoRepairDue` / `expiryDue` (the job's tests check one against the other). Pure.
 */
import { nextDay } from './days.js';
import type { PenaltyKind, PenaltyStatus, ProofKind, Severity } from './kinds.js';
import type { RuleSet } from './rule-set.js';

export interface RecordState {
  status: PenaltyStatus;
  severity: Severity;
  kinds: readonly PenaltyKind[];
  fineAmount: number | null;
  minEnd: string | null;
  maxEnd: string | null;
  autoRepair: boolean;
  /** The day the penalty was fully performed (fine paid …); null while unknown. */
  dutiesFulfilledOn: string | null;
}

/** The first day the record may be repaired; null when it never may be before it stops. */
export const repairableFrom = (r: Pick<RecordState, 'minEnd'>): string | null => (r.minEnd === null ? null : nextDay(r.minEnd));

/** C6: shown in the public credit record today — published, not repaired, its maximum not yet passed. */
export function isActive(r: Pick<RecordState, 'status' | 'maxEnd'>, today: string): boolean {
  return r.status === 'published' && r.maxEnd !== null && today <= r.maxEnd;
}

/** Whether the penalty itself asks something of the subject that must be shown done (a fine to pay). */
export const hasDuties = (r: Pick<RecordState, 'fineAmount'>): boolean => (r.fineAmount ?? 0) > 0;

/** C3 免申即享: published, automatic repair applies, the minimum has passed and the duties are done. */
export function autoRepairDue(r: RecordState, today: string): boolean {
  return r.status === 'published' && r.autoRepair && r.minEnd !== null && today > r.minEnd && r.dutiesFulfilledOn !== null;
}

/** C2: publicity stops by itself after the maximum — unless the record is repaired the same day. */
export function expiryDue(r: RecordState, today: string): boolean {
  return r.status === 'published' && r.maxEnd !== null && today > r.maxEnd && !autoRepairDue(r, today);
}

export type ApplicationRefusal =
  | { reason: 'not-published' | 'already-repaired' | 'expired' | 'never-early' }
  | { reason: 'too-early'; repairableFrom: string };

/** C4: may the subject apply today? The minimum must have passed; the rest is shown by proofs. */
export function applicationRefusal(r: RecordState, today: string): ApplicationRefusal | null {
  if (r.status === 'repaired') return { reason: 'already-repaired' };
  if (r.status === 'not-published') return { reason: 'not-published' };
  if (r.status === 'expired' || !isActive(r, today)) return { reason: 'expired' };
  const from = repairableFrom(r);
  if (from === null) return { reason: 'never-early' };
  if (today < from) return { reason: 'too-early', repairableFrom: from };
  return null;
}

/**
 * The proofs an application needs: the fine's payment receipt when there is a fine; proof of rectification
 * (harm removed) for records that are not minor when the rule set asks for it. The credit commitment is always
 * needed and signed online.
 */
export function requiredProofs(r: Pick<RecordState, 'fineAmount' | 'severity'>, rules: Pick<RuleSet, 'requireRectification'>): ProofKind[] {
  const out: ProofKind[] = [];
  if (hasDuties(r)) out.push('fine-receipt');
  if (rules.requireRectification && r.severity !== 'minor') out.push('rectification');
  return out;
}

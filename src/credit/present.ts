import { chinaDay } from '../organisation/index.js';
import { repairableFrom } from './rules/eligibility.js';
import { daysBetween } from './rules/days.js';
import { repairState, type OpenApplicationStatus } from './rules/repair-state.js';
import { chinaDayOf } from '../platform/time/china.js';
import type { penaltyRecords, repairApplications } from './schema.js';

type PenaltyRow = typeof penaltyRecords.$inferSelect;
type ApplicationRow = typeof repairApplications.$inferSelect;

/** How a published record can end: repaired automatically, on application, or only by its maximum. */
export function repairPath(r: Pick<PenaltyRow, 'status' | 'autoRepair' | 'minEnd'>): 'automatic' | 'application' | 'none' {
  if (r.status !== 'published' || r.minEnd === null) return 'none';
  return r.autoRepair ? 'automatic' : 'application';
}

/** What the record allows on a day: the China day of `now` and the record's open application, if any. */
export interface PenaltyView {
  now: Date;
  open: OpenApplicationStatus | null;
}

/**
 * A penalty record as the API answers it, with what the web shows and must not derive itself: the C3/C4 state
 * on today's China day (`state`, a label key), the first day of repair also once the record left publicity
 * (`repairableFromDay`), the last day shown at most (`publicity.maxEnd`, the one day the notice and every page
 * name: 最长公示至) and how it was or is to be repaired.
 */
export function presentPenalty(r: PenaltyRow, extra: { departmentName?: string | null; enterpriseName?: string | null }, view: PenaltyView) {
  const path = repairPath(r);
  return {
    id: r.id,
    enterpriseId: r.enterpriseId,
    uscc: r.uscc,
    enterpriseName: extra.enterpriseName ?? undefined,
    decisionNo: r.decisionNo,
    departmentId: r.departmentId,
    departmentName: extra.departmentName ?? undefined,
    decisionDate: r.decisionDate,
    kinds: r.kinds,
    fineAmount: r.fineAmount,
    severity: r.severity,
    status: r.status,
    publicity: { start: r.publicityStart, minEnd: r.minEnd, maxEnd: r.maxEnd },
    repairableFrom: r.status === 'published' ? repairableFrom(r) : null,
    repairableFromDay: repairableFrom(r),
    repairPath: path,
    /** How the record was repaired, or is to be while published; null for one that ended otherwise. */
    repairWay: r.repairedHow ?? (r.status === 'published' ? path : null),
    state: repairState(r, view.open, chinaDayOf(view.now)),
    /** The China day the state was judged on. */
    today: chinaDayOf(view.now),
    publicityClass: r.publicityClass,
    ruleSetId: r.ruleSetId,
    dutiesFulfilledOn: r.dutiesFulfilledOn,
    invitedAt: r.invitedAt,
    repairedAt: r.repairedAt,
    repairedHow: r.repairedHow,
    expiredAt: r.expiredAt,
    createdAt: r.createdAt,
  };
}

export function presentApplication(a: ApplicationRow, now: Date) {
  const missing = a.proofs.filter((p) => p.status === 'missing').map((p) => p.kind);
  const reviewHours = a.acceptedAt && a.decidedAt ? (a.decidedAt.getTime() - a.acceptedAt.getTime()) / 3_600_000 : null;
  return {
    id: a.id,
    penaltyId: a.penaltyId,
    enterpriseId: a.enterpriseId,
    origin: a.origin,
    status: a.status,
    proofs: a.proofs,
    missing,
    checks: a.checks,
    commitment: a.commitment,
    submittedAt: a.submittedAt,
    acceptedAt: a.acceptedAt,
    reviewDueOn: a.reviewDueOn,
    /** Calendar days from today (China) to the review deadline; negative once passed. */
    reviewDaysLeft: a.reviewDueOn === null ? null : daysBetween(chinaDayOf(now), a.reviewDueOn),
    overdue: a.status === 'pending' && a.reviewDueOn !== null && chinaDay(now) > a.reviewDueOn,
    decidedAt: a.decidedAt,
    decidedBy: a.decidedBy,
    reason: a.reason,
    reviewHours: reviewHours === null ? null : Math.round(reviewHours * 10) / 10,
  };
}

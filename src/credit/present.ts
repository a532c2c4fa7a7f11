import { chinaDay } from '../organisation/certificate.js';
import { repairableFrom } from './rules/eligibility.js';
import type { penaltyRecords, repairApplications } from './schema.js';

type PenaltyRow = typeof penaltyRecords.$inferSelect;
type ApplicationRow = typeof repairApplications.$inferSelect;

/** How a published record can end: repaired automatically, on application, or only by its maximum. */
export function repairPath(r: Pick<PenaltyRow, 'status' | 'autoRepair' | 'minEnd'>): 'automatic' | 'application' | 'none' {
  if (r.status !== 'published' || r.minEnd === null) return 'none';
  return r.autoRepair ? 'automatic' : 'application';
}

export function presentPenalty(r: PenaltyRow, extra: { departmentName?: string | null; enterpriseName?: string | null } = {}) {
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
    repairPath: repairPath(r),
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
    overdue: a.status === 'pending' && a.reviewDueOn !== null && chinaDay(now) > a.reviewDueOn,
    decidedAt: a.decidedAt,
    decidedBy: a.decidedBy,
    reason: a.reason,
    reviewHours: reviewHours === null ? null : Math.round(reviewHours * 10) / 10,
  };
}

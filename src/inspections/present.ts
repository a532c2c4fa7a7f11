import type { Actor } from '../platform/policy/actor.js';
import { evaluationBar } from './rules/evaluation.js';
import type { inspections } from './schema.js';

type Row = typeof inspections.$inferSelect;

/** Who asks and when, and the enterprise's rating of the visit (if it rated it). */
export interface InspectionView {
  actor: Actor;
  now: Date;
  evaluatedAt: Date | null;
}

export function presentInspection(i: Row, enterprise: { name: string; uscc: string }, view: InspectionView) {
  const own = view.actor.kind === 'user' && view.actor.role === 'enterprise' && view.actor.enterpriseId === i.enterpriseId;
  return {
    id: i.id,
    code: i.code,
    enterprise: { id: i.enterpriseId, ...enterprise },
    kind: i.kind,
    trigger: i.trigger,
    status: i.status,
    leadDepartmentId: i.leadDepartmentId,
    departmentIds: i.departmentIds,
    itemIds: i.itemIds,
    officerIds: i.officerIds,
    window: { start: i.windowStart.toISOString(), end: i.windowEnd.toISOString() },
    overFrequency: i.overFrequency,
    backfilled: i.backfilled,
    joint: i.departmentIds.length > 1,
    mergedCount: i.mergedCount,
    resultDueAt: i.resultDueAt.toISOString(),
    result: i.result,
    resultRecordedAt: i.resultRecordedAt?.toISOString() ?? null,
    resultLate: i.resultLate,
    arrivalConfirmedAt: i.arrivalConfirmedAt?.toISOString() ?? null,
    revokedReason: i.revokedReason,
    createdAt: i.createdAt.toISOString(),
    /** A8: when the enterprise rated the visit, and whether the caller may rate it now (the 评价 button). */
    evaluation: {
      evaluatedAt: view.evaluatedAt?.toISOString() ?? null,
      allowed: own && evaluationBar(i, view.evaluatedAt !== null, view.now) === null,
    },
  };
}

import type { inspections } from './schema.js';

type Row = typeof inspections.$inferSelect;

export function presentInspection(i: Row, enterprise: { name: string; uscc: string }) {
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
  };
}

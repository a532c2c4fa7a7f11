import type { Statement } from '../platform/db/pipeline.js';
import type { inspections } from './schema.js';

type NewVisit = Required<
  Pick<
    typeof inspections.$inferInsert,
    | 'id' | 'enterpriseId' | 'kind' | 'trigger' | 'randomDrawId' | 'leadDepartmentId' | 'departmentIds' | 'itemIds' | 'officerIds' | 'approvedBy'
    | 'scenarioId' | 'windowStart' | 'windowEnd' | 'code' | 'appliedBy' | 'overFrequency' | 'backfilled' | 'resultDueAt' | 'ruleSetId'
    | 'ruleSetVersion' | 'createdAt'
  >
>;

/** A new visit's insert as a prepared statement (code issuance, in a pipelined transaction: platform/db/pipeline.ts). */
export function insertInspectionStatement(v: NewVisit): Statement {
  return {
    name: 'inspection-insert',
    text: `INSERT INTO inspection (id, enterprise_id, kind, trigger, random_draw_id, lead_department_id, department_ids, item_ids, officer_ids, approved_by,
        scenario_id, window_start, window_end, code, applied_by, over_frequency, backfilled, result_due_at, rule_set_id, rule_set_version, created_at)
      VALUES ($1::uuid, $2::uuid, $3, $4, $5::uuid, $6::uuid, $7::uuid[], $8::uuid[], $9::uuid[], $10::uuid,
        $11::uuid, $12::timestamptz, $13::timestamptz, $14, $15::uuid, $16::boolean, $17::boolean, $18::timestamptz, $19, $20::int, $21::timestamptz)`,
    values: [
      v.id, v.enterpriseId, v.kind, v.trigger, v.randomDrawId, v.leadDepartmentId, pgArray(v.departmentIds), pgArray(v.itemIds), pgArray(v.officerIds), v.approvedBy,
      v.scenarioId, v.windowStart, v.windowEnd, v.code, v.appliedBy, v.overFrequency, v.backfilled, v.resultDueAt, v.ruleSetId, v.ruleSetVersion, v.createdAt,
    ],
  };
}

/** A uuid[] parameter as PostgreSQL's array text (the same on both drivers). */
const pgArray = (ids: string[]) => `{${ids.join(',')}}`;

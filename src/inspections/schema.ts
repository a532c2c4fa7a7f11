import { pgTable, text, uuid, boolean, timestamp, integer, jsonb, index, primaryKey, smallint } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';

export const INSPECTION_KINDS = ['planned', 'triggered'] as const;
/** 触发式 sources (A2); `random-draw` marks a planned 双随机 task. */
export const TRIGGERS = ['complaint', 'superior', 'referral', 'enterprise-request', 'non-site-lead', 'emergency'] as const;

export interface InspectionResult {
  outcome: 'no-problem' | 'rectification' | 'case-opened';
  notes: string;
  rectification?: { item: string; deadline: string }[];
  caseNo?: string;
  photoIds: string[];
}

/**
 * 检查任务 with its 检查码 (A2, A5). Enterprise data: carries `enterpriseId` (the distribution key) and its
 * unique constraints include it. A joint visit is one row covering every department's items and officers.
 */
export const inspections = pgTable(
  'inspection',
  {
    id: uuid('id').notNull(),
    enterpriseId: uuid('enterprise_id').notNull(),
    kind: text('kind', { enum: INSPECTION_KINDS }).notNull(),
    trigger: text('trigger', { enum: TRIGGERS }),
    randomDrawId: uuid('random_draw_id'),
    /** The department that applied; `departmentIds` lists all (joint visits have several). */
    leadDepartmentId: uuid('lead_department_id').notNull(),
    departmentIds: uuid('department_ids').array().notNull(),
    itemIds: uuid('item_ids').array().notNull(),
    officerIds: uuid('officer_ids').array().notNull(),
    scenarioId: uuid('scenario_id'),
    windowStart: timestamp('window_start', { withTimezone: true }).notNull(),
    windowEnd: timestamp('window_end', { withTimezone: true }).notNull(),
    status: text('status', { enum: ['issued', 'revoked', 'done'] })
      .notNull()
      .default('issued'),
    /** Current code version: a joint merge re-issues the code; older versions then scan as revoked. */
    codeVersion: integer('code_version').notNull().default(1),
    code: text('code').notNull(),
    appliedBy: uuid('applied_by').notNull(),
    approvedBy: uuid('approved_by').notNull(),
    /** A triggered task that broke the planned-code frequency (A3): supervisors see it. */
    overFrequency: boolean('over_frequency').notNull().default(false),
    /** Emergency inspection whose code was back-filled after the visit (flagged for supervision). */
    backfilled: boolean('backfilled').notNull().default(false),
    /** Departments merged into this visit after it was issued (A4). */
    mergedCount: integer('merged_count').notNull().default(0),
    resultDueAt: timestamp('result_due_at', { withTimezone: true }).notNull(),
    /** The part A rule set (id and version, rules/rule-set.ts) the code was issued under. */
    ruleSetId: text('rule_set_id').notNull(),
    ruleSetVersion: integer('rule_set_version').notNull(),
    result: jsonb('result').$type<InspectionResult>(),
    resultRecordedAt: timestamp('result_recorded_at', { withTimezone: true }),
    resultLate: boolean('result_late').notNull().default(false),
    arrivalConfirmedAt: timestamp('arrival_confirmed_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    revokedReason: text('revoked_reason'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ name: 'inspection_pkey', columns: [t.enterpriseId, t.id] }),
    index('inspection_id_idx').on(t.id),
    index('inspection_enterprise_start_idx').on(t.enterpriseId, t.windowStart),
    // Ranged figures (dashboard "last 30 days", part A figures with from/to): a scan of the range, not of the table.
    index('inspection_window_start_idx').on(t.windowStart),
    index('inspection_lead_department_idx').on(t.leadDepartmentId, t.createdAt),
    // Part A figures that depend on the clock (active vs expired codes): the issued codes still open.
    // (with the window start and departments, so the ranged and department-scoped counts read the index alone)
    index('inspection_issued_window_end_idx').on(t.windowEnd, t.windowStart, t.departmentIds).where(sql`status = 'issued'`),
    index('inspection_result_due_idx').on(t.resultDueAt, t.windowStart, t.departmentIds).where(sql`result_recorded_at IS NULL AND status = 'issued'`),
    index('inspection_departments_gin').using('gin', t.departmentIds),
    index('inspection_officers_gin').using('gin', t.officerIds),
  ],
);

/** A8 — the enterprise's evaluation of one visit (once), on five dimensions of 1–5. */
export const evaluations = pgTable(
  'inspection_evaluation',
  {
    enterpriseId: uuid('enterprise_id').notNull(),
    inspectionId: uuid('inspection_id').notNull(),
    overall: smallint('overall').notNull(),
    conduct: smallint('conduct').notNull(), // 规范
    integrity: smallint('integrity').notNull(), // 廉洁
    efficiency: smallint('efficiency').notNull(), // 效率
    service: smallint('service').notNull(), // 服务
    comment: text('comment'),
    userId: uuid('user_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.enterpriseId, t.inspectionId] })],
);

/** A8 — a complaint about misconduct during a visit. */
export const complaints = pgTable(
  'inspection_complaint',
  {
    id: uuid('id').notNull(),
    enterpriseId: uuid('enterprise_id').notNull(),
    inspectionId: uuid('inspection_id').notNull(),
    category: text('category').notNull(),
    content: text('content').notNull(),
    userId: uuid('user_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ name: 'inspection_complaint_pkey', columns: [t.enterpriseId, t.id] }),
    index('inspection_complaint_id_idx').on(t.id),
    index('inspection_complaint_inspection_idx').on(t.enterpriseId, t.inspectionId),
  ],
);

/** 双随机 — a recorded, reproducible random draw of enterprises and officer pairs. */
export const randomDraws = pgTable('random_draw', {
  id: uuid('id').primaryKey(),
  departmentId: uuid('department_id').notNull(),
  seed: text('seed').notNull(),
  filter: jsonb('filter').$type<Record<string, unknown>>().notNull(),
  ratio: text('ratio').notNull(),
  population: integer('population').notNull(),
  enterpriseIds: uuid('enterprise_ids').array().notNull(),
  assignments: jsonb('assignments').$type<{ enterpriseId: string; officerIds: string[] }[]>().notNull(),
  createdBy: uuid('created_by').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
});

/** Optional annual cap of inspections per enterprise, per department (RULES.md; off by default). */
export const inspectionCaps = pgTable('inspection_cap', {
  departmentId: uuid('department_id').primaryKey(),
  annualCap: integer('annual_cap'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
});

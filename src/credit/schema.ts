/**
 * C — credit repair (信用修复"无感申请"): penalty records, versioned rule sets, repair applications.
 * Deliveries of repairs to the credit platforms are outbox messages (topic `credit.repair`, destination = the
 * platform, idempotency key `repair:{recordId}:{platform}`), so their state lives only in the database.
 */
import { sql } from 'drizzle-orm';
import {
  pgTable,
  text,
  uuid,
  date,
  boolean,
  integer,
  numeric,
  jsonb,
  timestamp,
  index,
  uniqueIndex,
  primaryKey,
} from 'drizzle-orm/pg-core';
import { PENALTY_KINDS, PENALTY_STATUSES, PROCEDURES, REPAIR_HOWS, SEVERITIES, VIOLATION_FIELDS, type PenaltyKind, type ProofKind } from './rules/kinds.js';
import type { RuleSet } from './rules/rule-set.js';

/** A version of a rule set; never changed once written (a change is a new version, audited). */
export const creditRuleSets = pgTable(
  'credit_rule_set',
  {
    id: uuid('id').primaryKey(),
    /** `national`, `market-regulation`, or one an administrator added. */
    code: text('code').notNull(),
    version: integer('version').notNull(),
    rules: jsonb('rules').$type<RuleSet>().notNull(),
    note: text('note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    createdBy: text('created_by'),
  },
  (t) => [uniqueIndex('credit_rule_set_version_key').on(t.code, t.version)],
);

/** Which rule set a department applies, when not the default for its field. Changes are audited. */
export const creditDepartmentRuleSets = pgTable('credit_department_rule_set', {
  departmentId: uuid('department_id').primaryKey(),
  ruleSetCode: text('rule_set_code').notNull(),
  /** Why the department publishes minor records (确有必要, 令第36号); null: not published (the default). */
  minorPublishReason: text('minor_publish_reason'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  updatedBy: text('updated_by'),
});

/** C1 — 行政处罚信息 in the public credit record. */
export const penaltyRecords = pgTable(
  'credit_penalty',
  {
    id: uuid('id').notNull(),
    enterpriseId: uuid('enterprise_id').notNull(),
    uscc: text('uscc').notNull(),
    departmentId: uuid('department_id').notNull(),
    decisionNo: text('decision_no').notNull(),
    decisionDate: date('decision_date').notNull(),
    kinds: text('kinds', { enum: PENALTY_KINDS }).array().$type<PenaltyKind[]>().notNull(),
    fineAmount: numeric('fine_amount', { precision: 14, scale: 2, mode: 'number' }),
    severity: text('severity', { enum: SEVERITIES }).notNull(),
    /** Whether the department gave the severity (else the rule set derived it). */
    severityGiven: boolean('severity_given').notNull().default(false),
    /** 简易程序 / 普通程序. */
    procedure: text('procedure', { enum: PROCEDURES }).notNull().default('ordinary'),
    /** The field of the violation (not the subject's industry). */
    violationField: text('violation_field', { enum: VIOLATION_FIELDS }).notNull().default('other'),
    /** Why this rule set: in force on the decision date, or a later one more favourable (从旧兼从轻). */
    ruleSetReason: text('rule_set_reason', { enum: ['in-force', 'more-favourable'] }).notNull().default('in-force'),
    /** The rule-set version applied, and the class of it that matched. */
    ruleSetId: uuid('rule_set_id').notNull(),
    publicityClass: text('publicity_class').notNull(),
    publicityStart: date('publicity_start'),
    /** Last day of the minimum period (repairable from the next day); null: never repaired early. */
    minEnd: date('min_end'),
    /** Last day shown; publicity stops by itself the day after. */
    maxEnd: date('max_end'),
    /** 免申即享 applies (minor record, class with automatic repair). */
    autoRepair: boolean('auto_repair').notNull(),
    /** The day the penalty was performed (fine paid); set at once when there is nothing to perform. */
    dutiesFulfilledOn: date('duties_fulfilled_on'),
    /** Last time the auto-repair job asked the fiscal platform for the fine's receipt. */
    paymentCheckedAt: timestamp('payment_checked_at', { withTimezone: true }),
    status: text('status', { enum: PENALTY_STATUSES }).notNull(),
    source: text('source', { enum: ['api', 'import', 'demo'] }).notNull(),
    /** The credit officer invited the subject to apply (C4 "or is invited"). */
    invitedAt: timestamp('invited_at', { withTimezone: true }),
    repairedAt: timestamp('repaired_at', { withTimezone: true }),
    repairedHow: text('repaired_how', { enum: REPAIR_HOWS }),
    repairApplicationId: uuid('repair_application_id'),
    expiredAt: timestamp('expired_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ name: 'credit_penalty_pkey', columns: [t.enterpriseId, t.id] }),
    index('credit_penalty_id_idx').on(t.id),
    // Includes the distribution column; uniqueness per department is held by credit_decision_key. It also
    // serves look-ups by enterprise (its first column): every further index costs each repair an insert.
    uniqueIndex('credit_penalty_decision_key').on(t.enterpriseId, t.departmentId, t.decisionNo),
    index('credit_penalty_department_idx').on(t.departmentId, t.decisionDate),
    // The auto-repair sweep: only the few published records it may touch, ordered by the day that matters.
    index('credit_penalty_auto_repair_idx').on(t.minEnd).where(sql`status = 'published' AND auto_repair`),
    index('credit_penalty_expiry_idx').on(t.maxEnd).where(sql`status = 'published'`),
    index('credit_penalty_repaired_idx').on(t.repairedAt).where(sql`status = 'repaired'`),
  ],
);

/**
 * The one place a decision number is unique per department, whichever enterprise it concerns (the penalty
 * table's own key includes the enterprise for sharding). Written first, in the same transaction.
 */
export const decisionKeys = pgTable(
  'credit_decision_key',
  {
    departmentId: uuid('department_id').notNull(),
    decisionNo: text('decision_no').notNull(),
    penaltyId: uuid('penalty_id').notNull(),
    enterpriseId: uuid('enterprise_id').notNull(),
  },
  (t) => [primaryKey({ name: 'credit_decision_key_pkey', columns: [t.departmentId, t.decisionNo] })],
);

/** A proof of an application: gathered from a source by the system, uploaded by the subject, or still missing. */
export interface Proof {
  kind: ProofKind;
  status: 'gathered' | 'uploaded' | 'missing';
  /** `fiscal-receipts`, `industry`, `enterprise` (upload). */
  source: string | null;
  /** Receipt number, rectification record id, or stored file id. */
  reference: string | null;
  /** What the source said (amount, paid on, …) or why it is missing (source unavailable). */
  detail: Record<string, unknown>;
  at: string | null;
}

/** A condition the system checked itself (minimum period, no repeat …). */
export interface Check {
  name: string;
  ok: boolean;
  detail: Record<string, unknown>;
}

export interface Commitment {
  text: string;
  signedAt: string;
  signedBy: string;
  /** SHA-256 of the text and signer, fixed at signing. */
  digest: string;
}

export const APPLICATION_STATUSES = ['awaiting-proof', 'pending', 'approved', 'rejected'] as const;

/** C4 — an application for credit repair (无感申请), one open per record. */
export const repairApplications = pgTable(
  'credit_application',
  {
    id: uuid('id').notNull(),
    enterpriseId: uuid('enterprise_id').notNull(),
    penaltyId: uuid('penalty_id').notNull(),
    origin: text('origin', { enum: ['enterprise', 'invitation'] }).notNull(),
    /** awaiting-proof: a proof no source holds is still to be uploaded; pending: complete, under review. */
    status: text('status', { enum: APPLICATION_STATUSES }).notNull(),
    proofs: jsonb('proofs').$type<Proof[]>().notNull(),
    checks: jsonb('checks').$type<Check[]>().notNull(),
    commitment: jsonb('commitment').$type<Commitment>().notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull(),
    submittedBy: text('submitted_by').notNull(),
    /** Complete (受理): the review clock starts. */
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    reviewDueOn: date('review_due_on'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decidedBy: text('decided_by'),
    reason: text('reason'),
  },
  (t) => [
    primaryKey({ name: 'credit_application_pkey', columns: [t.enterpriseId, t.id] }),
    index('credit_application_id_idx').on(t.id),
    uniqueIndex('credit_application_open_key')
      .on(t.enterpriseId, t.penaltyId)
      .where(sql`status IN ('awaiting-proof', 'pending')`),
    index('credit_application_enterprise_idx').on(t.enterpriseId, t.submittedAt),
    index('credit_application_queue_idx').on(t.status, t.acceptedAt),
    index('credit_application_decided_idx').on(t.decidedAt).where(sql`decided_at IS NOT NULL`),
  ],
);

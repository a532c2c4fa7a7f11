/**
 * D — drug regulation "supervision + service" (药监"监督+服务"). Enterprise-owned tables are keyed
 * `(enterprise_id, id)` (the distribution column first); province-wide uniqueness (a licence's kind + number)
 * lives in its own lookup table, not in a unique index of an enterprise-owned table.
 */
import { sql } from 'drizzle-orm';
import { pgTable, text, uuid, date, integer, jsonb, timestamp, index, primaryKey, boolean, uniqueIndex } from 'drizzle-orm/pg-core';
import { enterpriseOwnedTable } from '../platform/db/enterprise-owned-table.js';

export const LICENCE_STATUSES = ['valid', 'suspended', 'revoked', 'cancelled', 'renewed'] as const;
export type LicenceStatus = (typeof LICENCE_STATUSES)[number];
/** Statuses whose holder is still reminded before expiry (a renewed, cancelled or revoked licence is not). */
export const REMINDED_STATUSES = ['valid', 'suspended'] as const satisfies readonly LicenceStatus[];

/**
 * Licence kinds (药品经营许可证 零售/批发 …) with their reminder windows and the law's renewal deadline;
 * a department may add kinds and change windows (audited).
 */
export const licenceKinds = pgTable('drug_licence_kind', {
  code: text('code').primaryKey(),
  nameZh: text('name_zh').notNull(),
  nameEn: text('name_en').notNull(),
  /** drugs / medical-devices / cosmetics — the field of the regulation, and the industry it concerns. */
  category: text('category').notNull(),
  /** Days before expiry at which the holder is reminded, e.g. {180,90,30}. */
  reminderWindows: integer('reminder_windows').array().notNull(),
  /** The renewal application must be filed at least this many days before expiry. */
  renewalLeadDays: integer('renewal_lead_days').notNull(),
  /** The provision that sets the renewal deadline. */
  renewalBasis: text('renewal_basis').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
});

/** D2 — a licence of the register. */
export const licences = enterpriseOwnedTable(
  'drug_licence',
  {
    holderUscc: text('holder_uscc').notNull(),
    kind: text('kind').notNull(),
    number: text('number').notNull(),
    scope: text('scope'),
    issuingDepartmentId: uuid('issuing_department_id'),
    validFrom: date('valid_from').notNull(),
    validUntil: date('valid_until').notNull(),
    status: text('status', { enum: LICENCE_STATUSES }).notNull().default('valid'),
    /** The licence that replaced this one (status `renewed`). */
    successorId: uuid('successor_id'),
    statusReason: text('status_reason'),
    statusChangedAt: timestamp('status_changed_at', { withTimezone: true }),
    source: text('source', { enum: ['api', 'import', 'demo'] }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('drug_licence_sweep_idx')
      .on(t.kind, t.validUntil)
      .where(sql`status IN ('valid', 'suspended')`),
    index('drug_licence_valid_until_idx').on(t.validUntil),
    index('drug_licence_holder_idx').on(t.holderUscc),
  ],
);

/** Province-wide uniqueness of kind + number (409 `licence-exists`; the import's idempotency key). */
export const licenceNumbers = pgTable(
  'drug_licence_number',
  {
    kind: text('kind').notNull(),
    number: text('number').notNull(),
    enterpriseId: uuid('enterprise_id').notNull(),
    licenceId: uuid('licence_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.kind, t.number] })],
);

/** D2 — one reminder per licence and window, ever: the key makes a second one impossible. */
export const licenceReminders = pgTable(
  'drug_licence_reminder',
  {
    enterpriseId: uuid('enterprise_id').notNull(),
    licenceId: uuid('licence_id').notNull(),
    windowDays: integer('window_days').notNull(),
    validUntil: date('valid_until').notNull(),
    applyBy: date('apply_by').notNull(),
    recipients: integer('recipients').notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.enterpriseId, t.licenceId, t.windowDays] }), index('drug_licence_reminder_sent_idx').on(t.sentAt)],
);

/** D1 — a risk warning or FAQ issue, its target and its publication. */
export const warnings = pgTable(
  'drug_warning',
  {
    id: uuid('id').primaryKey(),
    departmentId: uuid('department_id'),
    kind: text('kind', { enum: ['warning', 'faq'] }).notNull(),
    topic: text('topic'),
    title: text('title').notNull(),
    body: text('body').notNull(),
    attachmentIds: uuid('attachment_ids').array().notNull(),
    target: jsonb('target').$type<WarningTarget>().notNull(),
    recipients: integer('recipients').notNull(),
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull(),
    createdBy: text('created_by'),
  },
  (t) => [index('drug_warning_published_idx').on(t.publishedAt)],
);

export interface WarningTarget {
  industries?: string[];
  licenceKinds?: string[];
  divisionCodes?: string[];
}

/** D1 — who received a warning and when they read it (the read receipt). */
export const warningRecipients = pgTable(
  'drug_warning_recipient',
  {
    enterpriseId: uuid('enterprise_id').notNull(),
    warningId: uuid('warning_id').notNull(),
    deliveredAt: timestamp('delivered_at', { withTimezone: true }).notNull(),
    readAt: timestamp('read_at', { withTimezone: true }),
    readBy: uuid('read_by'),
  },
  (t) => [primaryKey({ columns: [t.enterpriseId, t.warningId] }), index('drug_warning_recipient_warning_idx').on(t.warningId)],
);

/** D3 — the compliance notice issued to an enterprise of a covered industry (reprinted from this row). */
export const complianceNotices = enterpriseOwnedTable('drug_compliance_notice', {
  noticeNo: text('notice_no').notNull(),
  industry: text('industry').notNull(),
  templateVersion: integer('template_version').notNull(),
  /** What caused it: the enterprise's registration or a licence. */
  cause: text('cause', { enum: ['registered', 'licensed', 'requested'] }).notNull(),
  issuedAt: timestamp('issued_at', { withTimezone: true }).notNull(),
  printCount: integer('print_count').notNull().default(0),
});

/** D4 — what an inspection service record holds: the "extra hour" (questions asked and answered) or on-site teaching. */
export const SERVICE_KINDS = ['extra-hour', 'on-site-teaching'] as const;
export type ServiceKind = (typeof SERVICE_KINDS)[number];

/** D4 — the "extra hour" after an inspection (延后一小时) and on-site teaching (现场教学), recorded against the inspection. */
export const serviceRecords = enterpriseOwnedTable(
  'drug_service_record',
  {
    inspectionId: uuid('inspection_id').notNull(),
    departmentId: uuid('department_id').notNull(),
    kind: text('kind', { enum: SERVICE_KINDS }).notNull(),
    topic: text('topic').notNull(),
    questions: jsonb('questions').$type<{ question: string; answer: string }[]>().notNull(),
    content: text('content'),
    /** How long the service took (minutes), and how many of the enterprise's people took part. */
    minutes: integer('minutes'),
    attendees: integer('attendees'),
    recordedBy: uuid('recorded_by'),
    recordedByName: text('recorded_by_name'),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('drug_service_record_inspection_idx').on(t.enterpriseId, t.inspectionId),
    index('drug_service_record_department_idx').on(t.departmentId, t.recordedAt),
  ],
);

/**
 * D5 — the explanation of a penalty decision (keyed to credit's penalty id; credit's tables stay untouched). The ways
 * to challenge and their last days are not stored: `rules/challenge.ts` computes them from `servedOn`.
 */
export const decisionExplanations = pgTable(
  'drug_decision_explanation',
  {
    enterpriseId: uuid('enterprise_id').notNull(),
    penaltyId: uuid('penalty_id').notNull(),
    departmentId: uuid('department_id').notNull(),
    facts: text('facts').notNull(),
    provision: text('provision').notNull(),
    standard: text('standard').notNull(),
    discretion: text('discretion').notNull(),
    /** The day the decision was served on the enterprise (it knew the decision): the challenge periods run from it. */
    servedOn: date('served_on').notNull(),
    /** 行政复议机关 and the court with jurisdiction, named for the enterprise. */
    reviewBody: text('review_body').notNull(),
    court: text('court').notNull(),
    updatedBy: uuid('updated_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.enterpriseId, t.penaltyId] }), index('drug_decision_explanation_department_idx').on(t.departmentId)],
);

export const RECTIFICATION_STATUSES = ['open', 'reported', 'closed'] as const;
export type RectificationStatus = (typeof RECTIFICATION_STATUSES)[number];

/** D6 — a rectification item (整改) from an inspection result or a case, with its deadline. */
export const rectifications = enterpriseOwnedTable(
  'drug_rectification',
  {
    departmentId: uuid('department_id').notNull(),
    sourceType: text('source_type', { enum: ['inspection', 'case'] }).notNull(),
    sourceId: text('source_id'),
    title: text('title').notNull(),
    requirement: text('requirement').notNull(),
    deadline: date('deadline').notNull(),
    status: text('status', { enum: RECTIFICATION_STATUSES }).notNull(),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    overdueSignalledAt: timestamp('overdue_signalled_at', { withTimezone: true }),
  },
  (t) => [
    index('drug_rectification_open_idx')
      .on(t.deadline)
      .where(sql`status <> 'closed'`),
    index('drug_rectification_department_idx').on(t.departmentId, t.createdAt),
  ],
);

/** D6 — what happened to an item: the enterprise's progress with evidence, guidance, verification. */
export const rectificationEvents = enterpriseOwnedTable(
  'drug_rectification_event',
  {
    rectificationId: uuid('rectification_id').notNull(),
    kind: text('kind', { enum: ['progress', 'guidance', 'verified', 'returned'] }).notNull(),
    note: text('note').notNull(),
    fileIds: uuid('file_ids').array().notNull(),
    actorName: text('actor_name'),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [index('drug_rectification_event_item_idx').on(t.enterpriseId, t.rectificationId)],
);

/** D6 — a 回头看 question: free text, or one of the options. */
export interface FollowupQuestion {
  text: string;
  kind: 'text' | 'choice';
  options?: string[];
}

/** D6 — a 回头看 survey (调查表) a department sends: its questions and whom it targeted. */
export const followupSurveys = pgTable(
  'drug_followup_survey',
  {
    id: uuid('id').primaryKey(),
    departmentId: uuid('department_id').notNull(),
    subject: text('subject').notNull(),
    intro: text('intro'),
    questions: jsonb('questions').$type<FollowupQuestion[]>().notNull(),
    target: jsonb('target').$type<{ closedRectifications?: boolean; enterpriseUsccs?: string[] }>().notNull(),
    recipients: integer('recipients').notNull(),
    createdBy: uuid('created_by'),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('drug_followup_survey_department_idx').on(t.departmentId, t.sentAt)],
);

/** D6 — the form of one enterprise for a survey, and its answers (one per question, in order). */
export const followupForms = enterpriseOwnedTable(
  'drug_followup_form',
  {
    surveyId: uuid('survey_id').notNull(),
    departmentId: uuid('department_id').notNull(),
    answers: jsonb('answers').$type<string[]>(),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull(),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    answeredBy: uuid('answered_by'),
  },
  (t) => [
    uniqueIndex('drug_followup_form_survey_key').on(t.enterpriseId, t.surveyId),
    index('drug_followup_form_survey_idx').on(t.surveyId),
    index('drug_followup_form_department_idx').on(t.departmentId, t.sentAt),
  ],
);

/** D6 — one typical case of a batch. */
export interface TypicalCase {
  title: string;
  facts: string;
  decision: string;
  basis?: string;
  lesson: string;
}

/** D6 — typical cases published in numbered batches (第N批 of the department's year; public page); a draft has no number and is not public. */
export const typicalCaseBatches = pgTable(
  'drug_typical_case_batch',
  {
    id: uuid('id').primaryKey(),
    year: integer('year'),
    batchNo: integer('batch_no'),
    title: text('title').notNull(),
    departmentId: uuid('department_id'),
    cases: jsonb('cases').$type<TypicalCase[]>().notNull(),
    published: boolean('published').notNull().default(false),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('drug_typical_case_batch_no_key').on(t.departmentId, t.year, t.batchNo),
    index('drug_typical_case_batch_published_idx')
      .on(t.publishedAt)
      .where(sql`published`),
  ],
);

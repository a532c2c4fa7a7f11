import {
  pgTable,
  pgSequence,
  text,
  uuid,
  timestamp,
  jsonb,
  index,
  uniqueIndex,
  integer,
  boolean,
  date,
} from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';

export const SIGNAL_KINDS = [
  'frequency-7d', // A9: > 2 inspections in 7 days
  'frequency-30d', // A9: > 3 inspections in 30 days
  'over-frequency', // A3: a triggered code that broke the planned-code frequency
  'late-result', // A7
  'low-rating', // A8: a rating ≤ 2 of 5
  'complaint', // A8
  'backfilled-code', // emergency code back-filled after the visit
  'hotline', // 12345 ticket
  'assignment', // from a superior
  'rectification-overdue', // D6: a rectification item past its deadline
] as const;
export type SignalKind = (typeof SIGNAL_KINDS)[number];

/** B1 — where a signal comes from: the inspection-code data (监测), the enterprise (皖企通), 12345, a superior. */
export const SIGNAL_SOURCES = ['code-monitoring', 'enterprise-feedback', 'hotline', 'superior'] as const;
export type SignalSource = (typeof SIGNAL_SOURCES)[number];

export const SIGNAL_STATUSES = ['open', 'case-opened', 'dismissed'] as const;
export const SEVERITIES = ['low', 'medium', 'high'] as const;

export function sourceOfKind(kind: SignalKind): SignalSource {
  switch (kind) {
    case 'low-rating':
    case 'complaint':
      return 'enterprise-feedback';
    case 'hotline':
      return 'hotline';
    case 'assignment':
      return 'superior';
    default:
      return 'code-monitoring';
  }
}

/**
 * B1 — one inbox of supervision signals. `dedupeKey` makes the same cause raise one signal, not ten. A signal
 * is dismissed with a reason, or a case (督办件) is opened from it (`caseId`).
 */
export const signals = pgTable(
  'supervision_signal',
  {
    id: uuid('id').primaryKey(),
    kind: text('kind', { enum: SIGNAL_KINDS }).notNull(),
    source: text('source', { enum: SIGNAL_SOURCES }).notNull(),
    severity: text('severity', { enum: SEVERITIES }).notNull(),
    enterpriseId: uuid('enterprise_id'),
    inspectionId: uuid('inspection_id'),
    departmentId: uuid('department_id'),
    dedupeKey: text('dedupe_key').notNull(),
    detail: jsonb('detail').$type<Record<string, unknown>>().notNull(),
    status: text('status', { enum: SIGNAL_STATUSES }).notNull().default('open'),
    caseId: uuid('case_id'),
    dismissReason: text('dismiss_reason'),
    handledBy: uuid('handled_by'),
    handledAt: timestamp('handled_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('supervision_signal_dedupe_key').on(t.dedupeKey),
    index('supervision_signal_status_idx').on(t.status, t.createdAt),
    index('supervision_signal_kind_idx').on(t.kind, t.createdAt),
    index('supervision_signal_enterprise_idx').on(t.enterpriseId),
    index('supervision_signal_department_idx').on(t.departmentId, t.createdAt),
    index('supervision_signal_case_idx').on(t.caseId),
  ],
);

/** Where a case comes from: a signal's source, or opened by hand (`manual`). */
export const CASE_SOURCES = [...SIGNAL_SOURCES, 'manual'] as const;
export type CaseSource = (typeof CASE_SOURCES)[number];

/** open → answered → closed, or answered → returned → answered … */
export const CASE_STATUSES = ['open', 'answered', 'returned', 'closed'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];
/** The department still has to act. */
export const AWAITING_ANSWER: readonly CaseStatus[] = ['open', 'returned'];

export const caseNumbers = pgSequence('supervision_case_no_seq', { startWith: 1 });

/**
 * B2 — 督办件: the department that must act, what it must do, and a deadline in working days. The department
 * answers; the supervisor closes it or returns it. `completedAt` is the time of the answer the supervisor
 * accepted; `closedOnTime` (B3) is whether that answer came by `dueAt`.
 */
export const supervisionCases = pgTable(
  'supervision_case',
  {
    id: uuid('id').primaryKey(),
    caseNo: text('case_no').notNull(),
    source: text('source', { enum: CASE_SOURCES }).notNull(),
    signalKinds: text('signal_kinds').array().notNull(),
    enterpriseId: uuid('enterprise_id'),
    inspectionId: uuid('inspection_id'),
    departmentId: uuid('department_id').notNull(),
    title: text('title').notNull(),
    instructions: text('instructions').notNull(),
    workingDays: integer('working_days').notNull(),
    openedAt: timestamp('opened_at', { withTimezone: true }).notNull(),
    openedBy: uuid('opened_by').notNull(),
    /** The last working day (China calendar day) and its last moment. */
    dueDay: date('due_day').notNull(),
    dueAt: timestamp('due_at', { withTimezone: true }).notNull(),
    status: text('status', { enum: CASE_STATUSES }).notNull().default('open'),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    answerCount: integer('answer_count').notNull().default(0),
    returnCount: integer('return_count').notNull().default(0),
    completedAt: timestamp('completed_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    closedBy: uuid('closed_by'),
    closedOnTime: boolean('closed_on_time'),
    remindedAt: timestamp('reminded_at', { withTimezone: true }),
    escalatedAt: timestamp('escalated_at', { withTimezone: true }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('supervision_case_no_key').on(t.caseNo),
    index('supervision_case_department_idx').on(t.departmentId, t.status),
    index('supervision_case_opened_idx').on(t.openedAt),
    index('supervision_case_enterprise_idx').on(t.enterpriseId),
    index('supervision_case_due_idx')
      .on(t.dueAt)
      .where(sql`status IN ('open', 'returned')`),
  ],
);

export const CASE_EVENT_KINDS = [
  'opened',
  'answered',
  'returned',
  'closed',
  'reminded',
  'escalated',
] as const;
export type CaseEventKind = (typeof CASE_EVENT_KINDS)[number];

/** The case's timeline: every step, who took it and when, with its text and evidence files. */
export const supervisionCaseEvents = pgTable(
  'supervision_case_event',
  {
    id: uuid('id').primaryKey(),
    caseId: uuid('case_id').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    kind: text('kind', { enum: CASE_EVENT_KINDS }).notNull(),
    actorType: text('actor_type', { enum: ['user', 'system'] }).notNull(),
    actorId: uuid('actor_id'),
    actorName: text('actor_name').notNull(),
    text: text('text'),
    fileIds: uuid('file_ids')
      .array()
      .notNull()
      .default(sql`'{}'::uuid[]`),
    detail: jsonb('detail').$type<Record<string, unknown>>().notNull(),
  },
  (t) => [index('supervision_case_event_case_idx').on(t.caseId, t.at)],
);

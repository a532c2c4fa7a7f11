import { pgTable, text, uuid, timestamp, jsonb, index, uniqueIndex } from 'drizzle-orm/pg-core';

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
] as const;
export type SignalKind = (typeof SIGNAL_KINDS)[number];

/**
 * B1 — one inbox of supervision signals. `dedupeKey` makes the same cause raise one signal, not ten.
 */
export const signals = pgTable(
  'supervision_signal',
  {
    id: uuid('id').primaryKey(),
    kind: text('kind', { enum: SIGNAL_KINDS }).notNull(),
    severity: text('severity', { enum: ['low', 'medium', 'high'] }).notNull(),
    enterpriseId: uuid('enterprise_id'),
    inspectionId: uuid('inspection_id'),
    departmentId: uuid('department_id'),
    dedupeKey: text('dedupe_key').notNull(),
    detail: jsonb('detail').$type<Record<string, unknown>>().notNull(),
    status: text('status', { enum: ['open', 'case-opened', 'dismissed'] })
      .notNull()
      .default('open'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('supervision_signal_dedupe_key').on(t.dedupeKey),
    index('supervision_signal_status_idx').on(t.status, t.createdAt),
    index('supervision_signal_enterprise_idx').on(t.enterpriseId),
  ],
);

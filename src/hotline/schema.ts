import { pgTable, text, uuid, timestamp, integer, boolean, index, uniqueIndex } from 'drizzle-orm/pg-core';

export const MATCH_STATUSES = ['matched', 'unmatched', 'not-applicable'] as const;
export type MatchStatus = (typeof MATCH_STATUSES)[number];
export const MATCHED_BY = ['uscc', 'name', 'normalised-name', 'manual'] as const;
export type MatchedBy = (typeof MATCHED_BY)[number];

/**
 * B1 — a 12345 hotline ticket (工单), received by API or from an imported ledger. `ticketNo` is the hotline's
 * own number and the idempotency key: a resend updates the ticket, never duplicates it (so the unique key is
 * the ticket number alone; `enterprise_id` is only known after matching).
 *
 * matchStatus: `matched` to an enterprise (by USCC, name, normalised name or by a person), `unmatched` (names
 * an enterprise or concerns enforcement but no enterprise was found: queued for a person), `not-applicable`.
 */
export const hotlineTickets = pgTable(
  'hotline_ticket',
  {
    id: uuid('id').primaryKey(),
    ticketNo: text('ticket_no').notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull(),
    content: text('content').notNull(),
    category: text('category'),
    /** As the hotline gave them. */
    enterpriseUscc: text('enterprise_uscc'),
    enterpriseName: text('enterprise_name'),
    callerPhone: text('caller_phone'),
    enterpriseId: uuid('enterprise_id'),
    matchedBy: text('matched_by', { enum: MATCHED_BY }),
    matchStatus: text('match_status', { enum: MATCH_STATUSES }).notNull(),
    /** About enforcement toward an enterprise (rules/enforcement-related.ts): raises a `hotline` signal. */
    enforcementRelated: boolean('enforcement_related').notNull().default(false),
    signalId: uuid('signal_id'),
    channel: text('channel', { enum: ['api', 'import'] }).notNull(),
    /** The integration client or the importing user. */
    receivedBy: text('received_by'),
    /** 1 when first received; +1 for every resend that changed it. */
    revision: integer('revision').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('hotline_ticket_no_key').on(t.ticketNo),
    index('hotline_ticket_match_idx').on(t.matchStatus, t.receivedAt),
    index('hotline_ticket_enterprise_idx').on(t.enterpriseId),
    index('hotline_ticket_received_idx').on(t.receivedAt),
  ],
);

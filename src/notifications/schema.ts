import {
  pgTable,
  text,
  uuid,
  timestamp,
  jsonb,
  boolean,
  index,
  uniqueIndex,
  primaryKey,
} from 'drizzle-orm/pg-core';

export const NOTIFICATION_CHANNELS = ['sms', 'email'] as const;
export type NotificationChannel = (typeof NOTIFICATION_CHANNELS)[number];

/**
 * H3 — in-app notifications, one row per recipient. The text is rendered at read time from `kind` and
 * `params` in the reader's language. `dedupeKey` makes a repeated cause (a job run twice) notify once.
 */
export const notifications = pgTable(
  'notification',
  {
    id: uuid('id').notNull(),
    userId: uuid('user_id').notNull(),
    kind: text('kind').notNull(),
    params: jsonb('params').$type<Record<string, string | number | null>>().notNull(),
    targetType: text('target_type'),
    targetId: text('target_id'),
    /** Where the web client opens it, e.g. `/supervision/cases/{id}`. */
    link: text('link'),
    dedupeKey: text('dedupe_key').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    readAt: timestamp('read_at', { withTimezone: true }),
  },
  (t) => [
    // Keyed by the recipient first: on a Citus cluster notifications are distributed by user_id.
    primaryKey({ name: 'notification_pkey', columns: [t.userId, t.id] }),
    index('notification_id_idx').on(t.id),
    uniqueIndex('notification_user_dedupe_key').on(t.userId, t.dedupeKey),
    index('notification_user_idx').on(t.userId, t.createdAt),
  ],
);

/** Where a user receives notifications outside the application (SMS falls back to the account's phone). */
export const notificationContacts = pgTable(
  'notification_contact',
  {
    userId: uuid('user_id').notNull(),
    channel: text('channel', { enum: NOTIFICATION_CHANNELS }).notNull(),
    address: text('address').notNull(),
    enabled: boolean('enabled').notNull().default(true),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.channel] })],
);

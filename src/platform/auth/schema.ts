import { pgTable, text, uuid, integer, timestamp, index } from 'drizzle-orm/pg-core';

export const ROLES = [
  'admin',
  'supervisor',
  'officer',
  'dept_admin',
  'credit_officer',
  'service_officer',
  'expert',
  'enterprise',
] as const;
export type Role = (typeof ROLES)[number];

export const users = pgTable(
  'app_user',
  {
    id: uuid('id').primaryKey(),
    username: text('username').notNull().unique(),
    passwordHash: text('password_hash').notNull(),
    displayName: text('display_name').notNull(),
    role: text('role', { enum: ROLES }).notNull(),
    departmentId: uuid('department_id'),
    teamId: uuid('team_id'),
    enterpriseId: uuid('enterprise_id'),
    phone: text('phone'),
    status: text('status', { enum: ['active', 'disabled'] })
      .notNull()
      .default('active'),
    failedAttempts: integer('failed_attempts').notNull().default(0),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('app_user_enterprise_idx').on(t.enterpriseId)],
);

/** Server-side sessions; the cookie carries a random token, the table only its SHA-256. */
export const sessions = pgTable(
  'session',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull(),
    endedAt: timestamp('ended_at', { withTimezone: true }),
  },
  (t) => [index('session_user_idx').on(t.userId)],
);

/** Integration clients (12345 hotline, 皖企通, credit platforms …) calling with `X-Api-Key`. */
export const apiClients = pgTable('api_client', {
  id: uuid('id').primaryKey(),
  name: text('name').notNull(),
  keyHash: text('key_hash').notNull().unique(),
  keyPrefix: text('key_prefix').notNull(),
  scopes: text('scopes').array().notNull(),
  status: text('status', { enum: ['active', 'revoked'] })
    .notNull()
    .default('active'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

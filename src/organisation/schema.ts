import { pgTable, text, uuid, date, boolean, index, timestamp } from 'drizzle-orm/pg-core';

/** GB/T 2260 administrative divisions (Anhui and its cities and counties). */
export const divisions = pgTable('division', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  level: text('level', { enum: ['province', 'city', 'county'] }).notNull(),
  parentCode: text('parent_code'),
});

/**
 * A government department. `field` is its enforcement field (执法领域): an officer's certificate must cover the
 * field of the department whose inspection he joins. `kind` separates enforcement departments from the
 * supervision body (司法局) and the credit authority (发展改革委).
 */
export const departments = pgTable('department', {
  id: uuid('id').primaryKey(),
  code: text('code').notNull().unique(),
  name: text('name').notNull(),
  shortName: text('short_name').notNull(),
  field: text('field').notNull(),
  kind: text('kind', { enum: ['enforcement', 'supervision', 'credit', 'service'] }).notNull(),
  divisionCode: text('division_code').notNull(),
});

/** 执法大队 — a team within a department. */
export const teams = pgTable(
  'team',
  {
    id: uuid('id').primaryKey(),
    departmentId: uuid('department_id').notNull(),
    name: text('name').notNull(),
  },
  (t) => [index('team_department_idx').on(t.departmentId)],
);

/** 执法人员 with the enforcement certificate (执法证) they hold. */
export const officers = pgTable(
  'officer',
  {
    id: uuid('id').primaryKey(),
    userId: uuid('user_id').unique(),
    departmentId: uuid('department_id').notNull(),
    teamId: uuid('team_id'),
    name: text('name').notNull(),
    certificateNo: text('certificate_no').notNull().unique(),
    /** Enforcement fields the certificate covers (执法领域), e.g. ['market']. */
    certificateFields: text('certificate_fields').array().notNull(),
    certificateValidFrom: date('certificate_valid_from').notNull(),
    certificateValidUntil: date('certificate_valid_until').notNull(),
    certificateStatus: text('certificate_status', { enum: ['active', 'suspended', 'revoked'] })
      .notNull()
      .default('active'),
    active: boolean('active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('officer_department_idx').on(t.departmentId)],
);

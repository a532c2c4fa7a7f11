import { pgTable, text, uuid, date, boolean, index, timestamp } from 'drizzle-orm/pg-core';

/**
 * 经营主体 — the enterprise registry. `id` is the enterprise key every table of enterprise data carries (the
 * distribution column on a Citus cluster). USCC uniqueness is held by `enterprise_uscc`, not by an index here.
 */
export const enterprises = pgTable(
  'enterprise',
  {
    id: uuid('id').primaryKey(),
    uscc: text('uscc').notNull(),
    name: text('name').notNull(),
    legalRepresentative: text('legal_representative').notNull(),
    address: text('address').notNull(),
    divisionCode: text('division_code').notNull(),
    industry: text('industry').notNull(),
    aboveDesignatedSize: boolean('above_designated_size').notNull().default(false),
    status: text('status', { enum: ['active', 'deregistered', 'revoked'] })
      .notNull()
      .default('active'),
    registeredOn: date('registered_on'),
    phone: text('phone'),
    /** Set when an administrator accepted a real USCC that fails the check-digit test (audited). */
    usccOverride: boolean('uscc_override').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('enterprise_uscc_idx').on(t.uscc),
    index('enterprise_name_idx').on(t.name),
    index('enterprise_division_idx').on(t.divisionCode, t.industry),
  ],
);

/**
 * The province's USCCs, one row each, naming the enterprise that holds it: a registration (or an import) claims
 * its USCC here first with `INSERT … ON CONFLICT DO NOTHING`, so two simultaneous registrations of one USCC
 * yield one enterprise. On a Citus cluster it is distributed by uscc (enterprise is distributed by id).
 */
export const enterpriseUsccs = pgTable('enterprise_uscc', {
  uscc: text('uscc').primaryKey(),
  enterpriseId: uuid('enterprise_id').notNull(),
});

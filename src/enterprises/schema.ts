import { pgTable, text, uuid, date, boolean, index, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

/**
 * 经营主体 — the enterprise registry. `id` is the enterprise key every table of enterprise data carries
 * (the future distribution column). USCC uniqueness is a unique index here; on a sharded cluster it moves to a
 * lookup table distributed by USCC.
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
    registeredOn: date('registered_on', { mode: 'string' }),
    phone: text('phone'),
    /** Set when an administrator accepted a real USCC that fails the check-digit test (audited). */
    usccOverride: boolean('uscc_override').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('enterprise_uscc_key').on(t.uscc),
    index('enterprise_name_idx').on(t.name),
    index('enterprise_division_idx').on(t.divisionCode, t.industry),
  ],
);

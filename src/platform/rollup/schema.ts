import { pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Each rollup's last fold (`foldRollup`): the figures it keeps count every change committed before `folded_at`.
 * The row is also the rollup's lock: one fold at a time, whatever the instance.
 */
export const figuresRollup = pgTable('figures_rollup', {
  name: text('name').primaryKey(),
  foldedAt: timestamp('folded_at', { withTimezone: true }),
});

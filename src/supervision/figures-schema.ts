import { pgTable, uuid, integer, smallint, date, text, primaryKey, boolean } from 'drizzle-orm/pg-core';
import { SIGNAL_KINDS } from './schema.js';

/**
 * Signals per China day, kind, department (`ALL_SCOPE` when none) and slot — kept exact by a trigger on
 * `supervision_signal` (migrations/0001_figures.sql), like the inspection figures beside it.
 */
export const signalDayFigures = pgTable(
  'signal_day_figures',
  {
    day: date('day').notNull(),
    kind: text('kind', { enum: SIGNAL_KINDS }).notNull(),
    departmentId: uuid('department_id').notNull(),
    slot: smallint('slot').notNull(),
    n: integer('n').notNull(),
    open: integer('open').notNull(),
  },
  (t) => [primaryKey({ columns: [t.day, t.kind, t.departmentId, t.slot] })],
);

/** One signal's share of `signal_day_figures` as it stopped (−1) or started (+1) counting; folded by `foldSignalFigures`. */
export const signalFigureChange = pgTable('signal_figure_change', {
  id: uuid('id').primaryKey().defaultRandom(),
  sign: smallint('sign').notNull(),
  day: date('day').notNull(),
  kind: text('kind').notNull(),
  departmentId: uuid('department_id').notNull(),
  enterpriseId: uuid('enterprise_id'),
  open: boolean('open').notNull(),
});

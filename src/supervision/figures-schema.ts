import { pgTable, uuid, integer, smallint, date, text, primaryKey } from 'drizzle-orm/pg-core';
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

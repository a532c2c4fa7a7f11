import { pgTable, text, date, timestamp } from 'drizzle-orm/pg-core';

/**
 * The administrator's corrections of the working-day calendar. The shipped data (`data/cn-holidays.ts`) is
 * the base; a row here wins over it for its day: `holiday` (a day off), `workday` (a weekend day worked,
 * 调休上班) or `normal` (a shipped entry removed: the day follows the weekday rule again).
 */
export const calendarDays = pgTable('calendar_day', {
  day: date('day').primaryKey(),
  kind: text('kind', { enum: ['holiday', 'workday', 'normal'] }).notNull(),
  name: text('name').notNull(),
  updatedBy: text('updated_by'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
});

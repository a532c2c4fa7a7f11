import { pgTable, text, uuid, timestamp, integer, boolean, jsonb, index } from 'drizzle-orm/pg-core';

/** Scheduled jobs. A runner claims a due job with FOR UPDATE SKIP LOCKED and a lease, so one run per slot. */
export const jobs = pgTable('job', {
  name: text('name').primaryKey(),
  /** Cron expression (five fields, server time zone Asia/Shanghai by default). */
  schedule: text('schedule').notNull(),
  enabled: boolean('enabled').notNull().default(true),
  nextRunAt: timestamp('next_run_at', { withTimezone: true }).notNull(),
  lockedBy: text('locked_by'),
  lockedUntil: timestamp('locked_until', { withTimezone: true }),
  /** Consecutive failures of the current slot; drives the retry backoff. */
  attempts: integer('attempts').notNull().default(0),
  lastStatus: text('last_status'),
  lastError: text('last_error'),
  lastFinishedAt: timestamp('last_finished_at', { withTimezone: true }),
});

export const jobRuns = pgTable(
  'job_run',
  {
    id: uuid('id').primaryKey(),
    jobName: text('job_name').notNull(),
    trigger: text('trigger', { enum: ['schedule', 'manual', 'retry'] }).notNull(),
    /** The due time this run consumed (the cron slot, or the retry time); null for a manual run. */
    slotAt: timestamp('slot_at', { withTimezone: true }),
    runner: text('runner').notNull(),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    status: text('status', { enum: ['running', 'succeeded', 'failed'] }).notNull(),
    error: text('error'),
    result: jsonb('result'),
  },
  (t) => [index('job_run_job_idx').on(t.jobName, t.startedAt)],
);

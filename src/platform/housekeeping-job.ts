import type { JobDefinitionInput } from './jobs/define-job.js';
import { pruneJobRuns } from './jobs/prune-job-runs.js';
import { pruneSessions } from './auth/prune-sessions.js';
import { recordAudit } from './audit/record.js';

const DAY_MS = 86_400_000;

/**
 * Nightly, 04:20 China time: removes what only grows and is read no more — finished job runs older than
 * JOB_HISTORY_DAYS (each job keeping its latest runs) and sessions that can never be live again. Audited with the
 * counts. The audit log, the outbox and every part's records are never pruned here.
 */
export const housekeepingJob: JobDefinitionInput = {
  name: 'housekeeping',
  schedule: '20 4 * * *',
  handler: async ({ deps, ctx, now, signal }) => {
    const db = deps.database.db;
    const before = new Date(now.getTime() - deps.config.jobHistoryDays * DAY_MS);
    const jobRuns = await pruneJobRuns(db, before, signal);
    const sessions = await pruneSessions(db, now, { idleMinutes: deps.config.sessionIdleMinutes, maxHours: deps.config.sessionMaxHours });
    const result = { jobRunsBefore: before.toISOString(), jobRuns, sessions };
    if (jobRuns || sessions) await recordAudit(db, ctx, { action: 'housekeeping.prune', detail: result });
    return result;
  },
};

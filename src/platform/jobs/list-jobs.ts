import { asc, desc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.js';
import { AppError } from '../errors/app-error.js';
import { getJob, jobDefinitions } from './define-job.js';
import { JOB_TIME_ZONE, nextRun } from './next-run.js';
import { jobRuns, jobs } from './schema.js';
import { pageOfTable } from '../db/page-of-table.js';
import { pageAnswer, type Paging } from '../http/paging.js';

/**
 * GET /api/admin/jobs — every job this instance defines or the database knows, with schedule, next run and
 * last outcome. A job defined here but not yet written by a runner is shown with its computed next slot;
 * `defined: false` marks a row no running code defines any more.
 */
export async function listJobs(db: DbOrTx, now: Date) {
  const rows = await db.select().from(jobs).orderBy(asc(jobs.name));
  const byName = new Map(rows.map((r) => [r.name, r]));
  const names = [...new Set([...rows.map((r) => r.name), ...jobDefinitions().map((d) => d.name)])].sort();
  return names.map((name) => {
    const row = byName.get(name);
    const def = getJob(name);
    const running = Boolean(row?.lockedUntil && row.lockedUntil.getTime() > now.getTime());
    return {
      name,
      schedule: def?.schedule ?? row!.schedule,
      timeZone: JOB_TIME_ZONE,
      enabled: row?.enabled ?? true,
      defined: Boolean(def),
      nextRunAt: row?.nextRunAt ?? nextRun(def!.schedule, now),
      running,
      lockedBy: running ? (row?.lockedBy ?? null) : null,
      lockedUntil: running ? (row?.lockedUntil ?? null) : null,
      /** Failed attempts of the current slot (a retry is pending when > 0). */
      attempts: row?.attempts ?? 0,
      maxAttempts: def?.maxAttempts ?? null,
      lastStatus: row?.lastStatus ?? null,
      lastError: row?.lastError ?? null,
      lastFinishedAt: row?.lastFinishedAt ?? null,
    };
  });
}

/** GET /api/admin/jobs/:name/runs — the job's runs, newest first. */
export async function listJobRuns(db: DbOrTx, name: string, page: Paging) {
  const [known] = await db.select({ name: jobs.name }).from(jobs).where(eq(jobs.name, name));
  if (!known && !getJob(name)) throw new AppError(404, 'job-not-found', { name });
  const { total, rows: items } = await pageOfTable(db, page, jobRuns, eq(jobRuns.jobName, name), [desc(jobRuns.startedAt), desc(jobRuns.id)]);
  return pageAnswer(page, total, items);
}

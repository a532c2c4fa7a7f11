import { eq } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import { pino } from 'pino';
import { recordAudit } from '../audit/record.js';
import { newId } from '../db/ids.js';
import { AppError } from '../errors/app-error.js';
import type { AppDeps } from '../http/types.js';
import { systemCtx, type Ctx } from '../policy/actor.js';
import { elapsedClock, executeClaim, settleAbandoned, type JobClaim } from './claim-and-run.js';
import { getJob } from './define-job.js';
import { ensureJobs } from './ensure-jobs.js';
import { processRunnerId } from './runner-id.js';
import { jobRuns, jobs } from './schema.js';

export interface ManualRunResult {
  runId: string;
  status: 'succeeded' | 'failed';
  result: unknown;
  error: string | null;
}

/**
 * POST /api/admin/jobs/:name/run — runs a job now, in this process, and waits for it. Takes the job's lease
 * like a scheduled run (so the two never overlap: 409 `job-running` while anyone holds it) but leaves the
 * schedule alone. The trigger is audited with the caller; the run is recorded with trigger `manual`.
 */
export async function runJobNow(
  deps: AppDeps,
  name: string,
  ctx: Ctx,
  opts: { log?: FastifyBaseLogger } = {},
): Promise<ManualRunResult> {
  const def = getJob(name);
  if (!def) throw new AppError(404, 'job-not-found', { name });
  const { db } = deps.database;
  const now = ctx.now;
  await ensureJobs(db, now, [def]);

  const claim: JobClaim = await db.transaction(async (tx) => {
    const [job] = await tx.select().from(jobs).where(eq(jobs.name, name)).for('update');
    if (!job) throw new AppError(404, 'job-not-found', { name });
    if (job.lockedUntil && job.lockedUntil.getTime() > now.getTime()) {
      throw new AppError(409, 'job-running', { name, runner: job.lockedBy ?? '' });
    }
    if (job.lockedBy !== null) await settleAbandoned(tx, job, def, now);
    const runId = newId();
    await tx
      .update(jobs)
      .set({ lockedBy: processRunnerId, lockedUntil: new Date(now.getTime() + def.leaseMs) })
      .where(eq(jobs.name, name));
    await tx.insert(jobRuns).values({
      id: runId,
      jobName: name,
      trigger: 'manual',
      slotAt: null,
      runner: processRunnerId,
      startedAt: now,
      status: 'running',
    });
    await recordAudit(tx, ctx, { action: 'job.run', targetType: 'job', targetId: name, detail: { runId } });
    return { def, runId, trigger: 'manual', runnerId: processRunnerId, startedAt: now };
  });

  // The job writes as the system, under the admin's request id so its audit rows lead back to the trigger.
  const jobCtx: Ctx = { ...systemCtx(name, now), requestId: ctx.requestId };
  const outcome = await executeClaim(
    deps,
    claim,
    opts.log ?? pino({ level: 'silent' }),
    elapsedClock(now),
    jobCtx,
  );
  return { runId: outcome.runId, status: outcome.status, result: outcome.result, error: outcome.error };
}

import { performance } from 'node:perf_hooks';
import { and, asc, eq, inArray, isNotNull, isNull, lte, or } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import { pino } from 'pino';
import type { Db, Tx } from '../db/client.js';
import { newId } from '../db/ids.js';
import type { AppDeps } from '../http/types.js';
import { systemCtx, type Ctx } from '../policy/actor.js';
import { getJob, jobDefinitions, type JobDefinition } from './define-job.js';
import { nextRun, retryDelay } from './next-run.js';
import { jobRuns, jobs } from './schema.js';

type JobRow = typeof jobs.$inferSelect;
export type JobTrigger = 'schedule' | 'retry' | 'manual';

/** What one run of a job came to. */
export interface JobRunOutcome {
  runId: string;
  job: string;
  trigger: JobTrigger;
  status: 'succeeded' | 'failed';
  result: unknown;
  error: string | null;
}

/** A job this runner holds the lease of, with its `running` job_run row already written. */
export interface JobClaim {
  def: JobDefinition;
  runId: string;
  trigger: JobTrigger;
  runnerId: string;
  startedAt: Date;
}

const silentLog: FastifyBaseLogger = pino({ level: 'silent' });
const MAX_ERROR_LENGTH = 4000;

/**
 * One pass of a runner: claims due jobs one at a time (each claim a short transaction with
 * `FOR UPDATE SKIP LOCKED`), runs each outside the claim transaction, and records the outcome. Returns when
 * no registered job is due. Several runners (instances) may call this at once: each slot runs exactly once,
 * because the claim advances `next_run_at` past it in the same transaction that takes the lease.
 *
 * Times are `now` plus the real time elapsed during the pass, so a test may drive it with any clock.
 */
export async function runDueJobs(
  deps: AppDeps,
  runnerId: string,
  now: Date,
  opts: { log?: FastifyBaseLogger; maxRuns?: number } = {},
): Promise<JobRunOutcome[]> {
  const log = opts.log ?? silentLog;
  const at = elapsedClock(now);
  const names = jobDefinitions().map((d) => d.name);
  const outcomes: JobRunOutcome[] = [];
  if (names.length === 0) return outcomes;
  const maxRuns = opts.maxRuns ?? 100;
  for (let i = 0; i < maxRuns; i++) {
    const claim = await claimDueJob(deps.database.db, runnerId, at(), names);
    if (!claim) break;
    outcomes.push(await executeClaim(deps, claim, log, at));
  }
  return outcomes;
}

/** A clock that starts at `now` and runs with real time. */
export function elapsedClock(now: Date): () => Date {
  const start = performance.now();
  return () => new Date(now.getTime() + Math.round(performance.now() - start));
}

/**
 * Claims the most overdue job among `names` that is due at `now` and not leased, in one short transaction:
 * takes the lease, consumes the slot (`next_run_at` → the next slot), writes the `running` job_run row.
 * A job whose previous runner let its lease expire mid-run is settled as a failed attempt first.
 */
export async function claimDueJob(
  db: Db,
  runnerId: string,
  now: Date,
  names: string[],
): Promise<JobClaim | null> {
  return db.transaction(async (tx) => {
    // Each pass either returns or settles one abandoned job (clearing its lease), so the loop ends.
    for (;;) {
      const [job] = await tx
        .select()
        .from(jobs)
        .where(
          and(
            eq(jobs.enabled, true),
            inArray(jobs.name, names),
            or(isNull(jobs.lockedUntil), lte(jobs.lockedUntil, now)),
            or(lte(jobs.nextRunAt, now), isNotNull(jobs.lockedBy)),
          ),
        )
        .orderBy(asc(jobs.nextRunAt))
        .limit(1)
        .for('update', { skipLocked: true });
      if (!job) return null;
      const def = getJob(job.name);
      if (!def) return null;
      if (job.lockedBy !== null) {
        await settleAbandoned(tx, job, def, now);
        continue;
      }
      const next = nextRun(def.schedule, now);
      const trigger: JobTrigger = job.attempts > 0 ? 'retry' : 'schedule';
      const runId = newId();
      await tx
        .update(jobs)
        .set({
          lockedBy: runnerId,
          lockedUntil: new Date(now.getTime() + def.leaseMs),
          // A schedule that never fires again (cannot happen for a checked 5-field expression) disables the job.
          ...(next ? { nextRunAt: next } : { enabled: false }),
        })
        .where(eq(jobs.name, job.name));
      await tx.insert(jobRuns).values({
        id: runId,
        jobName: job.name,
        trigger,
        slotAt: job.nextRunAt,
        runner: runnerId,
        startedAt: now,
        status: 'running',
      });
      return { def, runId, trigger, runnerId, startedAt: now };
    }
  });
}

/**
 * The job's lease expired while its run was still `running`: the runner died or lost the database. Marks that
 * run failed and counts it as a failed attempt of the slot (a manual run only clears the lease).
 */
export async function settleAbandoned(tx: Tx, job: JobRow, def: JobDefinition, now: Date): Promise<void> {
  const error = `lease expired: runner ${job.lockedBy} stopped before finishing`;
  const stale = await tx
    .update(jobRuns)
    .set({ status: 'failed', finishedAt: now, error })
    .where(
      and(
        eq(jobRuns.jobName, job.name),
        eq(jobRuns.status, 'running'),
        eq(jobRuns.runner, job.lockedBy ?? ''),
      ),
    )
    .returning({ trigger: jobRuns.trigger });
  const manualOnly = stale.length > 0 && stale.every((r) => r.trigger === 'manual');
  await tx
    .update(jobs)
    .set({
      lockedBy: null,
      lockedUntil: null,
      lastStatus: 'failed',
      lastError: error,
      lastFinishedAt: now,
      ...(manualOnly ? {} : afterFailure(job.attempts, def, job.nextRunAt, now)),
    })
    .where(eq(jobs.name, job.name));
}

/**
 * After a failed attempt: retry with exponential backoff while attempts remain and the retry comes before the
 * next regular slot; otherwise give the slot up and wait for the next one (`nextSlot`, set at claim time).
 */
export function afterFailure(
  attemptsBefore: number,
  def: Pick<JobDefinition, 'maxAttempts' | 'retryBaseMs'>,
  nextSlot: Date,
  failedAt: Date,
): { attempts: number; nextRunAt: Date } {
  const attempts = attemptsBefore + 1;
  if (attempts < def.maxAttempts) {
    const retryAt = new Date(failedAt.getTime() + retryDelay(attempts, def.retryBaseMs));
    if (retryAt.getTime() < nextSlot.getTime()) return { attempts, nextRunAt: retryAt };
  }
  return { attempts: 0, nextRunAt: nextSlot };
}

/**
 * Runs a claimed job's handler outside any transaction, renewing the lease every third of its length, then
 * records the outcome. `ctx` overrides the handler's context (a manual run keeps the admin's request id).
 */
export async function executeClaim(
  deps: AppDeps,
  claim: JobClaim,
  log: FastifyBaseLogger,
  at: () => Date,
  ctx?: Ctx,
): Promise<JobRunOutcome> {
  const { def, runId, runnerId, startedAt } = claim;
  const { db } = deps.database;
  const jobLog = log.child({ job: def.name, runId });
  const controller = new AbortController();
  let beat: Promise<void> | undefined;
  const heartbeat = setInterval(
    () => {
      beat = (async () => {
        try {
          const renewed = await db
            .update(jobs)
            .set({ lockedUntil: new Date(at().getTime() + def.leaseMs) })
            .where(and(eq(jobs.name, def.name), eq(jobs.lockedBy, runnerId)))
            .returning({ name: jobs.name });
          if (renewed.length === 0 && !controller.signal.aborted) {
            jobLog.warn('job lease lost; another runner may take the job over');
            controller.abort(new Error('lease lost'));
          }
        } catch (err) {
          jobLog.warn({ err }, 'job lease renewal failed');
        }
      })();
    },
    Math.max(1000, Math.floor(def.leaseMs / 3)),
  );
  heartbeat.unref();

  let status: JobRunOutcome['status'];
  let result: unknown = null;
  let error: string | null = null;
  jobLog.info({ trigger: claim.trigger }, 'job started');
  try {
    result = toJson(
      await def.handler({
        deps,
        ctx: ctx ?? systemCtx(def.name, startedAt),
        now: startedAt,
        log: jobLog,
        signal: controller.signal,
      }),
    );
    status = 'succeeded';
  } catch (err) {
    status = 'failed';
    error = errorText(err);
  } finally {
    clearInterval(heartbeat);
    await beat;
  }
  const finishedAt = at();
  if (status === 'failed')
    jobLog.warn({ error, ms: finishedAt.getTime() - startedAt.getTime() }, 'job failed');
  else jobLog.info({ ms: finishedAt.getTime() - startedAt.getTime() }, 'job succeeded');

  await withRetries(() => finishRun(db, claim, { status, result, error }, finishedAt), jobLog);
  return { runId, job: def.name, trigger: claim.trigger, status, result, error };
}

/** Records the outcome on the run and, if this runner still holds the lease, on the job (and schedules a retry). */
async function finishRun(
  db: Db,
  claim: JobClaim,
  outcome: { status: 'succeeded' | 'failed'; result: unknown; error: string | null },
  finishedAt: Date,
): Promise<void> {
  await db.transaction(async (tx) => {
    await tx
      .update(jobRuns)
      .set({ status: outcome.status, finishedAt, result: outcome.result, error: outcome.error })
      .where(eq(jobRuns.id, claim.runId));
    const [job] = await tx
      .select()
      .from(jobs)
      .where(and(eq(jobs.name, claim.def.name), eq(jobs.lockedBy, claim.runnerId)))
      .for('update');
    // Lease lost and the job taken over: whoever took it has settled the job row.
    if (!job) return;
    const common = {
      lockedBy: null,
      lockedUntil: null,
      lastStatus: outcome.status,
      lastError: outcome.error,
      lastFinishedAt: finishedAt,
    };
    const schedule =
      claim.trigger === 'manual'
        ? {}
        : outcome.status === 'succeeded'
          ? { attempts: 0 }
          : afterFailure(job.attempts, claim.def, job.nextRunAt, finishedAt);
    await tx
      .update(jobs)
      .set({ ...common, ...schedule })
      .where(eq(jobs.name, claim.def.name));
  });
}

/** The outcome must be recorded even through a short database hiccup, or the lease would have to expire. */
async function withRetries(fn: () => Promise<void>, log: FastifyBaseLogger): Promise<void> {
  const waits = [500, 2000, 5000];
  for (let i = 0; ; i++) {
    try {
      return await fn();
    } catch (err) {
      if (i >= waits.length) throw err;
      log.warn({ err }, 'recording the job outcome failed; retrying');
      await new Promise((r) => setTimeout(r, waits[i]));
    }
  }
}

export function errorText(err: unknown): string {
  const text = err instanceof Error ? err.message || err.name : String(err);
  return text.length > MAX_ERROR_LENGTH ? `${text.slice(0, MAX_ERROR_LENGTH)}…` : text;
}

/** The handler's result as stored JSON (undefined → null; a value JSON cannot hold is described instead). */
function toJson(value: unknown): unknown {
  if (value === undefined) return null;
  try {
    return JSON.parse(JSON.stringify(value)) as unknown;
  } catch (err) {
    return { unserialisable: errorText(err) };
  }
}

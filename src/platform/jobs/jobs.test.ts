import { afterEach, describe, expect, it } from 'vitest';
import { asc, eq } from 'drizzle-orm';
import { pino } from 'pino';
import { bareDeps, bareTestDatabase, onPostgres } from '../../../test/support/database.js';
import { openDatabase } from '../db/client.js';
import { claimDueJob, runDueJobs } from './claim-and-run.js';
import { defineJob, undefineJob, type JobContext, type JobDefinitionInput } from './define-job.js';
import { ensureJobs } from './ensure-jobs.js';
import { startJobRunner } from './runner.js';
import { jobRuns, jobs } from './schema.js';

const clock = { now: new Date('2026-11-27T02:00:30Z') };
const file = bareTestDatabase(() => clock.now);
const defined: string[] = [];

const at = (iso: string) => new Date(iso);

function define(input: JobDefinitionInput) {
  defined.push(input.name);
  return defineJob(input);
}

/**
 * Defines a job whose handler counts its runs: `run(calls, jc)` is what it does on its `calls`-th run. Returns a
 * reader of the count so far.
 */
function defineCounting(
  input: Omit<JobDefinitionInput, 'handler'>,
  run: (calls: number, jc: JobContext) => unknown = () => null,
) {
  let calls = 0;
  define({ ...input, handler: async (jc) => run(++calls, jc) });
  return () => calls;
}

async function jobRow(name: string) {
  const [row] = await file.database.db.select().from(jobs).where(eq(jobs.name, name));
  return row!;
}

async function runsOf(name: string) {
  return file.database.db.select().from(jobRuns).where(eq(jobRuns.jobName, name)).orderBy(asc(jobRuns.startedAt));
}

afterEach(() => {
  for (const name of defined.splice(0)) undefineJob(name);
});

describe('runDueJobs', () => {
  it('runs a job once per slot; missed slots collapse into one catch-up run', async () => {
    const calls = defineCounting({ name: 'test.minutely', schedule: '* * * * *' }, (calls, jc) => {
      expect(jc.ctx.actor).toEqual({ kind: 'system', name: 'test.minutely' });
      return { calls };
    });
    await ensureJobs(file.database.db, at('2026-11-27T02:00:30Z'));
    expect((await jobRow('test.minutely')).nextRunAt).toEqual(at('2026-11-27T02:01:00Z'));

    expect(await runDueJobs(file.deps, 'r1', at('2026-11-27T02:00:59Z'))).toEqual([]);
    const first = await runDueJobs(file.deps, 'r1', at('2026-11-27T02:01:05Z'));
    expect(first).toMatchObject([
      { job: 'test.minutely', trigger: 'schedule', status: 'succeeded', result: { calls: 1 } },
    ]);
    expect(await runDueJobs(file.deps, 'r2', at('2026-11-27T02:01:50Z'))).toEqual([]);
    // Runner down for two minutes: one run, for the oldest slot, and the schedule resumes after now.
    expect(await runDueJobs(file.deps, 'r2', at('2026-11-27T02:03:30Z'))).toHaveLength(1);
    expect(calls()).toBe(2);

    const job = await jobRow('test.minutely');
    expect(job).toMatchObject({ nextRunAt: at('2026-11-27T02:04:00Z'), lockedBy: null, lockedUntil: null });
    expect(job).toMatchObject({ attempts: 0, lastStatus: 'succeeded', lastError: null });
    const runs = await runsOf('test.minutely');
    expect(runs.map((r) => [r.runner, r.trigger, r.status, r.slotAt?.toISOString()])).toEqual([
      ['r1', 'schedule', 'succeeded', '2026-11-27T02:01:00.000Z'],
      ['r2', 'schedule', 'succeeded', '2026-11-27T02:02:00.000Z'],
    ]);
    expect(runs[0]!.result).toEqual({ calls: 1 });
    expect(runs[0]!.finishedAt!.getTime()).toBeGreaterThanOrEqual(runs[0]!.startedAt.getTime());
  });

  it('keeps the state of a job on a restart, and reschedules it when its schedule changes', async () => {
    define({ name: 'test.resched', schedule: '0 3 * * *', handler: async () => null });
    await ensureJobs(file.database.db, at('2026-11-27T02:00:00Z'));
    expect((await jobRow('test.resched')).nextRunAt).toEqual(at('2026-11-27T19:00:00Z'));
    await ensureJobs(file.database.db, at('2026-11-27T05:00:00Z'));
    expect((await jobRow('test.resched')).nextRunAt).toEqual(at('2026-11-27T19:00:00Z'));
    undefineJob('test.resched');
    define({ name: 'test.resched', schedule: '0 12 * * *', handler: async () => null });
    await ensureJobs(file.database.db, at('2026-11-27T05:00:00Z'));
    expect(await jobRow('test.resched')).toMatchObject({
      schedule: '0 12 * * *',
      nextRunAt: at('2026-11-28T04:00:00Z'),
    });
  });

  it('retries a failing job with exponential backoff, then succeeds', async () => {
    defineCounting({ name: 'test.flaky', schedule: '0 * * * *', maxAttempts: 4, retryBaseMs: 60_000 }, (calls) => {
      if (calls <= 2) throw new Error(`upstream unavailable (${calls})`);
      return 'ok';
    });
    await ensureJobs(file.database.db, at('2026-11-27T02:30:00Z'));

    expect(await runDueJobs(file.deps, 'r1', at('2026-11-27T03:00:05Z'))).toMatchObject([
      { trigger: 'schedule', status: 'failed', error: 'upstream unavailable (1)' },
    ]);
    let job = await jobRow('test.flaky');
    expect(job.attempts).toBe(1);
    expect(job.lastStatus).toBe('failed');
    expect(job.lastError).toBe('upstream unavailable (1)');
    // First retry one base delay after the failure.
    expect(Math.abs(job.nextRunAt.getTime() - at('2026-11-27T03:01:05Z').getTime())).toBeLessThan(1000);

    expect(await runDueJobs(file.deps, 'r1', at('2026-11-27T03:01:00Z'))).toEqual([]);
    expect(await runDueJobs(file.deps, 'r2', at('2026-11-27T03:01:06Z'))).toMatchObject([
      { trigger: 'retry', status: 'failed' },
    ]);
    job = await jobRow('test.flaky');
    expect(job.attempts).toBe(2);
    // Second retry twice the base after the second failure.
    expect(Math.abs(job.nextRunAt.getTime() - at('2026-11-27T03:03:06Z').getTime())).toBeLessThan(1000);

    expect(await runDueJobs(file.deps, 'r1', at('2026-11-27T03:02:30Z'))).toEqual([]);
    expect(await runDueJobs(file.deps, 'r1', at('2026-11-27T03:03:10Z'))).toMatchObject([
      { trigger: 'retry', status: 'succeeded', result: 'ok' },
    ]);
    job = await jobRow('test.flaky');
    expect(job).toMatchObject({
      attempts: 0,
      lastStatus: 'succeeded',
      lastError: null,
      nextRunAt: at('2026-11-27T04:00:00Z'),
    });
    const runs = await runsOf('test.flaky');
    expect(runs.map((r) => [r.trigger, r.status])).toEqual([
      ['schedule', 'failed'],
      ['retry', 'failed'],
      ['retry', 'succeeded'],
    ]);
  });

  it('gives a slot up after maxAttempts and waits for the next slot', async () => {
    define({
      name: 'test.broken',
      schedule: '0 * * * *',
      maxAttempts: 2,
      retryBaseMs: 1_000,
      handler: async () => {
        throw new Error('broken');
      },
    });
    await ensureJobs(file.database.db, at('2026-11-27T02:30:00Z'));
    await runDueJobs(file.deps, 'r1', at('2026-11-27T03:00:00Z'));
    await runDueJobs(file.deps, 'r1', at('2026-11-27T03:00:02Z'));
    expect(await runDueJobs(file.deps, 'r1', at('2026-11-27T03:30:00Z'))).toEqual([]);
    expect(await jobRow('test.broken')).toMatchObject({
      attempts: 0,
      lastStatus: 'failed',
      lastError: 'broken',
      nextRunAt: at('2026-11-27T04:00:00Z'),
    });
    expect((await runsOf('test.broken')).map((r) => r.trigger)).toEqual(['schedule', 'retry']);
  });

  it('settles a run whose runner died once its lease expires, and retries the slot', async () => {
    const calls = defineCounting({ name: 'test.crash', schedule: '0 * * * *', leaseMs: 60_000, retryBaseMs: 0 });
    await ensureJobs(file.database.db, at('2026-11-27T02:30:00Z'));
    // The runner claims the slot, then the process dies before the handler finishes.
    const claim = await claimDueJob(file.database.db, 'dead-runner', at('2026-11-27T03:00:01Z'), ['test.crash']);
    expect(claim).toMatchObject({ trigger: 'schedule' });

    expect(await runDueJobs(file.deps, 'r1', at('2026-11-27T03:00:30Z'))).toEqual([]);
    const outcome = await runDueJobs(file.deps, 'r1', at('2026-11-27T03:01:02Z'));
    expect(outcome).toMatchObject([{ trigger: 'retry', status: 'succeeded' }]);
    expect(calls()).toBe(1);
    const runs = await runsOf('test.crash');
    expect(runs.map((r) => [r.runner, r.trigger, r.status])).toEqual([
      ['dead-runner', 'schedule', 'failed'],
      ['r1', 'retry', 'succeeded'],
    ]);
    expect(runs[0]!.error).toMatch(/lease expired: runner dead-runner/);
    expect(await jobRow('test.crash')).toMatchObject({
      attempts: 0,
      lockedBy: null,
      nextRunAt: at('2026-11-27T04:00:00Z'),
    });
  });

  it('a runner loop runs due jobs and stop() waits for the run in progress', async () => {
    let release!: () => void;
    const started = new Promise<void>((resolve) => {
      define({
        name: 'test.loop',
        schedule: '* * * * *',
        handler: async () => {
          resolve();
          await new Promise<void>((r) => (release = r));
          return 'done';
        },
      });
    });
    clock.now = at('2026-11-27T06:00:30Z');
    const runner = startJobRunner(file.deps, pino({ level: 'silent' }), { intervalMs: 20, runnerId: 'loop' });
    await new Promise((r) => setTimeout(r, 100));
    clock.now = at('2026-11-27T06:01:00Z');
    await started;
    let stopped = false;
    const stopping = runner.stop().then(() => (stopped = true));
    await new Promise((r) => setTimeout(r, 50));
    expect(stopped).toBe(false);
    release();
    await stopping;
    const runs = await runsOf('test.loop');
    expect(runs.map((r) => [r.runner, r.status, r.result])).toEqual([['loop', 'succeeded', 'done']]);
  });
});

describe.runIf(onPostgres())('two runners on one PostgreSQL database', () => {
  it('run every slot of every job exactly once', async () => {
    const second = await openDatabase({ databaseUrl: file.database.url!, poolSize: 5 });
    try {
      const depsB = bareDeps(second, () => clock.now);
      const names = ['test.race.a', 'test.race.b', 'test.race.c', 'test.race.d'];
      const handled = new Map<string, string[]>();
      for (const name of names) {
        define({
          name,
          schedule: '* * * * *',
          handler: async (jc) => {
            handled.set(name, [...(handled.get(name) ?? []), jc.now.toISOString()]);
            await new Promise((r) => setTimeout(r, Math.random() * 15));
            return null;
          },
        });
      }
      const start = at('2026-11-28T00:00:30Z');
      await ensureJobs(file.database.db, start);
      const ticks = 60;
      for (let i = 1; i <= ticks; i++) {
        // Both runners poll at (nearly) the same moment, as two instances would.
        const t = new Date(start.getTime() + i * 15_000);
        await Promise.all([
          runDueJobs(file.deps, 'runner-a', t),
          runDueJobs(depsB, 'runner-b', new Date(t.getTime() + Math.floor(Math.random() * 50))),
        ]);
      }
      // Slots 00:01 … 00:15 passed during the 15 minutes.
      const expected = Array.from({ length: 15 }, (_, i) =>
        new Date(Date.UTC(2026, 10, 28, 0, i + 1)).toISOString(),
      );
      const runners = new Set<string>();
      for (const name of names) {
        const runs = await runsOf(name);
        expect(runs.map((r) => r.slotAt!.toISOString()).sort()).toEqual(expected);
        expect(runs.every((r) => r.status === 'succeeded' && r.trigger === 'schedule')).toBe(true);
        expect(handled.get(name)).toHaveLength(expected.length);
        for (const r of runs) runners.add(r.runner);
      }
      expect(runners).toEqual(new Set(['runner-a', 'runner-b']));
    } finally {
      await second.close();
    }
  });
});

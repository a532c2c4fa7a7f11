import { afterAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { adminScreenApp } from '../../../test/support/accounts.js';
import { auditLog } from '../audit/schema.js';
import { claimDueJob } from './claim-and-run.js';
import { defineJob, getJob, undefineJob } from './define-job.js';
import { ensureJobs } from './ensure-jobs.js';
import { jobs } from './schema.js';

const file = adminScreenApp();
const defined: string[] = [];
afterAll(() => {
  for (const name of defined) undefineJob(name);
});

/** A job of the test's own (its own runs, audit rows and lease), so no test sees another's. */
function testJob(kind: 'ok' | 'fails'): { name: string; calls: () => number } {
  const name = `test.api-${kind}-${defined.length + 1}`;
  let calls = 0;
  defineJob({
    name,
    schedule: '30 2 * * *',
    handler: async (jc) => {
      calls++;
      if (kind === 'fails') throw new Error('registry unreachable');
      expect(jc.ctx.actor).toEqual({ kind: 'system', name });
      return { touched: 3 };
    },
  });
  defined.push(name);
  return { name, calls: () => calls };
}

const runNow = (name: string) =>
  file.t.app.inject({ method: 'POST', url: `/api/admin/jobs/${name}/run`, headers: { cookie: file.admin } });

describe('admin job API', () => {
  it('runs a job now: the run is recorded as manual, audited, and the schedule is untouched', async () => {
    const job = testJob('ok');
    await ensureJobs(file.t.database.db, file.t.clock.now);
    const [before] = await file.t.database.db.select().from(jobs).where(eq(jobs.name, job.name));

    const res = await runNow(job.name);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ status: 'succeeded', result: { touched: 3 }, error: null });
    expect(job.calls()).toBe(1);

    const runs = await file.t.app.inject({
      method: 'GET',
      url: `/api/admin/jobs/${job.name}/runs`,
      headers: { cookie: file.admin },
    });
    expect(runs.statusCode).toBe(200);
    expect(runs.json()).toMatchObject({
      total: 1,
      items: [
        { id: body.runId, trigger: 'manual', status: 'succeeded', result: { touched: 3 }, slotAt: null },
      ],
    });

    const audit = await file.t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'job.run'), eq(auditLog.targetId, job.name)));
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actorName: 'admin',
      outcome: 'ok',
      targetType: 'job',
      detail: { runId: body.runId },
    });

    const [after] = await file.t.database.db.select().from(jobs).where(eq(jobs.name, job.name));
    expect(after).toMatchObject({
      nextRunAt: before!.nextRunAt,
      attempts: 0,
      lockedBy: null,
      lastStatus: 'succeeded',
    });
  });

  it('lists jobs with schedule, next run and last outcome', async () => {
    const ok = testJob('ok');
    const fails = testJob('fails');
    expect((await runNow(ok.name)).json()).toMatchObject({ status: 'succeeded' });
    expect((await runNow(fails.name)).json()).toMatchObject({ status: 'failed' });
    const res = await file.t.app.inject({ method: 'GET', url: '/api/admin/jobs', headers: { cookie: file.admin } });
    expect(res.statusCode).toBe(200);
    const items = res.json().items as Array<Record<string, unknown>>;
    expect(items.find((j) => j.name === ok.name)).toMatchObject({
      schedule: '30 2 * * *',
      timeZone: 'Asia/Shanghai',
      defined: true,
      running: false,
      lastStatus: 'succeeded',
      lastError: null,
      // 02:30 Shanghai = 18:30 UTC; the clock is 2026-11-27T02:00Z.
      nextRunAt: '2026-11-27T18:30:00.000Z',
    });
    expect(items.find((j) => j.name === fails.name)).toMatchObject({
      lastStatus: 'failed',
      lastError: 'registry unreachable',
    });
  });

  it('reports a failing manual run as failed, with its error', async () => {
    const job = testJob('fails');
    const first = await runNow(job.name);
    const res = await runNow(job.name);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'failed', result: null, error: 'registry unreachable' });
    expect(job.calls()).toBe(2);
    const runs = await file.t.app.inject({
      method: 'GET',
      url: `/api/admin/jobs/${job.name}/runs?pageSize=1`,
      headers: { cookie: file.admin },
    });
    // Newest first, paginated.
    expect(runs.json()).toMatchObject({ total: 2, page: 1, pageSize: 1, items: [{ id: res.json().runId }] });
    expect(res.json().runId).not.toBe(first.json().runId);
  });

  it('refuses while another runner holds the lease (409), unknown jobs (404), and non-admins (403)', async () => {
    const job = testJob('ok');
    await ensureJobs(file.t.database.db, file.t.clock.now, [getJob(job.name)!]);
    await file.t.database.db.update(jobs).set({ nextRunAt: file.t.clock.now }).where(eq(jobs.name, job.name));
    const claim = await claimDueJob(file.t.database.db, 'other-instance', file.t.clock.now, [job.name]);
    expect(claim).not.toBeNull();
    const busy = await file.t.app.inject({
      method: 'POST',
      url: `/api/admin/jobs/${job.name}/run`,
      headers: { cookie: file.admin, 'accept-language': 'en-US' },
    });
    expect(busy.statusCode).toBe(409);
    expect(busy.json()).toMatchObject({
      code: 'job-running',
      detail: `Job ${job.name} is running (other-instance); try again later`,
    });
    expect(job.calls()).toBe(0);

    const unknown = await file.t.app.inject({
      method: 'POST',
      url: '/api/admin/jobs/no.such/run',
      headers: { cookie: file.admin },
    });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toMatchObject({ code: 'job-not-found', detail: '定时任务 no.such 不存在' });
    const unknownRuns = await file.t.app.inject({
      method: 'GET',
      url: '/api/admin/jobs/no.such/runs',
      headers: { cookie: file.admin },
    });
    expect(unknownRuns.statusCode).toBe(404);

    const officer = await file.t.login('officer1');
    for (const [method, url] of [
      ['POST', `/api/admin/jobs/${job.name}/run`],
      ['GET', '/api/admin/jobs'],
      ['GET', `/api/admin/jobs/${job.name}/runs`],
    ] as const) {
      const res = await file.t.app.inject({ method, url, headers: { cookie: officer } });
      expect(res.statusCode).toBe(403);
    }
    const anonymous = await file.t.app.inject({ method: 'GET', url: '/api/admin/jobs' });
    expect(anonymous.statusCode).toBe(401);
  });
});

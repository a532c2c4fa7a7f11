import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { pino } from 'pino';
import { bareDeps, testDatabase } from '../test/support/database.js';
import type { Database } from './platform/db/client.js';
import { recordAudit } from './platform/audit/record.js';
import { auditLog } from './platform/audit/schema.js';
import { systemCtx } from './platform/policy/actor.js';
import { defineJob, undefineJob } from './platform/jobs/define-job.js';
import { jobRuns } from './platform/jobs/schema.js';
import { registerDeliverer, unregisterDeliverer } from './platform/outbox/deliverers.js';
import { enqueueMessage } from './platform/outbox/enqueue.js';
import { outbox } from './platform/outbox/schema.js';
import { startWorkers } from './workers.js';

let database: Database;
const clock = { now: new Date('2026-11-27T02:00:30Z') };

beforeAll(async () => {
  database = await testDatabase();
});
afterAll(async () => {
  undefineJob('test.workers');
  unregisterDeliverer('test.workers');
  await database?.close();
});

async function until(check: () => Promise<boolean>, ms = 10_000) {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('condition not reached');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('startWorkers', () => {
  it('runs due jobs, delivers the outbox and seals the audit log until stopped', async () => {
    const deps = bareDeps(database, () => clock.now);
    defineJob({ name: 'test.workers', schedule: '* * * * *', handler: async () => 'ran' });
    const delivered: string[] = [];
    registerDeliverer('test.workers', async (msg) => void delivered.push(msg.idempotencyKey));
    const { id } = await enqueueMessage(
      database.db,
      { topic: 'test.workers', destination: 'd', idempotencyKey: 'w-1', payload: {} },
      clock.now,
    );
    await recordAudit(database.db, systemCtx('test', clock.now), { action: 'test.workers' });

    const workers = startWorkers(deps, pino({ level: 'silent' }), {
      jobIntervalMs: 20,
      outboxIntervalMs: 20,
      sealIntervalMs: 20,
    });
    try {
      // The deliverer runs before the worker records the delivery (a commit of its own): wait for the record.
      const statusOf = async () => (await database.db.select().from(outbox).where(eq(outbox.id, id)))[0]!.status;
      await until(async () => (await statusOf()) === 'delivered');
      expect(delivered).toEqual(['w-1']);
      await until(async () => {
        const rows = await database.db.select().from(auditLog).where(eq(auditLog.action, 'test.workers'));
        return rows[0]?.seq != null;
      });
      // The job's first slot is 02:01; move the clock past it.
      clock.now = new Date('2026-11-27T02:01:01Z');
      await until(
        async () =>
          (await database.db.select().from(jobRuns).where(eq(jobRuns.jobName, 'test.workers'))).length === 1,
      );
    } finally {
      await workers.stop();
    }
    const [run] = await database.db.select().from(jobRuns).where(eq(jobRuns.jobName, 'test.workers'));
    expect(run).toMatchObject({ status: 'succeeded', result: 'ran', trigger: 'schedule' });
    expect(run!.runner).toMatch(/^jobs:/);
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { and, count, eq, inArray } from 'drizzle-orm';
import { bareDeps, bareTestDatabase, onPostgres } from '../../../test/support/database.js';
import { openDatabase } from '../db/client.js';
import type { AppDeps } from '../http/types.js';
import { claimMessages, deliverDue } from './deliver-due.js';
import {
  registerDeliverer,
  unregisterDeliverer,
  type Deliverer,
  type DelivererOptions,
} from './deliverers.js';
import { enqueueMessage } from './enqueue.js';
import { outbox } from './schema.js';

const registered: string[] = [];
const T0 = new Date('2026-11-27T02:00:00Z');
const file = bareTestDatabase(() => T0);
const plus = (ms: number, from = T0) => new Date(from.getTime() + ms);

function register(topic: string, deliver: Deliverer, opts?: DelivererOptions) {
  registered.push(topic);
  registerDeliverer(topic, deliver, opts);
}

async function message(id: string) {
  const [row] = await file.database.db.select().from(outbox).where(eq(outbox.id, id));
  return row!;
}

const enqueue = (topic: string, key: string, extra: { maxAttempts?: number; destination?: string } = {}) =>
  enqueueMessage(
    file.database.db,
    {
      topic,
      destination: extra.destination ?? 'provincial-credit',
      idempotencyKey: key,
      payload: { key },
      maxAttempts: extra.maxAttempts,
    },
    T0,
  );

afterEach(() => {
  for (const topic of registered.splice(0)) unregisterDeliverer(topic);
});

describe('enqueueMessage', () => {
  it('writes in the caller’s transaction: a rollback leaves no message', async () => {
    await expect(
      file.database.db.transaction(async (tx) => {
        await enqueueMessage(
          tx,
          { topic: 'test.tx', destination: 'd', idempotencyKey: 'tx-1', payload: {} },
          T0,
        );
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    const [n] = await file.database.db.select({ n: count() }).from(outbox).where(eq(outbox.topic, 'test.tx'));
    expect(n!.n).toBe(0);

    const committed = await file.database.db.transaction((tx) =>
      enqueueMessage(
        tx,
        { topic: 'test.tx', destination: 'd', idempotencyKey: 'tx-2', payload: { a: 1 } },
        T0,
      ),
    );
    expect(committed.created).toBe(true);
    expect(await message(committed.id)).toMatchObject({
      status: 'pending',
      attempts: 0,
      maxAttempts: 12,
      nextAttemptAt: T0,
    });
  });

  it('ignores a second message with the same idempotency key', async () => {
    const first = await enqueue('test.dup', 'dup-1');
    const again = await enqueueMessage(
      file.database.db,
      { topic: 'test.dup', destination: 'elsewhere', idempotencyKey: 'dup-1', payload: { different: true } },
      plus(1000),
    );
    expect(again).toEqual({ id: first.id, created: false });
    const rows = await file.database.db.select().from(outbox).where(eq(outbox.idempotencyKey, 'dup-1'));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.payload).toEqual({ key: 'dup-1' });
  });
});

describe('deliverDue', () => {
  it('retries a flaky receiver with exponential backoff until it accepts', async () => {
    const seen: Array<{ key: string; attempts: number }> = [];
    register(
      'test.flaky',
      async (msg) => {
        seen.push({ key: msg.idempotencyKey, attempts: msg.attempts });
        if (seen.length <= 3) throw new Error(`HTTP 503 (${seen.length})`);
      },
      { retryBaseMs: 1000 },
    );
    const { id } = await enqueue('test.flaky', 'flaky-1');

    expect(await deliverDue(file.deps, 'w1', T0)).toEqual({ claimed: 1, delivered: 0, retried: 1, dead: 0 });
    let row = await message(id);
    expect(row).toMatchObject({ status: 'pending', attempts: 1, lastError: 'HTTP 503 (1)', lockedBy: null });
    expect(row.nextAttemptAt.getTime() - T0.getTime()).toBeGreaterThanOrEqual(1000);
    expect(row.nextAttemptAt.getTime() - T0.getTime()).toBeLessThan(1500);

    // Not due before its backoff has passed.
    expect((await deliverDue(file.deps, 'w1', plus(900))).claimed).toBe(0);
    expect(await deliverDue(file.deps, 'w1', plus(1500))).toMatchObject({ retried: 1 });
    row = await message(id);
    expect(row.attempts).toBe(2);
    // Second wait is twice the base.
    expect(row.nextAttemptAt.getTime() - plus(1500).getTime()).toBeGreaterThanOrEqual(2000);
    expect((await deliverDue(file.deps, 'w1', plus(3000))).claimed).toBe(0);
    expect(await deliverDue(file.deps, 'w2', plus(3600))).toMatchObject({ retried: 1 });
    expect((await deliverDue(file.deps, 'w2', plus(7000))).claimed).toBe(0);
    expect(await deliverDue(file.deps, 'w1', plus(7700))).toEqual({
      claimed: 1,
      delivered: 1,
      retried: 0,
      dead: 0,
    });

    row = await message(id);
    expect(row).toMatchObject({
      status: 'delivered',
      attempts: 4,
      lastError: null,
      lockedBy: null,
      lockedUntil: null,
    });
    expect(row.deliveredAt!.getTime()).toBeGreaterThanOrEqual(plus(7700).getTime());
    expect(seen).toEqual([1, 2, 3, 4].map((attempts) => ({ key: 'flaky-1', attempts })));
    expect((await deliverDue(file.deps, 'w1', plus(60_000))).claimed).toBe(0);
  });

  it('delivers a message whose worker crashed once its lease expires', async () => {
    const seen: string[] = [];
    register('test.crash', async (msg) => void seen.push(msg.idempotencyKey), { timeoutMs: 5_000 });
    const { id } = await enqueue('test.crash', 'crash-1');
    // A worker claims it, then dies without a word.
    const claimed = await claimMessages(file.database.db, 'dead-worker', T0, {
      batch: 10,
      leaseMs: 60_000,
      topics: ['test.crash'],
    });
    expect(claimed.map((m) => m.id)).toEqual([id]);

    expect((await deliverDue(file.deps, 'w1', plus(30_000))).claimed).toBe(0);
    expect(seen).toEqual([]);
    expect(await deliverDue(file.deps, 'w1', plus(60_001))).toMatchObject({ claimed: 1, delivered: 1 });
    expect(seen).toEqual(['crash-1']);
    expect(await message(id)).toMatchObject({ status: 'delivered', attempts: 2, lastError: null });
  });

  it('dead-letters a message whose worker crashed on its last attempt', async () => {
    register('test.crash-last', async () => undefined);
    const { id } = await enqueue('test.crash-last', 'crash-last-1', { maxAttempts: 1 });
    await claimMessages(file.database.db, 'dead-worker', T0, {
      batch: 10,
      leaseMs: 60_000,
      topics: ['test.crash-last'],
    });
    expect(await deliverDue(file.deps, 'w1', plus(61_000))).toEqual({
      claimed: 0,
      delivered: 0,
      retried: 0,
      dead: 1,
    });
    const row = await message(id);
    expect(row).toMatchObject({ status: 'dead', attempts: 1, lockedBy: null });
    expect(row.lastError).toMatch(/lease expired on the last attempt: worker dead-worker/);
  });

  it('counts a receiver that does not answer in time as a failure, and aborts its request', async () => {
    let aborted = false;
    register(
      'test.slow',
      (_msg, { signal }) =>
        new Promise<void>(() => {
          signal.addEventListener('abort', () => (aborted = true));
        }),
      { timeoutMs: 50, retryBaseMs: 1000 },
    );
    const { id } = await enqueue('test.slow', 'slow-1');
    expect(await deliverDue(file.deps, 'w1', T0)).toMatchObject({ claimed: 1, retried: 1 });
    expect(aborted).toBe(true);
    expect(await message(id)).toMatchObject({
      status: 'pending',
      attempts: 1,
      lastError: 'no answer within 50 ms',
    });
  });

  it('dead-letters after maxAttempts, keeping the last error', async () => {
    register(
      'test.rejects',
      async () => {
        throw new Error('422 unknown enterprise');
      },
      { retryBaseMs: 10 },
    );
    const { id } = await enqueue('test.rejects', 'rejects-1', { maxAttempts: 2 });
    expect(await deliverDue(file.deps, 'w1', T0)).toMatchObject({ retried: 1 });
    expect(await deliverDue(file.deps, 'w1', plus(1000))).toMatchObject({ dead: 1 });
    expect(await message(id)).toMatchObject({
      status: 'dead',
      attempts: 2,
      lastError: '422 unknown enterprise',
    });
    expect((await deliverDue(file.deps, 'w1', plus(3_600_000))).claimed).toBe(0);
  });

  it('leaves messages of topics it has no deliverer for', async () => {
    const { id } = await enqueue('test.unknown-topic', 'unknown-1');
    register('test.other', async () => undefined);
    expect((await deliverDue(file.deps, 'w1', plus(1000))).claimed).toBe(0);
    expect(await message(id)).toMatchObject({ status: 'pending', attempts: 0 });
  });
});

describe.runIf(onPostgres())('two outbox workers on one PostgreSQL database', () => {
  it('deliver every message, each accepted once by an idempotent receiver', async () => {
    const second = await openDatabase({ databaseUrl: file.database.url!, poolSize: 5 });
    try {
      const depsB = bareDeps(second, () => T0);
      const accepted = new Map<string, number>();
      const inFlight = new Set<string>();
      let overlapping = 0;
      let calls = 0;
      const receiver: Deliverer = async (msg) => {
        calls++;
        if (inFlight.has(msg.idempotencyKey)) overlapping++;
        inFlight.add(msg.idempotencyKey);
        try {
          await new Promise((r) => setTimeout(r, Math.random() * 5));
          // One delivery in five fails before the receiver applies it.
          if (Math.random() < 0.2) throw new Error('connection reset');
          accepted.set(msg.idempotencyKey, (accepted.get(msg.idempotencyKey) ?? 0) + 1);
        } finally {
          inFlight.delete(msg.idempotencyKey);
        }
      };
      register('test.race.credit', receiver, { retryBaseMs: 0 });
      register('test.race.sms', receiver, { retryBaseMs: 0 });

      const keys: string[] = [];
      for (let i = 0; i < 300; i++) {
        const key = `race-${i}`;
        keys.push(key);
        await enqueue(i % 2 ? 'test.race.credit' : 'test.race.sms', key, {
          maxAttempts: 50,
          destination: `dest-${i % 3}`,
        });
      }

      const worker = async (d: AppDeps, id: string) => {
        for (let round = 0; round < 200; round++) {
          const s = await deliverDue(d, id, plus(3_600_000 + round * 1000), { batch: 7 });
          if (s.claimed === 0 && round > 0) {
            const [left] = await file.database.db
              .select({ n: count() })
              .from(outbox)
              .where(and(eq(outbox.status, 'pending'), inArray(outbox.idempotencyKey, keys)));
            if (left!.n === 0) return;
          }
        }
      };
      await Promise.all([worker(file.deps, 'worker-a'), worker(depsB, 'worker-b'), worker(file.deps, 'worker-c')]);

      const rows = await file.database.db
        .select({ status: outbox.status, lockedBy: outbox.lockedBy })
        .from(outbox)
        .where(inArray(outbox.idempotencyKey, keys));
      expect(rows).toHaveLength(300);
      expect(rows.every((r) => r.status === 'delivered' && r.lockedBy === null)).toBe(true);
      expect(accepted.size).toBe(300);
      expect([...accepted.values()].every((n) => n === 1)).toBe(true);
      expect(overlapping).toBe(0);
      expect(calls).toBeGreaterThan(300);
    } finally {
      await second.close();
    }
  });
});

import { and, asc, eq, gte, inArray, isNull, lt, lte, or, sql } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import { pino } from 'pino';
import type { Db } from '../db/client.js';
import type { AppDeps } from '../http/types.js';
import { elapsedClock, errorText } from '../jobs/claim-and-run.js';
import { retryDelay } from '../jobs/next-run.js';
import { deliverers, getDeliverer, type OutboxMessage, type RegisteredDeliverer } from './deliverers.js';
import { outbox } from './schema.js';

type OutboxRow = typeof outbox.$inferSelect;

export interface DeliverySummary {
  claimed: number;
  delivered: number;
  /** Failed this time, scheduled again with backoff. */
  retried: number;
  /** Dead-lettered: failed on their last attempt, or their worker vanished during it. */
  dead: number;
}

export interface DeliverOptions {
  /** Messages claimed per pass (default 20); they are delivered concurrently. */
  batch?: number;
  /** How long a claim holds (default: the longest deliverer timeout + 30 s), so a crashed worker's messages return. */
  leaseMs?: number;
  log?: FastifyBaseLogger;
}

const LEASE_MARGIN_MS = 30_000;
const silentLog: FastifyBaseLogger = pino({ level: 'silent' });

/**
 * One pass of an outbox worker: claims a batch of due messages (one statement, `FOR UPDATE SKIP LOCKED`,
 * setting a lease and counting the attempt), delivers them outside any transaction with a timeout, then marks
 * each delivered, schedules a retry with exponential backoff, or dead-letters it after `max_attempts`.
 * A message whose lease expired (its worker crashed mid-delivery) is claimed again: delivery is at least once,
 * and receivers dedupe on the idempotency key. Only topics with a registered deliverer are claimed.
 *
 * Times are `now` plus the real time elapsed during the pass, so a test may drive it with any clock.
 */
export async function deliverDue(
  deps: AppDeps,
  workerId: string,
  now: Date,
  opts: DeliverOptions = {},
): Promise<DeliverySummary> {
  const summary: DeliverySummary = { claimed: 0, delivered: 0, retried: 0, dead: 0 };
  const registered = deliverers();
  if (registered.length === 0) return summary;
  const { db } = deps.database;
  const log = opts.log ?? silentLog;
  const at = elapsedClock(now);
  const topics = registered.map((d) => d.topic);
  const leaseMs = opts.leaseMs ?? Math.max(...registered.map((d) => d.timeoutMs)) + LEASE_MARGIN_MS;

  summary.dead += await deadLetterAbandoned(db, at(), topics);
  const claimed = await claimMessages(db, workerId, at(), { batch: opts.batch ?? 20, leaseMs, topics });
  summary.claimed = claimed.length;

  const outcomes = await Promise.all(
    claimed.map(async (row) => {
      const reg = getDeliverer(row.topic)!;
      try {
        return await deliverOne(db, workerId, row, reg, at, log);
      } catch (err) {
        // Recording the outcome failed (database gone): the lease expires and the message is tried again.
        log.error({ err, messageId: row.id }, 'recording an outbox delivery failed');
        return 'unrecorded' as const;
      }
    }),
  );
  for (const o of outcomes) if (o !== 'unrecorded') summary[o]++;
  return summary;
}

/** Messages of `topics` pending and due at `now`, not leased or their lease over. */
const dueUnleased = (now: Date, topics: string[]) =>
  and(
    eq(outbox.status, 'pending'),
    lte(outbox.nextAttemptAt, now),
    or(isNull(outbox.lockedUntil), lte(outbox.lockedUntil, now)),
    inArray(outbox.topic, topics),
  );

/**
 * Claims up to `batch` due messages for `workerId`: pending, due, not leased (or the lease expired), attempts
 * left. The attempt is counted at claim time, so a message that kills its worker still runs out of attempts.
 */
export async function claimMessages(
  db: Db,
  workerId: string,
  now: Date,
  opts: { batch: number; leaseMs: number; topics: string[] },
): Promise<OutboxRow[]> {
  if (opts.topics.length === 0 || opts.batch < 1) return [];
  const lockedUntil = new Date(now.getTime() + opts.leaseMs);
  const due = db
    .select({ id: outbox.id })
    .from(outbox)
    .where(
      and(
        dueUnleased(now, opts.topics),
        lt(outbox.attempts, outbox.maxAttempts),
      ),
    )
    .orderBy(asc(outbox.nextAttemptAt))
    .limit(opts.batch)
    .for('update', { skipLocked: true });
  return db
    .update(outbox)
    .set({
      lockedBy: workerId,
      lockedUntil,
      // Due again when the lease ends, should this worker never report back.
      nextAttemptAt: lockedUntil,
      attempts: sql`${outbox.attempts} + 1`,
      lastError: sql`CASE WHEN ${outbox.lockedBy} IS NULL THEN ${outbox.lastError} ELSE 'lease expired: worker ' || ${outbox.lockedBy} || ' stopped before finishing' END`,
    })
    .where(inArray(outbox.id, due))
    .returning();
}

/** A message whose worker vanished during its last attempt has no attempts left to claim: dead-letter it. */
async function deadLetterAbandoned(db: Db, now: Date, topics: string[]): Promise<number> {
  const rows = await db
    .update(outbox)
    .set({
      status: 'dead',
      lockedBy: null,
      lockedUntil: null,
      lastError: sql`'lease expired on the last attempt: worker ' || coalesce(${outbox.lockedBy}, '?') || ' stopped before finishing'`,
    })
    .where(
      and(
        dueUnleased(now, topics),
        gte(outbox.attempts, outbox.maxAttempts),
      ),
    )
    .returning({ id: outbox.id });
  return rows.length;
}

async function deliverOne(
  db: Db,
  workerId: string,
  row: OutboxRow,
  reg: RegisteredDeliverer,
  at: () => Date,
  log: FastifyBaseLogger,
): Promise<'delivered' | 'retried' | 'dead'> {
  const msg: OutboxMessage = {
    id: row.id,
    topic: row.topic,
    destination: row.destination,
    idempotencyKey: row.idempotencyKey,
    payload: row.payload,
    enterpriseId: row.enterpriseId,
    attempts: row.attempts,
  };
  const controller = new AbortController();
  try {
    await withTimeout(
      Promise.resolve().then(() => reg.deliver(msg, { signal: controller.signal })),
      reg.timeoutMs,
      controller,
    );
  } catch (err) {
    const failedAt = at();
    const error = errorText(err);
    const dead = row.attempts >= row.maxAttempts;
    // Only while this worker still holds the message: after a lost lease, the new holder decides.
    await db
      .update(outbox)
      .set(
        dead
          ? { status: 'dead', lockedBy: null, lockedUntil: null, lastError: error }
          : {
              lockedBy: null,
              lockedUntil: null,
              lastError: error,
              nextAttemptAt: new Date(failedAt.getTime() + retryDelay(row.attempts, reg.retryBaseMs)),
            },
      )
      .where(and(eq(outbox.id, row.id), eq(outbox.status, 'pending'), eq(outbox.lockedBy, workerId)));
    const detail = {
      messageId: row.id,
      topic: row.topic,
      destination: row.destination,
      attempts: row.attempts,
      error,
    };
    if (dead) log.error(detail, 'outbox message dead-lettered');
    else log.warn(detail, 'outbox delivery failed; will retry');
    return dead ? 'dead' : 'retried';
  }
  // Delivered is the truth whoever holds the lease now, so it is not conditional on it.
  await db
    .update(outbox)
    .set({ status: 'delivered', deliveredAt: at(), lockedBy: null, lockedUntil: null, lastError: null })
    .where(and(eq(outbox.id, row.id), eq(outbox.status, 'pending')));
  return 'delivered';
}

function withTimeout<T>(promise: Promise<T>, ms: number, controller: AbortController): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const err = new Error(`no answer within ${ms} ms`);
      controller.abort(err);
      reject(err);
    }, ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

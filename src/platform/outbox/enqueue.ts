import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.js';
import { newId } from '../db/ids.js';
import { outbox } from './schema.js';

export interface OutboxInput {
  /** Which deliverer sends it (`registerDeliverer`), e.g. `credit.repair`, `notify.sms`, `webhook`. */
  topic: string;
  /** The receiver, for per-destination status (platform name, webhook id, phone …). */
  destination: string;
  /** Stable for the fact announced: enqueueing the same key twice is a no-op, and receivers dedupe on it. */
  idempotencyKey: string;
  payload: Record<string, unknown>;
  enterpriseId?: string | null;
  /** Delivery attempts before the message is dead-lettered (default 12). */
  maxAttempts?: number;
}

export const DEFAULT_MAX_ATTEMPTS = 12;

/**
 * Writes a message in the caller's transaction, so it exists exactly when the change it announces does; the
 * outbox worker delivers it after commit. A second message with the same idempotency key is not written:
 * `created` is false and `id` is the existing message's.
 */
export async function enqueueMessage(
  tx: DbOrTx,
  input: OutboxInput,
  now: Date,
): Promise<{ id: string; created: boolean }> {
  if (!input.topic.trim()) throw new Error('outbox message needs a topic');
  if (!input.destination.trim()) throw new Error('outbox message needs a destination');
  if (!input.idempotencyKey.trim()) throw new Error('outbox message needs an idempotency key');
  const maxAttempts = input.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
  if (!Number.isInteger(maxAttempts) || maxAttempts < 1)
    throw new Error('maxAttempts must be a positive integer');
  const id = newId();
  const inserted = await tx
    .insert(outbox)
    .values({
      id,
      topic: input.topic,
      destination: input.destination,
      idempotencyKey: input.idempotencyKey,
      payload: input.payload,
      enterpriseId: input.enterpriseId ?? null,
      status: 'pending',
      attempts: 0,
      maxAttempts,
      nextAttemptAt: now,
      createdAt: now,
    })
    .onConflictDoNothing({ target: outbox.idempotencyKey })
    .returning({ id: outbox.id });
  if (inserted.length > 0) return { id, created: true };
  const [existing] = await tx
    .select({ id: outbox.id })
    .from(outbox)
    .where(eq(outbox.idempotencyKey, input.idempotencyKey));
  return { id: existing!.id, created: false };
}

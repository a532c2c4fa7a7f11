import { eq } from 'drizzle-orm';
import { recordAudit } from '../audit/record.js';
import type { Db } from '../db/client.js';
import { AppError } from '../errors/app-error.js';
import type { Ctx } from '../policy/actor.js';
import { outbox } from './schema.js';

/**
 * POST /api/admin/outbox/:id/resend — puts a dead (or already delivered) message back in the queue with fresh
 * attempts and the same idempotency key, so a receiver that did get it applies it once. Audited with the
 * message's previous state. 409 `outbox-message-pending` while it is still queued.
 */
export async function resendMessage(db: Db, id: string, ctx: Ctx) {
  return db.transaction(async (tx) => {
    const [msg] = await tx.select().from(outbox).where(eq(outbox.id, id)).for('update');
    if (!msg) throw new AppError(404, 'outbox-message-not-found', { id });
    if (msg.status === 'pending') throw new AppError(409, 'outbox-message-pending', { id });
    const [updated] = await tx
      .update(outbox)
      .set({
        status: 'pending',
        attempts: 0,
        nextAttemptAt: ctx.now,
        lockedBy: null,
        lockedUntil: null,
        lastError: null,
        deliveredAt: null,
      })
      .where(eq(outbox.id, id))
      .returning();
    await recordAudit(tx, ctx, {
      action: 'outbox.resend',
      targetType: 'outbox',
      targetId: id,
      enterpriseId: msg.enterpriseId,
      detail: {
        topic: msg.topic,
        destination: msg.destination,
        idempotencyKey: msg.idempotencyKey,
        previousStatus: msg.status,
        previousAttempts: msg.attempts,
        previousError: msg.lastError,
      },
    });
    return updated!;
  });
}

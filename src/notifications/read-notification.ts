import { and, eq } from 'drizzle-orm';
import type { Db } from '../platform/db/client.js';
import type { Ctx } from '../platform/policy/actor.js';
import { requireUser } from '../platform/policy/policy.js';
import { AppError } from '../platform/errors/app-error.js';
import { recordAudit } from '../platform/audit/record.js';
import { notifications } from './schema.js';

/** POST /api/notifications/:id/read — marks one of the caller's notifications read (once; audited). */
export async function readNotification(db: Db, ctx: Ctx, id: string): Promise<void> {
  const user = requireUser(ctx.actor);
  const [n] = await db
    .select({ id: notifications.id, readAt: notifications.readAt })
    .from(notifications)
    .where(and(eq(notifications.id, id), eq(notifications.userId, user.userId)));
  if (!n) throw new AppError(404, 'notification-not-found');
  if (n.readAt) return;
  await db.transaction(async (tx) => {
    await tx.update(notifications).set({ readAt: ctx.now }).where(eq(notifications.id, n.id));
    await recordAudit(tx, ctx, { action: 'notification.read', targetType: 'notification', targetId: n.id });
  });
}

import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../platform/db/client.js';
import type { Ctx } from '../platform/policy/actor.js';
import { requireUser } from '../platform/policy/policy.js';
import { recordAudit } from '../platform/audit/record.js';
import { notifications } from './schema.js';

/** POST /api/notifications/read-all — marks every unread notification of the caller read (audited with the count). */
export async function readAllNotifications(db: Db, ctx: Ctx): Promise<{ updated: number }> {
  const user = requireUser(ctx.actor);
  return db.transaction(async (tx) => {
    const marked = await tx
      .update(notifications)
      .set({ readAt: ctx.now })
      .where(and(eq(notifications.userId, user.userId), isNull(notifications.readAt)))
      .returning({ id: notifications.id });
    await recordAudit(tx, ctx, { action: 'notification.read-all', targetType: 'notification', detail: { updated: marked.length } });
    return { updated: marked.length };
  });
}

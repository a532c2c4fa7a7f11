import { and, count, desc, isNull } from 'drizzle-orm';
import type { Db } from '../platform/db/client.js';
import type { Ctx } from '../platform/policy/actor.js';
import { requireUser } from '../platform/policy/policy.js';
import { recordAudit } from '../platform/audit/record.js';
import type { Paging } from '../platform/http/paging.js';
import { pageOfTable } from '../platform/db/page-of-table.js';
import { notifications } from './schema.js';
import { myNotifications } from './mine.js';
import { presentNotification } from './present-notification.js';

/** GET /api/notifications — the caller's own notifications, newest first, with the unread count (audited). */
export async function listNotifications(db: Db, ctx: Ctx, q: Paging & { unread?: boolean }) {
  const user = requireUser(ctx.actor);
  const mine = myNotifications(user);
  const unreadOnly = and(mine, isNull(notifications.readAt));
  const where = q.unread ? unreadOnly : mine;
  const { total, rows } = await pageOfTable(db, q, notifications, where, [desc(notifications.createdAt), desc(notifications.id)]);
  const [unread] = await db.select({ n: count() }).from(notifications).where(unreadOnly);
  await recordAudit(db, ctx, {
    action: 'notification.list',
    targetType: 'notification',
    detail: { page: q.page, unread: q.unread ?? false, returned: rows.length },
  });
  return { items: rows.map((n) => presentNotification(n, ctx.locale)), total, unread: unread?.n ?? 0 };
}

import { and, count, eq, isNull, notInArray, or, type SQL } from 'drizzle-orm';
import type { Db } from '../platform/db/client.js';
import type { Ctx, UserActor } from '../platform/policy/actor.js';
import { hiddenFrom } from '../platform/policy/firewall.js';
import type { Todo } from '../todos/index.js';
import { notifications } from './schema.js';

/**
 * The caller's own notifications, as a condition: notifications about data behind the firewall (check-ups) never
 * reach a role that may not read it.
 */
export function myNotifications(user: UserActor): SQL {
  const hidden = hiddenFrom(user).targetTypes;
  return hidden.length
    ? and(eq(notifications.userId, user.userId), or(isNull(notifications.targetType), notInArray(notifications.targetType, hidden)))!
    : eq(notifications.userId, user.userId);
}

/** H3 — the reminders and notices the caller has not read yet (the header's bell lists them). */
export async function notificationTodos(db: Db, ctx: Ctx): Promise<Todo[]> {
  const a = ctx.actor;
  if (a.kind !== 'user') return [];
  const [r] = await db
    .select({ n: count() })
    .from(notifications)
    .where(and(myNotifications(a), isNull(notifications.readAt)));
  return [{ key: 'unread-notifications', count: r?.n ?? 0, link: null }];
}

import { eq } from 'drizzle-orm';
import type { Db } from '../platform/db/client.js';
import type { Ctx } from '../platform/policy/actor.js';
import { requireUser } from '../platform/policy/policy.js';
import { notificationContacts } from './schema.js';

/** GET /api/notifications/contacts — where the caller receives notifications by SMS and e-mail. */
export async function listNotificationContacts(db: Db, ctx: Ctx) {
  const user = requireUser(ctx.actor);
  const rows = await db.select().from(notificationContacts).where(eq(notificationContacts.userId, user.userId));
  return { items: rows.map((r) => ({ channel: r.channel, address: r.address, enabled: r.enabled })) };
}

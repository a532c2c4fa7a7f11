import { z } from 'zod';
import type { Db } from '../platform/db/client.js';
import type { Ctx } from '../platform/policy/actor.js';
import { requireUser } from '../platform/policy/policy.js';
import { AppError } from '../platform/errors/app-error.js';
import { recordAudit } from '../platform/audit/record.js';
import { notificationContacts, type NotificationChannel } from './schema.js';

/** PUT /api/notifications/contacts/:channel — sets the caller's SMS number or e-mail address (audited). */
export async function setNotificationContact(
  db: Db,
  ctx: Ctx,
  channel: NotificationChannel,
  input: { address: string; enabled: boolean },
) {
  const user = requireUser(ctx.actor);
  const { address, enabled } = input;
  const ok = channel === 'sms' ? /^\+?[\d\s-]{6,20}$/.test(address) : z.email().safeParse(address).success;
  if (!ok)
    throw new AppError(422, 'validation-failed', { summary: `body.address` }, { errors: [{ path: 'body.address', message: channel }] });
  await db.transaction(async (tx) => {
    await tx
      .insert(notificationContacts)
      .values({ userId: user.userId, channel, address, enabled, updatedAt: ctx.now })
      .onConflictDoUpdate({
        target: [notificationContacts.userId, notificationContacts.channel],
        set: { address, enabled, updatedAt: ctx.now },
      });
    await recordAudit(tx, ctx, {
      action: 'notification.contact',
      targetType: 'user',
      targetId: user.userId,
      detail: { channel, enabled },
    });
  });
  return { channel, address, enabled };
}

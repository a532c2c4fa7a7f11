import { and, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../platform/db/client.js';
import { newId } from '../platform/db/ids.js';
import { translate } from '../platform/i18n/messages.js';
import { enqueueMessage } from '../platform/outbox/enqueue.js';
import { users } from '../platform/auth/schema.js';
import {
  notificationContacts,
  notifications,
  NOTIFICATION_CHANNELS,
  type NotificationChannel,
} from './schema.js';
import { topicOf } from './deliver.js';
import './messages.js';

export interface NotifyInput {
  userIds: readonly string[];
  /** Text key `notify.<kind>` (see messages.ts). */
  kind: string;
  params: Record<string, string | number | null>;
  target?: { type: string; id: string };
  link?: string;
  /** The cause, e.g. `case-reminder:<caseId>`: a user is notified once per cause. */
  dedupeKey: string;
  /** Channels besides in-app (default: SMS and e-mail where the user has an address). */
  channels?: readonly NotificationChannel[];
}

/**
 * H3 — notifies users in the caller's transaction: one in-app notification each (once per cause), and an
 * outbox message per channel the user can be reached on, delivered after commit by the channel's sender.
 * Returns the number of users newly notified.
 */
export async function notifyUsers(tx: DbOrTx, now: Date, input: NotifyInput): Promise<number> {
  const userIds = [...new Set(input.userIds)];
  if (userIds.length === 0) return 0;
  const created = await tx
    .insert(notifications)
    .values(
      userIds.map((userId) => ({
        id: newId(),
        userId,
        kind: input.kind,
        params: input.params,
        targetType: input.target?.type ?? null,
        targetId: input.target?.id ?? null,
        link: input.link ?? null,
        dedupeKey: input.dedupeKey,
        createdAt: now,
      })),
    )
    .onConflictDoNothing({ target: [notifications.userId, notifications.dedupeKey] })
    .returning({ id: notifications.id, userId: notifications.userId });
  if (created.length === 0) return 0;

  const channels = input.channels ?? NOTIFICATION_CHANNELS;
  const ids = created.map((c) => c.userId);
  const contacts = await tx
    .select()
    .from(notificationContacts)
    .where(and(inArray(notificationContacts.userId, ids), eq(notificationContacts.enabled, true)));
  const phones = await tx
    .select({ id: users.id, phone: users.phone })
    .from(users)
    .where(inArray(users.id, ids));
  const text = translate('zh-CN', `notify.${input.kind}`, input.params);
  for (const c of created) {
    for (const channel of channels) {
      const contact = contacts.find((x) => x.userId === c.userId && x.channel === channel);
      const address =
        contact?.address ?? (channel === 'sms' ? phones.find((p) => p.id === c.userId)?.phone : null);
      if (!address) continue;
      await enqueueMessage(
        tx,
        {
          topic: topicOf(channel),
          destination: address,
          idempotencyKey: `notify:${c.id}:${channel}`,
          payload: { notificationId: c.id, userId: c.userId, kind: input.kind, to: address, text },
        },
        now,
      );
    }
  }
  return created.length;
}

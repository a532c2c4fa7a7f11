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
  return notifyMany(tx, now, [input]);
}

/** Rows of one notification INSERT (a statement stays well under PostgreSQL's 65,535 parameters). */
const INSERT_ROWS = 1000;

/**
 * H3 — several notifications (each its own kind, text and cause) in the caller's transaction, as `notifyUsers`
 * does for one, with one INSERT per thousand notifications and one look-up of the users' addresses: for jobs that
 * notify many holders at once (e.g. the licence-expiry sweep). Returns the number of notifications newly made.
 */
export async function notifyMany(tx: DbOrTx, now: Date, inputs: readonly NotifyInput[]): Promise<number> {
  const wanted = inputs.flatMap((input) =>
    [...new Set(input.userIds)].map((userId) => ({
      input,
      row: {
        id: newId(),
        userId,
        kind: input.kind,
        params: input.params,
        targetType: input.target?.type ?? null,
        targetId: input.target?.id ?? null,
        link: input.link ?? null,
        dedupeKey: input.dedupeKey,
        createdAt: now,
      },
    })),
  );
  if (wanted.length === 0) return 0;
  const created: { id: string; userId: string; dedupeKey: string }[] = [];
  for (let i = 0; i < wanted.length; i += INSERT_ROWS) {
    created.push(
      ...(await tx
        .insert(notifications)
        .values(wanted.slice(i, i + INSERT_ROWS).map((w) => w.row))
        .onConflictDoNothing({ target: [notifications.userId, notifications.dedupeKey] })
        .returning({ id: notifications.id, userId: notifications.userId, dedupeKey: notifications.dedupeKey })),
    );
  }
  if (created.length === 0) return 0;

  const ids = [...new Set(created.map((c) => c.userId))];
  const contacts = await tx
    .select()
    .from(notificationContacts)
    .where(and(inArray(notificationContacts.userId, ids), eq(notificationContacts.enabled, true)));
  const phones = await tx
    .select({ id: users.id, phone: users.phone })
    .from(users)
    .where(inArray(users.id, ids));
  const inputOf = new Map(wanted.map((w) => [`${w.row.userId}|${w.row.dedupeKey}`, w.input]));
  for (const c of created) {
    const input = inputOf.get(`${c.userId}|${c.dedupeKey}`)!;
    const channels = input.channels ?? NOTIFICATION_CHANNELS;
    let text: string | undefined;
    for (const channel of channels) {
      const contact = contacts.find((x) => x.userId === c.userId && x.channel === channel);
      const address =
        contact?.address ?? (channel === 'sms' ? phones.find((p) => p.id === c.userId)?.phone : null);
      if (!address) continue;
      text ??= translate('zh-CN', `notify.${input.kind}`, input.params);
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

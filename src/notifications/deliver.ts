import type { OutboxDelivererSpec } from '../platform/parts/part.js';
import { NOTIFICATION_CHANNELS, type NotificationChannel } from './schema.js';
import { senderFor } from './senders.js';

export const topicOf = (channel: NotificationChannel): string => `notify.${channel}`;

/**
 * H3 — the outbox delivers notification messages (`notify.sms`, `notify.email`) through the channel's sender,
 * at least once, with retries; the sender passes the idempotency key on so the gateway sends once.
 */
export const notificationDeliverers: OutboxDelivererSpec[] = NOTIFICATION_CHANNELS.map((channel) => ({
  topic: topicOf(channel),
  deliver: async (msg, { signal }) => {
    const p = msg.payload as { to?: unknown; text?: unknown };
    if (typeof p.to !== 'string' || typeof p.text !== 'string') throw new Error('notification message lacks to/text');
    await senderFor(channel).send({ channel, to: p.to, text: p.text, idempotencyKey: msg.idempotencyKey }, { signal });
  },
  options: { timeoutMs: 15_000, retryBaseMs: 30_000 },
}));

import { registerDeliverer, getDeliverer } from '../platform/outbox/deliverers.js';
import { NOTIFICATION_CHANNELS, type NotificationChannel } from './schema.js';
import { senderFor } from './senders.js';

export const topicOf = (channel: NotificationChannel): string => `notify.${channel}`;

/**
 * H3 — the outbox delivers notification messages (`notify.sms`, `notify.email`) through the channel's sender,
 * at least once, with retries; the sender passes the idempotency key on so the gateway sends once.
 */
for (const channel of NOTIFICATION_CHANNELS) {
  if (getDeliverer(topicOf(channel))) continue;
  registerDeliverer(
    topicOf(channel),
    async (msg, { signal }) => {
      const p = msg.payload as { to?: unknown; text?: unknown };
      if (typeof p.to !== 'string' || typeof p.text !== 'string')
        throw new Error('notification message lacks to/text');
      await senderFor(channel).send(
        { channel, to: p.to, text: p.text, idempotencyKey: msg.idempotencyKey },
        { signal },
      );
    },
    { timeoutMs: 15_000, retryBaseMs: 30_000 },
  );
}

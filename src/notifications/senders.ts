import type { NotificationChannel } from './schema.js';

/** One message for a channel, as a sender receives it. */
export interface OutgoingNotification {
  channel: NotificationChannel;
  /** Phone number or e-mail address. */
  to: string;
  /** Rendered in Chinese (the language of SMS and e-mail to staff). */
  text: string;
  /** Stable per notification and channel: pass it to the gateway so a repeated delivery is sent once. */
  idempotencyKey: string;
}

/** Sends through one gateway; throws to have the outbox retry. */
export interface NotificationSender {
  name: string;
  send(msg: OutgoingNotification, opts: { signal: AbortSignal }): Promise<void>;
}

const RECENT_MAX = 200;
const recent: (OutgoingNotification & { at: string })[] = [];

/** The demo sender: writes a line to the log (and keeps the last few for inspection); sends nothing. */
export const logSender: NotificationSender = {
  name: 'log',
  async send(msg) {
    recent.push({ ...msg, at: new Date().toISOString() });
    if (recent.length > RECENT_MAX) recent.shift();
    console.info(
      JSON.stringify({ msg: 'notification (log sender)', channel: msg.channel, to: msg.to, text: msg.text }),
    );
  },
};

/** What the log sender "sent", oldest first (demo and tests). */
export function loggedNotifications(): readonly (OutgoingNotification & { at: string })[] {
  return recent;
}

/**
 * A sender for an HTTP gateway (an SMS platform or mail relay behind a small adapter): POSTs the message as
 * JSON with an `Idempotency-Key` header; any non-2xx answer is a failure the outbox retries.
 */
export function httpSender(
  name: string,
  url: string,
  headers: Record<string, string> = {},
): NotificationSender {
  return {
    name,
    async send(msg, { signal }) {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': msg.idempotencyKey, ...headers },
        body: JSON.stringify({ channel: msg.channel, to: msg.to, text: msg.text }),
        signal,
      });
      if (!res.ok) throw new Error(`${name}: HTTP ${res.status}`);
    },
  };
}

const senders = new Map<NotificationChannel, NotificationSender>();

/** Plugs a gateway in for a channel (at start-up); until then the channel uses the log sender. */
export function useSender(channel: NotificationChannel, sender: NotificationSender): void {
  senders.set(channel, sender);
}

export function senderFor(channel: NotificationChannel): NotificationSender {
  return senders.get(channel) ?? logSender;
}

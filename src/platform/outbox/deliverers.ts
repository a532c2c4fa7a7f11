/** A message as its deliverer sees it. */
export interface OutboxMessage {
  id: string;
  topic: string;
  destination: string;
  /** Send it to the receiver (header, field …) so a repeated delivery is applied once. */
  idempotencyKey: string;
  payload: Record<string, unknown>;
  enterpriseId: string | null;
  /** This attempt's number, from 1. */
  attempts: number;
}

/**
 * Delivers one message; resolves when the receiver has accepted it, throws (or rejects) to have it retried.
 * `signal` aborts when the delivery timeout passes: pass it to `fetch`.
 */
export type Deliverer = (msg: OutboxMessage, opts: { signal: AbortSignal }) => Promise<void>;

export interface DelivererOptions {
  /** Longest wait for the receiver (default 30 s); a timeout counts as a failed attempt. */
  timeoutMs?: number;
  /** Backoff after the first failed attempt, doubling with each further one, capped at 1 h (default 10 s). */
  retryBaseMs?: number;
}

export interface RegisteredDeliverer {
  topic: string;
  deliver: Deliverer;
  timeoutMs: number;
  retryBaseMs: number;
}

const registry = new Map<string, RegisteredDeliverer>();

/**
 * Registers the deliverer of a topic (at module load). A worker only claims messages of topics it has a
 * deliverer for, so an instance running older code leaves newer topics to the others.
 */
export function registerDeliverer(topic: string, deliver: Deliverer, opts: DelivererOptions = {}): void {
  if (registry.has(topic)) throw new Error(`outbox topic "${topic}" already has a deliverer`);
  registry.set(topic, {
    topic,
    deliver,
    timeoutMs: opts.timeoutMs ?? 30_000,
    retryBaseMs: opts.retryBaseMs ?? 10_000,
  });
}

export function getDeliverer(topic: string): RegisteredDeliverer | undefined {
  return registry.get(topic);
}

export function deliverers(): RegisteredDeliverer[] {
  return [...registry.values()];
}

/** Removes a topic's deliverer (tests). */
export function unregisterDeliverer(topic: string): void {
  registry.delete(topic);
}

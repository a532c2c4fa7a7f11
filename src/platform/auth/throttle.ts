/**
 * The failure memory behind the growing delays of `rules.ts`, per process and bounded (oldest keys dropped
 * first). One per database, so that test applications sharing a process do not share it. Several instances
 * each keep their own: the per-IP request limits (@fastify/rate-limit) bound the total.
 */
import { afterFailure, waitMs, type DelayPolicy, type FailureState } from './rules.js';

const MAX_KEYS = 100_000;

export class FailureThrottle {
  private readonly states = new Map<string, FailureState>();
  constructor(private readonly policy: DelayPolicy) {}

  /** Milliseconds before an attempt under this key is judged (0: now). */
  wait(key: string, now: Date): number {
    return waitMs(this.states.get(key), now);
  }

  fail(key: string, now: Date): void {
    const next = afterFailure(this.states.get(key), now, this.policy);
    this.states.delete(key);
    this.states.set(key, next);
    if (this.states.size > MAX_KEYS) this.states.delete(this.states.keys().next().value!);
  }

  clear(key: string): void {
    this.states.delete(key);
  }
}

const byOwner = new WeakMap<object, Map<DelayPolicy, FailureThrottle>>();

/** The throttle of one policy for one application (keyed by its database handle). */
export function throttleFor(owner: object, policy: DelayPolicy): FailureThrottle {
  let forOwner = byOwner.get(owner);
  if (!forOwner) byOwner.set(owner, (forOwner = new Map()));
  let t = forOwner.get(policy);
  if (!t) forOwner.set(policy, (t = new FailureThrottle(policy)));
  return t;
}

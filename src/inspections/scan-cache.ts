/**
 * The scan's memory (A6 at the factory gate): a code's signed payload never changes, so its verification is
 * kept by the code's text; the visit behind it changes rarely (revoked, joined into a new version, done, arrival
 * confirmed), and every such change is announced to every instance (`announceChange(tx, 'inspection', id)`,
 * src/platform/changes/change-feed.ts), which forgets the visit here. What is not announced — an officer's
 * certificate or an enterprise's name edited — is read again after `VISIT_TTL_MS` at the latest.
 *
 * A read that overlapped a change is not kept (the epoch moved while it ran), so a notification that arrives
 * before the stale read finishes cannot be undone by it.
 */
import { LRUCache } from 'lru-cache';
import type { CodePayload } from '../codes/index.js';
import type { ChangeKind, ChangeSubscriber } from '../platform/changes/change-feed.js';

/** How long a visit's row is trusted without a change being announced (certificates, names). */
export const VISIT_TTL_MS = 60_000;

export class ScanCache<Visit extends object = object> implements ChangeSubscriber {
  /** Verified payloads by the code's whole text (a text that does not verify is never kept). */
  readonly verified = new LRUCache<string, CodePayload>({ max: 200_000 });
  /** The enterprise id of a USCC (the registry's rows never change): the visit's read then routes by it. */
  readonly owners = new LRUCache<string, string>({ max: 200_000 });
  private readonly visits = new LRUCache<string, Visit>({ max: 100_000, ttl: VISIT_TTL_MS });
  private epoch = 0;
  hits = 0;
  misses = 0;

  visit(id: string): Visit | undefined {
    const v = this.visits.get(id);
    if (v) this.hits++;
    else this.misses++;
    return v;
  }

  /** The epoch to hand back to `keep` once the read finishes. */
  readStarted(): number {
    return this.epoch;
  }

  keep(id: string, visit: Visit, startedAt: number): void {
    if (startedAt === this.epoch) this.visits.set(id, visit);
  }

  changed(kind: ChangeKind, id: string): void {
    if (kind !== 'inspection') return;
    this.epoch++;
    this.visits.delete(id);
  }

  forgetAll(): void {
    this.epoch++;
    this.visits.clear();
  }
}

declare module '../platform/http/types.js' {
  interface AppDeps {
    /** Verified codes and their visits from memory (src/inspections/scan-cache.ts). */
    scanCache: ScanCache;
  }
}

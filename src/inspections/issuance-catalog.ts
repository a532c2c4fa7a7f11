/**
 * What an issuance reads that is not the enterprise's own (A2, A5, the annual cap): the items, a joint scenario's
 * published items, the officers with their certificates and their departments' fields, a department's annual cap.
 * Administrators change these rarely; an officer waits on every issuance. So each instance keeps them in memory,
 * filled from the issuance's own facts statement (src/inspections/load-issuance-facts.ts) when one is missing, and
 * forgets all of them whenever a writer announces a change to any (`announceChange`: 'inspection-item',
 * 'joint-scenario', 'officer', 'inspection-cap' — on every instance, within the notification's delay). What is
 * not announced (a department's field, rows written outside the server) is read again after `CATALOG_TTL_MS`.
 *
 * A read that overlapped a change is not kept (the epoch moved while it ran): a notification that arrives before
 * the stale read finishes cannot be undone by it.
 */
import { LRUCache } from 'lru-cache';
import type { ChangeKind, ChangeSubscriber } from '../platform/changes/change-feed.js';
import type { ItemRow } from './resolve-items.js';
import type { OfficerRow } from './check-officers.js';

/** How long an entry is trusted without a change being announced. */
export const CATALOG_TTL_MS = 30_000;

/** The kinds of change that make the catalog forget (see the module's comment). */
const CATALOG_KINDS: ReadonlySet<ChangeKind> = new Set<ChangeKind>(['inspection-item', 'joint-scenario', 'officer', 'inspection-cap']);

/** What one issuance asks of the catalog. */
export interface CatalogQuery {
  itemIds: readonly string[];
  scenarioId: string | null;
  officerIds: readonly string[];
  departmentId: string;
}

/** What the catalog answers: everything the query named (an unknown id is never answered from memory). */
export interface CatalogFacts {
  items: ItemRow[];
  /** The scenario's item ids when it is published (else none). */
  scenarioItemIds: string[];
  officers: OfficerRow[];
  annualCap: number | null;
}

export class IssuanceCatalog implements ChangeSubscriber {
  private readonly items = new LRUCache<string, ItemRow>({ max: 50_000, ttl: CATALOG_TTL_MS });
  private readonly officers = new LRUCache<string, OfficerRow>({ max: 50_000, ttl: CATALOG_TTL_MS });
  /** A scenario's published item ids ([] while it is a draft). */
  private readonly scenarios = new LRUCache<string, string[]>({ max: 10_000, ttl: CATALOG_TTL_MS });
  /** A department's annual cap (boxed: no cap is a value too). */
  private readonly caps = new LRUCache<string, { cap: number | null }>({ max: 10_000, ttl: CATALOG_TTL_MS });
  private epoch = 0;
  hits = 0;
  misses = 0;

  /** Everything `q` names from memory, or undefined when anything is missing (then read it all). */
  lookup(q: CatalogQuery): CatalogFacts | undefined {
    const cap = this.caps.get(q.departmentId);
    const scenarioItemIds = q.scenarioId === null ? [] : this.scenarios.get(q.scenarioId);
    const items = cap && scenarioItemIds ? known(this.items, q.itemIds) : undefined;
    const officers = items ? known(this.officers, q.officerIds) : undefined;
    if (!officers) {
      this.misses++;
      return undefined;
    }
    this.hits++;
    return { items: items!, scenarioItemIds: scenarioItemIds!, officers, annualCap: cap!.cap };
  }

  /** The epoch to hand back to `keep` once the read finishes. */
  readStarted(): number {
    return this.epoch;
  }

  /** Keeps what a read begun at `startedAt` found for `q`, unless a change was announced meanwhile. */
  keep(q: CatalogQuery, facts: CatalogFacts, startedAt: number): void {
    if (startedAt !== this.epoch) return;
    for (const item of facts.items) this.items.set(item.id, item);
    for (const officer of facts.officers) this.officers.set(officer.id, officer);
    if (q.scenarioId !== null) this.scenarios.set(q.scenarioId, facts.scenarioItemIds);
    this.caps.set(q.departmentId, { cap: facts.annualCap });
  }

  changed(kind: ChangeKind): void {
    if (CATALOG_KINDS.has(kind)) this.forgetAll();
  }

  forgetAll(): void {
    this.epoch++;
    this.items.clear();
    this.officers.clear();
    this.scenarios.clear();
    this.caps.clear();
  }
}

/** The rows of these ids, each once, or undefined when one is not in memory. */
function known<T extends object>(cache: LRUCache<string, T>, ids: readonly string[]): T[] | undefined {
  const rows: T[] = [];
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) continue;
    seen.add(id);
    const row = cache.get(id);
    if (!row) return undefined;
    rows.push(row);
  }
  return rows;
}

declare module '../platform/http/types.js' {
  interface AppDeps {
    /** Items, scenarios, officers and caps for the issuance, from memory (src/inspections/issuance-catalog.ts). */
    issuanceCatalog: IssuanceCatalog;
  }
}

/**
 * Changes announced to every instance of the server: a writer calls `announceChange` inside its transaction
 * (`pg_notify`, delivered only if and when the transaction commits); every instance's `ChangeFeed` hears it on a
 * connection of its own and tells the caches that hold the changed thing to forget it. When notifications may have
 * been missed (the listening connection dropped), every subscriber is told to forget everything.
 *
 * What is announced (kind:id): `inspection:<inspection id>` (status, code version, arrival — the scan cache),
 * `session:<token hash>` (signed out), `user:<user id>` (its sessions ended), `api-client:<id>` (key revoked) — the actor cache;
 * `inspection-item:<id>`, `joint-scenario:<id>`, `officer:<id>`, `inspection-cap:<department id>` (edited, published,
 * set; an import announces one of the rows it changed: the catalog forgets all of them at any change; new rows need
 * no announcement, nothing remembers an unknown id) — the issuance's catalog (src/inspections/issuance-catalog.ts).
 */
import { sql } from 'drizzle-orm';
import type { Database, DbOrTx } from '../db/client.js';

export const CHANGES_CHANNEL = 'qq_changes';

export type ChangeKind = 'inspection' | 'session' | 'user' | 'api-client' | 'inspection-item' | 'joint-scenario' | 'officer' | 'inspection-cap';

/** The feeds started in this process: told at once, before the notification comes back (see announceChange). */
const localFeeds = new Set<ChangeFeed>();

/**
 * Tells every instance, once the transaction commits, that `kind:id` changed. This process's feeds hear it at
 * once as well: a request answered after the commit must not find the old state in its own instance's memory
 * while the notification is still on its way (a read that fills the cache in between is dropped when the
 * notification arrives).
 */
export async function announceChange(db: DbOrTx, kind: ChangeKind, id: string): Promise<void> {
  await db.execute(sql`SELECT pg_notify(${CHANGES_CHANNEL}, ${`${kind}:${id}`})`);
  for (const feed of localFeeds) feed.dispatch(kind, id);
}

export interface ChangeSubscriber {
  /** One thing changed. */
  changed(kind: ChangeKind, id: string): void;
  /** Changes may have been missed: forget everything. */
  forgetAll(): void;
}

export class ChangeFeed {
  private readonly subscribers: ChangeSubscriber[] = [];
  private unlisten: (() => Promise<void>) | undefined;

  subscribe(subscriber: ChangeSubscriber): void {
    this.subscribers.push(subscriber);
  }

  dispatch(kind: ChangeKind, id: string): void {
    for (const s of this.subscribers) s.changed(kind, id);
  }

  /** Starts listening; until then (and in processes that never start it) subscribers are told nothing. */
  async start(database: Database): Promise<void> {
    localFeeds.add(this);
    this.unlisten = await database.listen(
      CHANGES_CHANNEL,
      (payload) => {
        const at = payload.indexOf(':');
        if (at > 0) this.dispatch(payload.slice(0, at) as ChangeKind, payload.slice(at + 1));
      },
      () => {
        for (const s of this.subscribers) s.forgetAll();
      },
    );
  }

  async stop(): Promise<void> {
    localFeeds.delete(this);
    await this.unlisten?.();
    this.unlisten = undefined;
  }
}

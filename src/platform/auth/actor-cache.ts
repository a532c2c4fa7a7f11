/**
 * Who is calling, from memory: the session behind a cookie and the client behind an API key are read from the
 * database once and kept for `ACTOR_TTL_MS`. Signing out, ending a user's sessions (password changed, account
 * disabled) and revoking a key are announced to every instance (src/platform/changes/change-feed.ts), which
 * forget the entries at once; the TTL bounds what is not announced (an officer record linked to the user).
 */
import { LRUCache } from 'lru-cache';
import type { Actor } from '../policy/actor.js';
import type { ChangeKind, ChangeSubscriber } from '../changes/change-feed.js';
import type { sessions, users } from './schema.js';

export const ACTOR_TTL_MS = 30_000;

export interface SessionEntry {
  session: typeof sessions.$inferSelect;
  user: typeof users.$inferSelect;
  officerId: string | null;
}

export class ActorCache implements ChangeSubscriber {
  /** By the session token's hash. */
  readonly sessions = new LRUCache<string, SessionEntry>({ max: 50_000, ttl: ACTOR_TTL_MS });
  /** By the API key's hash. */
  readonly apiKeys = new LRUCache<string, Actor & { kind: 'integration' }>({ max: 1_000, ttl: ACTOR_TTL_MS });
  private epoch = 0;

  readStarted(): number {
    return this.epoch;
  }

  keepSession(tokenHash: string, entry: SessionEntry, startedAt: number): void {
    if (startedAt === this.epoch) this.sessions.set(tokenHash, entry);
  }

  keepApiKey(keyHash: string, actor: Actor & { kind: 'integration' }, startedAt: number): void {
    if (startedAt === this.epoch) this.apiKeys.set(keyHash, actor);
  }

  changed(kind: ChangeKind, id: string): void {
    if (kind === 'session') {
      this.epoch++;
      this.sessions.delete(id);
    } else if (kind === 'user') {
      this.epoch++;
      for (const [hash, e] of this.sessions.entries()) if (e.user.id === id) this.sessions.delete(hash);
    } else if (kind === 'api-client') {
      this.epoch++;
      for (const [hash, a] of this.apiKeys.entries()) if (a.clientId === id) this.apiKeys.delete(hash);
    }
  }

  forgetAll(): void {
    this.epoch++;
    this.sessions.clear();
    this.apiKeys.clear();
  }
}

import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import type { Actor, UserActor } from '../policy/actor.js';
import { apiClients, sessions, users } from './schema.js';
import { sessionLive, type SessionLimits } from './rules.js';
import { sha256 } from './tokens.js';
import type { ActorCache, SessionEntry } from './actor-cache.js';
import type { UserLinks } from './user-links.js';

/** How often a live session's last-seen time is written (not on every request). */
const TOUCH_EVERY_MS = 60_000;

export type SessionLookup = { actor: Actor & { kind: 'user' } } | { expired: true } | null;

/** Absolute session lifetime when the configuration gives none (SESSION_MAX_HOURS). */
export const DEFAULT_SESSION_MAX_HOURS = 12;

/**
 * The user behind a session token, if the session is live; refreshes its idle clock. With a cache, a live session
 * found there is not read again (a session the cache thinks idle is read again: another instance may have seen it
 * since).
 */
export async function actorFromSession(
  db: Db,
  links: Pick<UserLinks, 'officerOf'>,
  token: string,
  now: Date,
  idleMinutes: number,
  maxHours = DEFAULT_SESSION_MAX_HOURS,
  cache?: ActorCache,
): Promise<SessionLookup> {
  const tokenHash = sha256(token);
  const limits: SessionLimits = { idleMinutes, maxHours };
  const live = (e: SessionEntry) => sessionLive(e.session, now, limits) && e.user.status === 'active';
  let entry = cache?.sessions.get(tokenHash);
  if (!entry || !live(entry)) {
    const startedAt = cache?.readStarted() ?? 0;
    const [row] = await db
      .select({ session: sessions, user: users, officerId: links.officerOf(users.id) })
      .from(sessions)
      .innerJoin(users, eq(users.id, sessions.userId))
      .where(eq(sessions.tokenHash, tokenHash))
      .limit(1);
    if (!row) return null;
    entry = row;
    if (!live(entry)) {
      cache?.sessions.delete(tokenHash);
      return { expired: true };
    }
    cache?.keepSession(tokenHash, entry, startedAt);
  }
  if (now.getTime() - entry.session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.tokenHash, tokenHash));
    entry.session = { ...entry.session, lastSeenAt: now };
  }
  return { actor: userActor(entry.user, entry.officerId, tokenHash) };
}

/** The actor of a user account (its officer record, if any; the session it came with, if any). */
export function userActor(u: typeof users.$inferSelect, officerId: string | null, sessionHash?: string): UserActor {
  return {
    kind: 'user',
    userId: u.id,
    username: u.username,
    displayName: u.displayName,
    role: u.role,
    departmentId: u.departmentId,
    teamId: u.teamId,
    officerId,
    enterpriseId: u.enterpriseId,
    ...(sessionHash === undefined ? {} : { sessionHash }),
  };
}

export async function actorFromApiKey(db: Db, key: string, cache?: ActorCache): Promise<Actor | null> {
  const keyHash = sha256(key);
  const known = cache?.apiKeys.get(keyHash);
  if (known) return known;
  const startedAt = cache?.readStarted() ?? 0;
  const [client] = await db
    .select()
    .from(apiClients)
    .where(and(eq(apiClients.keyHash, keyHash), sql`${apiClients.status} = 'active'`))
    .limit(1);
  if (!client) return null;
  const actor = { kind: 'integration' as const, clientId: client.id, name: client.name, scopes: client.scopes };
  cache?.keepApiKey(keyHash, actor, startedAt);
  return actor;
}

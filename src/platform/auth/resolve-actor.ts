import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import type { Actor } from '../policy/actor.js';
import { officers } from '../../organisation/schema.js';
import { apiClients, sessions, users } from './schema.js';
import { sessionLive, type SessionLimits } from './rules.js';
import { sha256 } from './tokens.js';

/** How often a live session's last-seen time is written (not on every request). */
const TOUCH_EVERY_MS = 60_000;

export type SessionLookup = { actor: Actor & { kind: 'user' } } | { expired: true } | null;

/** Absolute session lifetime when the configuration gives none (SESSION_MAX_HOURS). */
export const DEFAULT_SESSION_MAX_HOURS = 12;

/** The user behind a session token, if the session is live; refreshes its idle clock. */
export async function actorFromSession(
  db: Db,
  token: string,
  now: Date,
  idleMinutes: number,
  maxHours = DEFAULT_SESSION_MAX_HOURS,
): Promise<SessionLookup> {
  const tokenHash = sha256(token);
  const [row] = await db
    .select({ session: sessions, user: users, officerId: officers.id })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .leftJoin(officers, eq(officers.userId, users.id))
    .where(eq(sessions.tokenHash, tokenHash))
    .limit(1);
  if (!row) return null;
  const limits: SessionLimits = { idleMinutes, maxHours };
  if (!sessionLive(row.session, now, limits) || row.user.status !== 'active') return { expired: true };
  if (now.getTime() - row.session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.tokenHash, tokenHash));
  }
  const u = row.user;
  return {
    actor: {
      kind: 'user',
      userId: u.id,
      username: u.username,
      displayName: u.displayName,
      role: u.role,
      departmentId: u.departmentId,
      teamId: u.teamId,
      officerId: row.officerId,
      enterpriseId: u.enterpriseId,
      sessionHash: tokenHash,
    },
  };
}

export async function actorFromApiKey(db: Db, key: string): Promise<Actor | null> {
  const [client] = await db
    .select()
    .from(apiClients)
    .where(and(eq(apiClients.keyHash, sha256(key)), sql`${apiClients.status} = 'active'`))
    .limit(1);
  if (!client) return null;
  return { kind: 'integration', clientId: client.id, name: client.name, scopes: client.scopes };
}

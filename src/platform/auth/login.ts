import { eq, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../db/client.js';
import { AppError } from '../errors/app-error.js';
import type { Ctx } from '../policy/actor.js';
import { recordAudit } from '../audit/record.js';
import { users, sessions } from './schema.js';
import { DUMMY_HASH, verifyPassword } from './password.js';
import { SIGN_IN_DELAY } from './rules.js';
import { throttleFor } from './throttle.js';
import { randomToken, sha256 } from './tokens.js';
import { announceChange } from '../changes/change-feed.js';

export interface LoginInput {
  username: string;
  password: string;
}

/** Too many failures from this place: wait, then try again (the same answer whether the account exists or not). */
export function tooSoon(ms: number, locale: string): AppError {
  const seconds = Math.ceil(ms / 1000);
  return new AppError(429, 'sign-in-delayed', { seconds: seconds.toLocaleString(locale) }, { retryAfter: seconds });
}

/**
 * Signs a user in and opens a session; returns the token. Every failure looks alike from outside — unknown name,
 * wrong password: the same 401, the same work (one password hash, one audit row) — and repeated failures from
 * one place (name and IP) meet a growing delay, not a lock (rules.ts). A disabled account is said so only to
 * whoever knows its password.
 */
export async function login(db: Db, ctx: Ctx, input: LoginInput): Promise<{ userId: string; token: string }> {
  const throttle = throttleFor(db, SIGN_IN_DELAY);
  const key = `${input.username.toLowerCase()}|${ctx.ip ?? ''}`;
  const wait = throttle.wait(key, ctx.now);
  if (wait > 0) {
    await recordAudit(db, ctx, { action: 'auth.login', outcome: 'denied', detail: { username: input.username.slice(0, 64), reason: 'delayed' } });
    throw tooSoon(wait, ctx.locale);
  }
  const [user] = await db.select().from(users).where(eq(users.username, input.username)).limit(1);
  const ok = await verifyPassword(input.password, user?.passwordHash ?? DUMMY_HASH);
  if (!user || !ok) {
    throttle.fail(key, ctx.now);
    await recordAudit(db, ctx, {
      action: 'auth.login',
      targetType: user ? 'user' : undefined,
      targetId: user?.id,
      outcome: 'failed',
      detail: { username: input.username.slice(0, 64), reason: user ? 'bad-password' : 'unknown-user' },
    });
    throw new AppError(401, 'bad-credentials');
  }
  throttle.clear(key);
  if (user.status !== 'active') {
    await recordAudit(db, ctx, { action: 'auth.login', targetType: 'user', targetId: user.id, outcome: 'denied', detail: { reason: 'disabled' } });
    throw new AppError(401, 'account-disabled');
  }
  const token = randomToken();
  await db.transaction(async (tx) => {
    await tx.insert(sessions).values({ tokenHash: sha256(token), userId: user.id, createdAt: ctx.now, lastSeenAt: ctx.now });
    await recordAudit(tx, { ...ctx, actor: { kind: 'user', userId: user.id, username: user.username, displayName: user.displayName, role: user.role, departmentId: user.departmentId, teamId: user.teamId, officerId: null, enterpriseId: user.enterpriseId } }, { action: 'auth.login', targetType: 'user', targetId: user.id });
  });
  return { userId: user.id, token };
}

export async function logout(db: Db, ctx: Ctx, token: string): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.update(sessions).set({ endedAt: ctx.now }).where(sql`${sessions.tokenHash} = ${sha256(token)} AND ${sessions.endedAt} IS NULL`);
    await announceChange(tx, 'session', sha256(token));
    await recordAudit(tx, ctx, { action: 'auth.logout' });
  });
}

/** Ends every live session of a user (password changed, account disabled), except the one given. */
export async function endSessionsOf(db: DbOrTx, userId: string, now: Date, keepTokenHash?: string): Promise<void> {
  await db
    .update(sessions)
    .set({ endedAt: now })
    .where(
      keepTokenHash
        ? sql`${sessions.userId} = ${userId} AND ${sessions.endedAt} IS NULL AND ${sessions.tokenHash} <> ${keepTokenHash}`
        : sql`${sessions.userId} = ${userId} AND ${sessions.endedAt} IS NULL`,
    );
  await announceChange(db, 'user', userId);
}

import { eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { AppError } from '../errors/app-error.js';
import type { Ctx } from '../policy/actor.js';
import { recordAudit } from '../audit/record.js';
import { users, sessions } from './schema.js';
import { DUMMY_HASH, verifyPassword } from './password.js';
import { afterFailure, afterSuccess, isLocked } from './rules.js';
import { randomToken, sha256 } from './tokens.js';

export interface LoginInput {
  username: string;
  password: string;
}

/** Signs a user in: checks lockout and password, records the attempt, opens a session. Returns the token. */
export async function login(db: Db, ctx: Ctx, input: LoginInput): Promise<{ userId: string; token: string }> {
  const [user] = await db.select().from(users).where(eq(users.username, input.username)).limit(1);
  if (!user) {
    await verifyPassword(input.password, DUMMY_HASH);
    await recordAudit(db, ctx, { action: 'auth.login', outcome: 'failed', detail: { username: input.username, reason: 'unknown-user' } });
    throw new AppError(401, 'bad-credentials');
  }
  const audit = (outcome: 'ok' | 'failed' | 'denied', reason?: string) =>
    recordAudit(db, ctx, { action: 'auth.login', targetType: 'user', targetId: user.id, outcome, detail: reason ? { reason } : undefined });

  if (isLocked(user, ctx.now)) {
    await audit('denied', 'locked');
    throw new AppError(423, 'account-locked', { until: formatLocal(user.lockedUntil!, ctx.locale) }, { lockedUntil: user.lockedUntil!.toISOString() });
  }
  if (user.status !== 'active') {
    await audit('denied', 'disabled');
    throw new AppError(401, 'account-disabled');
  }
  if (!(await verifyPassword(input.password, user.passwordHash))) {
    const next = await db.transaction(async (tx) => {
      // Re-read under a row lock so concurrent failures are all counted.
      const [locked] = await tx.select().from(users).where(eq(users.id, user.id)).for('update');
      const state = afterFailure(locked ?? user, ctx.now);
      await tx.update(users).set(state).where(eq(users.id, user.id));
      await recordAudit(tx, ctx, { action: 'auth.login', targetType: 'user', targetId: user.id, outcome: 'failed', detail: { reason: 'bad-password', failedAttempts: state.failedAttempts } });
      return state;
    });
    if (next.lockedUntil) {
      throw new AppError(423, 'account-locked', { until: formatLocal(next.lockedUntil, ctx.locale) }, { lockedUntil: next.lockedUntil.toISOString() });
    }
    throw new AppError(401, 'bad-credentials');
  }
  const token = randomToken();
  await db.transaction(async (tx) => {
    await tx.update(users).set(afterSuccess()).where(eq(users.id, user.id));
    await tx.insert(sessions).values({ tokenHash: sha256(token), userId: user.id, createdAt: ctx.now, lastSeenAt: ctx.now });
    await recordAudit(tx, { ...ctx, actor: { kind: 'user', userId: user.id, username: user.username, displayName: user.displayName, role: user.role, departmentId: user.departmentId, teamId: user.teamId, officerId: null, enterpriseId: user.enterpriseId } }, { action: 'auth.login', targetType: 'user', targetId: user.id });
  });
  return { userId: user.id, token };
}

export async function logout(db: Db, ctx: Ctx, token: string): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.update(sessions).set({ endedAt: ctx.now }).where(sql`${sessions.tokenHash} = ${sha256(token)} AND ${sessions.endedAt} IS NULL`);
    await recordAudit(tx, ctx, { action: 'auth.logout' });
  });
}

function formatLocal(d: Date, locale: string): string {
  return d.toLocaleString(locale, { timeZone: 'Asia/Shanghai', hour12: false });
}

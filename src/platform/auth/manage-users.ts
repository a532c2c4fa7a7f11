import { asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../db/client.js';
import { newId } from '../db/ids.js';
import type { Ctx } from '../policy/actor.js';
import { requireUser } from '../policy/policy.js';
import { AppError } from '../errors/app-error.js';
import { recordAudit } from '../audit/record.js';
import { ROLES, users } from './schema.js';
import { hashPassword, verifyPassword } from './password.js';
import { PASSWORD_CHANGE_DELAY, passwordAcceptable, passwordStrongEnough } from './rules.js';
import { throttleFor } from './throttle.js';
import { endSessionsOf, tooSoon } from './login.js';
import { announceChange } from '../changes/change-feed.js';

export const newUserInput = z.object({
  username: z.string().trim().regex(/^[A-Za-z0-9_.-]{3,32}$/),
  displayName: z.string().trim().min(1).max(100),
  role: z.enum(ROLES),
  password: z.string().min(1).max(256),
  departmentId: z.uuid().optional(),
  teamId: z.uuid().optional(),
  enterpriseId: z.uuid().optional(),
  phone: z.string().trim().max(40).optional(),
});

/** An administrator creates an account; the password must meet the policy. */
export async function createUser(db: Db, ctx: Ctx, input: z.infer<typeof newUserInput>) {
  requireUser(ctx.actor, ['admin']);
  checkNewPassword(input.password, [input.username, input.displayName]);
  if (input.role === 'enterprise' && !input.enterpriseId) throw new AppError(422, 'validation-failed', { summary: 'enterpriseId' });
  const id = newId();
  const passwordHash = await hashPassword(input.password);
  await db.transaction(async (tx) => {
    const [taken] = await tx.select({ id: users.id }).from(users).where(eq(users.username, input.username));
    if (taken) throw new AppError(409, 'username-taken', { username: input.username });
    const { password: _p, ...fields } = input;
    await tx.insert(users).values({ ...fields, id, passwordHash, createdAt: ctx.now });
    await recordAudit(tx, ctx, { action: 'user.create', targetType: 'user', targetId: id, detail: { username: input.username, role: input.role } });
  });
  return { id };
}

export async function listUsers(db: Db, ctx: Ctx) {
  requireUser(ctx.actor, ['admin']);
  const rows = await db.select().from(users).orderBy(asc(users.username));
  return rows.map((u) => ({ id: u.id, username: u.username, displayName: u.displayName, role: u.role, departmentId: u.departmentId, enterpriseId: u.enterpriseId, status: u.status, locked: false }));
}

/** A new password meets the policy (422 `weak-password`) and is not guessable (422 `guessable-password`). */
function checkNewPassword(password: string, userInputs: string[]): void {
  if (!passwordAcceptable(password)) throw new AppError(422, 'weak-password');
  if (!passwordStrongEnough(password, userInputs)) throw new AppError(422, 'guessable-password');
}

/**
 * A user changes their own password: the current one is checked (wrong guesses meet a growing delay, 429), the
 * new one must meet the policy and not be guessable; every other session of the user ends.
 */
export async function changePassword(db: Db, ctx: Ctx, input: { currentPassword: string; newPassword: string }) {
  const actor = requireUser(ctx.actor);
  const throttle = throttleFor(db, PASSWORD_CHANGE_DELAY);
  const wait = throttle.wait(actor.userId, ctx.now);
  if (wait > 0) throw tooSoon(wait, ctx.locale);
  const [u] = await db.select().from(users).where(eq(users.id, actor.userId));
  if (!u || !(await verifyPassword(input.currentPassword, u.passwordHash))) {
    throttle.fail(actor.userId, ctx.now);
    await recordAudit(db, ctx, { action: 'user.change-password', targetType: 'user', targetId: actor.userId, outcome: 'failed', detail: { reason: 'bad-password' } });
    throw new AppError(422, 'bad-credentials');
  }
  throttle.clear(actor.userId);
  checkNewPassword(input.newPassword, [u.username, u.displayName, input.currentPassword]);
  if (input.newPassword === input.currentPassword) throw new AppError(422, 'guessable-password');
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash }).where(eq(users.id, actor.userId));
    await endSessionsOf(tx, actor.userId, ctx.now, actor.sessionHash);
    await recordAudit(tx, ctx, { action: 'user.change-password', targetType: 'user', targetId: actor.userId });
  });
}

/** An administrator unlocks an account or enables/disables it. */
export async function setUserStatus(db: Db, ctx: Ctx, id: string, { status }: { status: 'active' | 'disabled' }) {
  requireUser(ctx.actor, ['admin']);
  await db.transaction(async (tx) => {
    const done = await tx.update(users).set({ status, failedAttempts: 0, lockedUntil: null }).where(eq(users.id, id)).returning({ id: users.id });
    if (!done.length) throw new AppError(404, 'not-found');
    await announceChange(tx, 'user', id);
    // Disabling ends the account's sessions for good: enabling it again does not revive them.
    if (status === 'disabled') await endSessionsOf(tx, id, ctx.now);
    await recordAudit(tx, ctx, { action: 'user.set-status', targetType: 'user', targetId: id, detail: { status } });
  });
}

import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../platform/db/client.js';
import type { Ctx } from '../platform/policy/actor.js';
import { AppError } from '../platform/errors/app-error.js';
import { lockOwnedRow } from '../platform/db/lock-owned-row.js';
import { andScope, checkupScope } from './policy.js';
import { checkupInvitations } from './schema.js';

export type Invitation = typeof checkupInvitations.$inferSelect;

/** One check-up the caller may see, or 404 (another enterprise's or department's is indistinguishable from none). */
export async function loadInvitation(db: DbOrTx, ctx: Ctx, id: string): Promise<Invitation> {
  const scope = checkupScope(ctx.actor);
  const [row] = await db.select().from(checkupInvitations).where(andScope(scope, eq(checkupInvitations.id, id))).limit(1);
  if (!row) throw new AppError(404, 'checkup-not-found');
  return row;
}

/** Refuses an act in the wrong state with the state named. */
export function assertStatus(inv: Invitation, allowed: readonly Invitation['status'][]): void {
  if (!allowed.includes(inv.status)) throw new AppError(409, 'checkup-wrong-status', { status: inv.status });
}

/** Re-reads the check-up under a row lock in the act's transaction (keyed by enterprise, Citus-safe). */
export function lockInvitation(tx: DbOrTx, inv: Invitation): Promise<Invitation> {
  return lockOwnedRow(tx, checkupInvitations, inv, 'checkup-not-found');
}

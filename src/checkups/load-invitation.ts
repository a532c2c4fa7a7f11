import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../platform/db/client.js';
import type { Ctx } from '../platform/policy/actor.js';
import { AppError } from '../platform/errors/app-error.js';
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
export async function lockInvitation(tx: DbOrTx, inv: Invitation): Promise<Invitation> {
  const [row] = await tx
    .select()
    .from(checkupInvitations)
    .where(and(eq(checkupInvitations.enterpriseId, inv.enterpriseId), eq(checkupInvitations.id, inv.id)))
    .for('update');
  if (!row) throw new AppError(404, 'checkup-not-found');
  return row;
}

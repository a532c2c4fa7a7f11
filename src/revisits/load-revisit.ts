import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../platform/db/client.js';
import type { Actor } from '../platform/policy/actor.js';
import { AppError } from '../platform/errors/app-error.js';
import { revisits } from './schema.js';
import { assertRevisitTeam } from './policy.js';

/**
 * One revisit by id, for a caller who may act on it (the supervisor, or staff of the team it is assigned to).
 * The id alone finds it (a revisit's id is unique; the `revisit_id_idx` index); writes then name
 * `(enterprise_id, id)`.
 */
export async function loadRevisit(db: DbOrTx, actor: Actor, id: string) {
  const [r] = await db.select().from(revisits).where(eq(revisits.id, id));
  if (!r) throw new AppError(404, 'revisit-not-found');
  assertRevisitTeam(actor, r.assignedTeamId);
  return r;
}

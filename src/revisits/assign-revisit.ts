import { and, eq } from 'drizzle-orm';
import type { Db } from '../platform/db/client.js';
import type { Ctx } from '../platform/policy/actor.js';
import { requireUser } from '../platform/policy/policy.js';
import { AppError } from '../platform/errors/app-error.js';
import { recordAudit } from '../platform/audit/record.js';
import { revisits } from './schema.js';
import { loadRevisit } from './load-revisit.js';
import { revisitingTeams } from './period-work.js';

/** The supervisor hands a pending revisit to another team — never the team whose work it is. */
export async function assignRevisit(db: Db, ctx: Ctx, id: string, teamId: string) {
  requireUser(ctx.actor, ['supervisor']);
  return db.transaction(async (tx) => {
    const r = await loadRevisit(tx, ctx.actor, id);
    if (r.status !== 'pending') throw new AppError(409, 'revisit-already-done');
    if (teamId === r.workTeamId) throw new AppError(422, 'revisit-own-team');
    if (!(await revisitingTeams(tx)).includes(teamId)) throw new AppError(422, 'revisit-unknown-team');
    await tx
      .update(revisits)
      .set({ assignedTeamId: teamId, linkNonce: null, linkExpiresAt: null })
      .where(and(eq(revisits.enterpriseId, r.enterpriseId), eq(revisits.id, r.id)));
    await recordAudit(tx, ctx, { action: 'revisit.assign', targetType: 'revisit', targetId: r.id, enterpriseId: r.enterpriseId, detail: { from: r.assignedTeamId, to: teamId } });
    return { id: r.id, assignedTeamId: teamId };
  });
}

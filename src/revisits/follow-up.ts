import { and, eq } from 'drizzle-orm';
import type { Db } from '../platform/db/client.js';
import type { Ctx } from '../platform/policy/actor.js';
import { requireUser } from '../platform/policy/policy.js';
import { AppError } from '../platform/errors/app-error.js';
import { recordAudit } from '../platform/audit/record.js';
import { revisits } from './schema.js';
import { loadRevisit } from './load-revisit.js';

/** G6 — the supervisor records how a problem found in a revisit was followed up (核实、整改、督办 …). */
export async function followUpProblem(db: Db, ctx: Ctx, id: string, index: number, note: string) {
  const actor = requireUser(ctx.actor, ['supervisor']);
  return db.transaction(async (tx) => {
    const r = await loadRevisit(tx, actor, id);
    if (r.status !== 'done') throw new AppError(409, 'revisit-not-done');
    const problem = r.problems[index];
    if (!problem) throw new AppError(404, 'revisit-problem-not-found', { index: index + 1 });
    const problems = r.problems.map((p, i) => (i === index ? { ...p, followUp: { note, by: actor.displayName, at: ctx.now.toISOString() } } : p));
    await tx.update(revisits).set({ problems }).where(and(eq(revisits.enterpriseId, r.enterpriseId), eq(revisits.id, r.id)));
    await recordAudit(tx, ctx, { action: 'revisit.follow-up', targetType: 'revisit', targetId: r.id, enterpriseId: r.enterpriseId, detail: { index, note } });
    return { id: r.id, problems };
  });
}

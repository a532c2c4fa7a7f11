import { desc, eq } from 'drizzle-orm';
import type { Db } from '../platform/db/client.js';
import type { Ctx } from '../platform/policy/actor.js';
import { requireUser } from '../platform/policy/policy.js';
import { AppError } from '../platform/errors/app-error.js';
import { recordAudit } from '../platform/audit/record.js';
import { revisitDraws } from './schema.js';

/** G2 — a saved draw with its seed, inputs and assignments (the supervisor; the read is audited). */
export async function getDraw(db: Db, ctx: Ctx, id: string) {
  requireUser(ctx.actor, ['supervisor']);
  const [d] = await db.select().from(revisitDraws).where(eq(revisitDraws.id, id));
  if (!d) throw new AppError(404, 'revisit-draw-not-found');
  await recordAudit(db, ctx, { action: 'revisit.read-draw', targetType: 'revisit_draw', targetId: id });
  return {
    id: d.id,
    period: d.period,
    seed: d.seed,
    baseRatio: d.baseRatio,
    inputs: d.inputs,
    assignments: d.assignments,
    createdBy: d.createdBy,
    createdAt: d.createdAt.toISOString(),
  };
}

/** The saved draws, newest first (without their inputs). */
export async function listDraws(db: Db, ctx: Ctx) {
  requireUser(ctx.actor, ['supervisor']);
  const r = await db.select().from(revisitDraws).orderBy(desc(revisitDraws.createdAt)).limit(100);
  return r.map((d) => ({ id: d.id, period: d.period, seed: d.seed, baseRatio: d.baseRatio, drawn: d.assignments.length, population: d.inputs.subjects.length, createdAt: d.createdAt.toISOString() }));
}

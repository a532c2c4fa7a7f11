import { and, desc, eq, inArray } from 'drizzle-orm';
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { Db } from '../platform/db/client.js';
import { newId } from '../platform/db/ids.js';
import type { Ctx } from '../platform/policy/actor.js';
import { departmentScope, requireUser } from '../platform/policy/policy.js';
import { AppError } from '../platform/errors/app-error.js';
import { recordAudit } from '../platform/audit/record.js';
import { enterprises } from '../enterprises/schema.js';
import { enterpriseConditions } from '../enterprises/index.js';
import { INDUSTRY_CODES } from '../enterprises/index.js';
import { departments, officers } from '../organisation/schema.js';
import { certificateState } from '../organisation/index.js';
import { randomDraws } from './schema.js';
import { drawRandom } from './rules/random-draw.js';

export const randomDrawInput = z
  .object({
    filter: z.object({ industry: z.enum(INDUSTRY_CODES).optional(), divisionCode: z.string().regex(/^\d{6}$/).optional() }).default({}),
    ratio: z.number().gt(0).max(1).optional(),
    count: z.number().int().min(1).max(100_000).optional(),
    seed: z.string().trim().min(1).max(200).optional(),
  })
  .refine((d) => (d.ratio === undefined) !== (d.count === undefined), { message: '须且只能指定抽取比例或数量 / give either ratio or count', path: ['ratio'] });

/**
 * 双随机、一公开 — a department draws enterprises from the directory and officer pairs from its officers with
 * valid certificates. The seed (given or generated), the filter, the population size and hash are recorded,
 * so anyone can re-run the draw and get the same result.
 */
export async function runRandomDraw(db: Db, ctx: Ctx, input: z.infer<typeof randomDrawInput>) {
  const actor = requireUser(ctx.actor, ['dept_admin', 'officer']);
  const departmentId = actor.departmentId;
  if (!departmentId) throw new AppError(403, 'forbidden');
  const seed = input.seed ?? `${ctx.now.toISOString().slice(0, 10)}-${randomBytes(6).toString('hex')}`;
  return db.transaction(async (tx) => {
    const where = and(enterpriseConditions({ kind: 'system', name: 'random-draw' }, { ...input.filter, status: 'active' }));
    const population = (await tx.select({ id: enterprises.id }).from(enterprises).where(where)).map((r) => r.id);
    const [dept] = await tx.select().from(departments).where(eq(departments.id, departmentId));
    const staff = (await tx.select().from(officers).where(and(eq(officers.departmentId, departmentId), eq(officers.active, true))))
      .filter((o) => o.certificateFields.includes(dept!.field) && ['valid', 'expiring'].includes(certificateState(o, ctx.now)))
      .map((o) => o.id);
    if (staff.length < 2) throw new AppError(422, 'too-few-officers');
    const size = input.ratio !== undefined ? { ratio: input.ratio } : { count: input.count! };
    const result = drawRandom({ seed, population, size, officers: staff });
    const id = newId();
    await tx.insert(randomDraws).values({
      id,
      departmentId,
      seed,
      filter: { ...input.filter, populationHash: result.populationHash },
      ratio: 'ratio' in size ? String(size.ratio) : `count:${size.count}`,
      population: population.length,
      enterpriseIds: result.enterpriseIds,
      assignments: result.assignments,
      createdBy: actor.userId,
      createdAt: ctx.now,
    });
    await recordAudit(tx, ctx, { action: 'inspection.random-draw', targetType: 'random_draw', targetId: id, detail: { seed, population: population.length, drawn: result.enterpriseIds.length, filter: input.filter } });
    return describeDraw(tx, id);
  });
}

export async function describeDraw(db: Pick<Db, 'select'>, id: string) {
  const [d] = await db.select().from(randomDraws).where(eq(randomDraws.id, id));
  if (!d) throw new AppError(404, 'not-found');
  const firms = d.enterpriseIds.length
    ? await db.select({ id: enterprises.id, uscc: enterprises.uscc, name: enterprises.name, industry: enterprises.industry }).from(enterprises).where(inArray(enterprises.id, d.enterpriseIds))
    : [];
  const people = await db.select({ id: officers.id, name: officers.name, certificateNo: officers.certificateNo }).from(officers).where(inArray(officers.id, [...new Set(d.assignments.flatMap((a) => a.officerIds)), '00000000-0000-0000-0000-000000000000']));
  return {
    id: d.id,
    departmentId: d.departmentId,
    seed: d.seed,
    filter: d.filter,
    size: d.ratio,
    population: d.population,
    createdAt: d.createdAt.toISOString(),
    drawn: d.assignments.map((a) => ({ enterprise: firms.find((f) => f.id === a.enterpriseId) ?? null, officers: a.officerIds.map((o) => people.find((p) => p.id === o) ?? { id: o }) })),
  };
}

export async function listRandomDraws(db: Db, ctx: Ctx) {
  requireUser(ctx.actor);
  const scope = departmentScope(ctx.actor);
  if ('none' in scope) return [];
  const rows = await db
    .select({ id: randomDraws.id, departmentId: randomDraws.departmentId, seed: randomDraws.seed, population: randomDraws.population, drawn: randomDraws.enterpriseIds, createdAt: randomDraws.createdAt })
    .from(randomDraws)
    .where(scope.all ? undefined : eq(randomDraws.departmentId, scope.departmentId))
    .orderBy(desc(randomDraws.createdAt))
    .limit(100);
  return rows.map((r) => ({ ...r, drawn: r.drawn.length, createdAt: r.createdAt.toISOString() }));
}

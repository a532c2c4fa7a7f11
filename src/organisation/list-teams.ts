import { asc, eq } from 'drizzle-orm';
import type { Db } from '../platform/db/client.js';
import type { Ctx } from '../platform/policy/actor.js';
import { requireUser } from '../platform/policy/policy.js';
import { teams } from './schema.js';

/** GET /api/teams — teams (执法大队), of one department when named. */
export async function listTeams(db: Db, ctx: Ctx, { departmentId }: { departmentId?: string } = {}) {
  requireUser(ctx.actor);
  const where = departmentId ? eq(teams.departmentId, departmentId) : undefined;
  return { items: await db.select().from(teams).where(where).orderBy(asc(teams.name)) };
}

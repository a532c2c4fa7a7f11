import { asc, eq } from 'drizzle-orm';
import type { Db } from '../platform/db/client.js';
import type { Ctx } from '../platform/policy/actor.js';
import { requireUser } from '../platform/policy/policy.js';
import { divisions } from './schema.js';

/** GET /api/divisions — administrative divisions (GB/T 2260), the children of `parent` when named. */
export async function listDivisions(db: Db, ctx: Ctx, { parent }: { parent?: string } = {}) {
  requireUser(ctx.actor);
  const where = parent ? eq(divisions.parentCode, parent) : undefined;
  return { items: await db.select().from(divisions).where(where).orderBy(asc(divisions.code)) };
}

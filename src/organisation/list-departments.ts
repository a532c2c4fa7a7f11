import { asc } from 'drizzle-orm';
import type { Db } from '../platform/db/client.js';
import type { Ctx } from '../platform/policy/actor.js';
import { requireUser } from '../platform/policy/policy.js';
import { departments } from './schema.js';

/** GET /api/departments — every department, by code. */
export async function listDepartments(db: Db, ctx: Ctx) {
  requireUser(ctx.actor);
  const items = await db
    .select({ id: departments.id, code: departments.code, name: departments.name, shortName: departments.shortName, field: departments.field, kind: departments.kind, divisionCode: departments.divisionCode })
    .from(departments)
    .orderBy(asc(departments.code));
  return { items };
}

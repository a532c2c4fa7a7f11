import { and, asc, eq, type SQL } from 'drizzle-orm';
import type { Db } from '../platform/db/client.js';
import type { Ctx } from '../platform/policy/actor.js';
import { requireUser } from '../platform/policy/policy.js';
import { departments, officers, teams } from './schema.js';
import { presentOfficer } from './present-officer.js';

/** GET /api/officers — active officers with their certificate and its validity, of one department when named. */
export async function listOfficers(db: Db, ctx: Ctx, { departmentId }: { departmentId?: string } = {}) {
  requireUser(ctx.actor);
  const conds: SQL[] = [eq(officers.active, true)];
  if (departmentId) conds.push(eq(officers.departmentId, departmentId));
  const rows = await db
    .select({ o: officers, departmentName: departments.name, teamName: teams.name })
    .from(officers)
    .innerJoin(departments, eq(departments.id, officers.departmentId))
    .leftJoin(teams, eq(teams.id, officers.teamId))
    .where(and(...conds))
    .orderBy(asc(departments.code), asc(officers.name));
  return { items: rows.map(({ o, departmentName, teamName }) => presentOfficer(o, departmentName, teamName, ctx.now)) };
}

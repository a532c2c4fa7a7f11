import { and, asc, count, eq, inArray, type SQL } from 'drizzle-orm';
import type { Db } from '../platform/db/client.js';
import { eqIdOrNone } from '../platform/db/eq-id-or-none.js';
import type { Ctx } from '../platform/policy/actor.js';
import { users } from '../platform/auth/schema.js';
import { requireStaff } from './policy.js';
import { checkupExperts, checkupInvitations } from './schema.js';

/** Visits an expert has in hand (scheduled, or visited and not yet reported): the load shown when assigning. */
const OPEN_VISIT = ['scheduled', 'visited'] as const;

/** E4 — the expert pool with fields and current load, and the liaisons (service officers) of the department. */
export async function listExperts(db: Db, ctx: Ctx) {
  const user = requireStaff(ctx.actor);
  const inDept: SQL | undefined = user.role === 'admin' ? undefined : eqIdOrNone(checkupExperts.departmentId, user.departmentId);
  const experts = await db.select().from(checkupExperts).where(inDept).orderBy(asc(checkupExperts.name));
  const loads = experts.length
    ? await db
        .select({ expertId: checkupInvitations.expertId, n: count() })
        .from(checkupInvitations)
        .where(and(inArray(checkupInvitations.expertId, experts.map((e) => e.id)), inArray(checkupInvitations.status, [...OPEN_VISIT])))
        .groupBy(checkupInvitations.expertId)
    : [];
  const liaisons = await db
    .select({ id: users.id, name: users.displayName, role: users.role })
    .from(users)
    .where(and(eq(users.role, 'service_officer'), user.role === 'admin' ? undefined : eqIdOrNone(users.departmentId, user.departmentId)))
    .orderBy(asc(users.displayName));
  return {
    experts: experts.map((e) => ({ id: e.id, name: e.name, fields: e.fields, active: e.active, userId: e.userId, load: Number(loads.find((l) => l.expertId === e.id)?.n ?? 0) })),
    liaisons: liaisons.map((l) => ({ id: l.id, name: l.name })),
  };
}

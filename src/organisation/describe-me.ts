import { eq } from 'drizzle-orm';
import type { Db } from '../platform/db/client.js';
import type { UserActor } from '../platform/policy/actor.js';
import { departments, officers, teams } from './schema.js';
import { enterprises } from '../enterprises/schema.js';

/**
 * GET /api/me and the sign-in's answer — the signed-in user with department, team, officer and enterprise links
 * (given to the platform as its `UserLinks`, src/organisation/user-links.ts).
 */
export async function describeMe(db: Db, actor: UserActor) {
  const [department] = actor.departmentId
    ? await db.select({ id: departments.id, name: departments.name, field: departments.field }).from(departments).where(eq(departments.id, actor.departmentId))
    : [];
  const [team] = actor.teamId
    ? await db.select({ id: teams.id, name: teams.name }).from(teams).where(eq(teams.id, actor.teamId))
    : [];
  const [officer] = actor.officerId
    ? await db
        .select({ id: officers.id, certificateNo: officers.certificateNo, certificateValidUntil: officers.certificateValidUntil })
        .from(officers)
        .where(eq(officers.id, actor.officerId))
    : [];
  const [enterprise] = actor.enterpriseId
    ? await db.select({ id: enterprises.id, uscc: enterprises.uscc, name: enterprises.name }).from(enterprises).where(eq(enterprises.id, actor.enterpriseId))
    : [];
  return {
    id: actor.userId,
    username: actor.username,
    displayName: actor.displayName,
    role: actor.role,
    department: department ?? null,
    team: team ?? null,
    officer: officer ?? null,
    enterprise: enterprise ?? null,
  };
}

import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { rows, type Db } from '../platform/db/client.js';
import type { Ctx } from '../platform/policy/actor.js';
import { requireUser } from '../platform/policy/policy.js';
import { PERIOD_PATTERN } from './rules/period.js';
import type { SubjectType } from './rules/draw.js';
import { REVISIT_STATUSES, type Channel } from './schema.js';
import { REVISIT_STAFF_ROLES, revisitScope } from './policy.js';

export const listQuery = z.object({
  period: z.string().regex(PERIOD_PATTERN).optional(),
  status: z.enum(REVISIT_STATUSES).optional(),
  drawId: z.uuid().optional(),
});

/**
 * The work list: the supervisor sees every revisit (to follow them), an officer those assigned to his team.
 * Each row says what was done, by which team, and where the revisit stands.
 */
export async function listRevisits(db: Db, ctx: Ctx, q: z.infer<typeof listQuery>) {
  requireUser(ctx.actor, REVISIT_STAFF_ROLES);
  const scope = revisitScope(ctx.actor);
  const r = await rows<Record<string, unknown>>(
    db,
    sql`SELECT r.id, r.period, r.draw_id, r.subject_type, r.subject_id, r.status, r.channel, r.satisfied,
          jsonb_array_length(r.problems)::int AS problems,
          (SELECT count(*)::int FROM jsonb_array_elements(r.problems) p WHERE p ? 'followUp') AS followed_up,
          r.revisited_at, r.work_team_id, wt.name AS work_team, wd.name AS work_department,
          r.assigned_team_id, at.name AS assigned_team, e.uscc, e.name AS enterprise_name, r.created_at
        FROM revisit r
        JOIN enterprise e ON e.id = r.enterprise_id
        JOIN team wt ON wt.id = r.work_team_id JOIN department wd ON wd.id = wt.department_id
        JOIN team at ON at.id = r.assigned_team_id
        WHERE TRUE
          ${scope.all ? sql`` : sql`AND r.assigned_team_id = ${scope.teamId}`}
          ${q.period ? sql`AND r.period = ${q.period}` : sql``}
          ${q.status ? sql`AND r.status = ${q.status}` : sql``}
          ${q.drawId ? sql`AND r.draw_id = ${q.drawId}` : sql``}
        ORDER BY r.status DESC, r.created_at DESC, r.id
        LIMIT 500`,
  );
  const iso = (v: unknown) => (v ? new Date(v as string).toISOString() : null);
  return r.map((x) => ({
    id: x.id as string,
    period: x.period as string,
    drawId: x.draw_id as string,
    subjectType: x.subject_type as SubjectType,
    subjectId: x.subject_id as string,
    status: x.status as (typeof REVISIT_STATUSES)[number],
    channel: (x.channel as Channel | null) ?? null,
    satisfied: (x.satisfied as boolean | null) ?? null,
    problems: x.problems as number,
    followedUp: x.followed_up as number,
    revisitedAt: iso(x.revisited_at),
    workTeamId: x.work_team_id as string,
    workTeam: x.work_team as string,
    workDepartment: x.work_department as string,
    assignedTeamId: x.assigned_team_id as string,
    assignedTeam: x.assigned_team as string,
    enterpriseUscc: x.uscc as string,
    enterpriseName: x.enterprise_name as string,
  }));
}

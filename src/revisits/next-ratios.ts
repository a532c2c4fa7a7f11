import { sql } from 'drizzle-orm';
import { rows, type Db } from '../platform/db/client.js';
import type { Ctx } from '../platform/policy/actor.js';
import { requireUser } from '../platform/policy/policy.js';
import { AppError } from '../platform/errors/app-error.js';
import { chinaDayOf } from '../calendar/index.js';
import { parsePeriod, periodOf, previousPeriod } from './rules/period.js';
import { revisitRuleSetAt } from './rules/rule-sets.js';
import { nextRatio } from './rules/ratio.js';
import { teamResults } from './team-results.js';

/** G5 — the ratio each team would be drawn at in a period, from its results in the period before, with reasons. */
export async function nextRatios(db: Db, ctx: Ctx, period = periodOf(ctx.now)) {
  requireUser(ctx.actor, ['supervisor']);
  if (!parsePeriod(period)) throw new AppError(422, 'revisit-bad-period', { period });
  const rules = revisitRuleSetAt(chinaDayOf(ctx.now));
  const basedOn = previousPeriod(period);
  const last = await teamResults(db, basedOn);
  const teams = await revisitTeamList(db);
  return {
    period,
    basedOn,
    ruleSet: { version: rules.version },
    items: teams.map((t) => ({ ...nextRatio(last.get(t.id), t.id, rules.ratio), team: t.name })),
  };
}

/** Teams with active staff, with their department (for pickers and labels). */
export async function revisitTeamList(db: Db) {
  return rows<{ id: string; name: string; department: string }>(
    db,
    sql`SELECT t.id, t.name, d.name AS department FROM team t JOIN department d ON d.id = t.department_id
        WHERE EXISTS (SELECT 1 FROM officer o WHERE o.team_id = t.id AND o.active) ORDER BY d.code, t.name`,
  );
}

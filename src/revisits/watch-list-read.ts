import { sql } from 'drizzle-orm';
import { rows, type Db } from '../platform/db/client.js';
import type { Ctx } from '../platform/policy/actor.js';
import { requireUser } from '../platform/policy/policy.js';
import { AppError } from '../platform/errors/app-error.js';
import { recordAudit } from '../platform/audit/record.js';
import { chinaDayOf } from '../calendar/index.js';
import { parsePeriod, periodOf } from './rules/period.js';
import { revisitRuleSetAt } from './rules/rule-sets.js';
import { watchScore, type WatchFacts } from './rules/watch-list.js';
import { teamOfInspection, teamOfLatest } from './period-work.js';

/** Most rows of each list. */
export const WATCH_LIMIT = 200;

interface FactRow {
  key: string;
  name: string;
  uscc?: string;
  department?: string;
  complaints: number;
  inspections: number;
  problems: number;
  minor: number;
  ordinary: number;
  serious: number;
}

const facts = (r: FactRow): WatchFacts => ({
  complaints: r.complaints,
  inspections: r.inspections,
  inspectionsWithProblems: r.problems,
  penalties: { minor: r.minor, ordinary: r.ordinary, serious: r.serious },
});

/**
 * G4 — the risk watch list of a period: enterprises and teams scored from the period's 12345 complaints,
 * inspection records and penalty records (read from those parts' tables), highest first, each score with its
 * parts. A team's complaints and penalties are those of enterprises it last inspected before them.
 */
export async function watchList(db: Db, ctx: Ctx, periodId = periodOf(ctx.now)) {
  requireUser(ctx.actor, ['supervisor']);
  const period = parsePeriod(periodId);
  if (!period) throw new AppError(422, 'revisit-bad-period', { period: periodId });
  const rules = revisitRuleSetAt(chinaDayOf(ctx.now));
  const from = period.start.toISOString();
  const to = period.end.toISOString();
  const firstDay = chinaDayOf(period.start);
  const lastDay = chinaDayOf(new Date(period.end.getTime() - 1));
  const events = sql`
    SELECT h.enterprise_id, ${teamOfLatest(sql`h.enterprise_id`, sql`h.received_at`)} AS team_id, 'complaint' AS kind, NULL::text AS severity
      FROM hotline_ticket h WHERE h.enterprise_id IS NOT NULL AND h.received_at >= ${from}::timestamptz AND h.received_at < ${to}::timestamptz
    UNION ALL
    SELECT i.enterprise_id, ${teamOfInspection(sql`i.id`)}, CASE WHEN i.result->>'outcome' IN ('rectification', 'case-opened') THEN 'problem' ELSE 'inspection' END, NULL
      FROM inspection i WHERE i.status <> 'revoked' AND i.window_start >= ${from}::timestamptz AND i.window_start < ${to}::timestamptz
    UNION ALL
    SELECT p.enterprise_id, ${teamOfLatest(sql`p.enterprise_id`, sql`(p.decision_date::timestamp AT TIME ZONE 'Asia/Shanghai' + interval '1 day')`, sql`p.department_id`)}, 'penalty', p.severity
      FROM credit_penalty p WHERE p.decision_date >= ${firstDay}::date AND p.decision_date <= ${lastDay}::date`;
  const counts = sql`
    count(*) FILTER (WHERE ev.kind = 'complaint')::int AS complaints,
    count(*) FILTER (WHERE ev.kind IN ('inspection', 'problem'))::int AS inspections,
    count(*) FILTER (WHERE ev.kind = 'problem')::int AS problems,
    count(*) FILTER (WHERE ev.kind = 'penalty' AND ev.severity = 'minor')::int AS minor,
    count(*) FILTER (WHERE ev.kind = 'penalty' AND ev.severity = 'ordinary')::int AS ordinary,
    count(*) FILTER (WHERE ev.kind = 'penalty' AND ev.severity = 'serious')::int AS serious`;
  const byEnterprise = await rows<FactRow>(
    db,
    sql`WITH ev AS (${events}) SELECT e.id AS key, e.name, e.uscc, ${counts} FROM ev JOIN enterprise e ON e.id = ev.enterprise_id GROUP BY e.id, e.name, e.uscc`,
  );
  const byTeam = await rows<FactRow>(
    db,
    sql`WITH ev AS (${events}) SELECT t.id AS key, t.name, d.name AS department, ${counts}
        FROM ev JOIN team t ON t.id = ev.team_id JOIN department d ON d.id = t.department_id GROUP BY t.id, t.name, d.name`,
  );
  const rank = <T extends { score: number; name: string }>(xs: T[]) => xs.sort((a, b) => b.score - a.score || (a.name < b.name ? -1 : 1)).slice(0, WATCH_LIMIT);
  const result = {
    period: periodId,
    ruleSet: { version: rules.version, source: rules.source, weights: rules.watch },
    enterprises: rank(byEnterprise.map((r) => ({ enterpriseId: r.key, uscc: r.uscc!, name: r.name, ...watchScore(facts(r), rules.watch) }))),
    teams: rank(byTeam.map((r) => ({ teamId: r.key, name: r.name, department: r.department!, ...watchScore(facts(r), rules.watch) }))),
  };
  await recordAudit(db, ctx, { action: 'revisit.watch-list', targetType: 'revisit_period', targetId: periodId, detail: { enterprises: result.enterprises.length, teams: result.teams.length } });
  return result;
}

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
import { TEAM_OF_VISIT, teamsOfWork } from './work-teams.js';

/** Most rows of each list. */
export const WATCH_LIMIT = 200;

interface Counts {
  complaints: number;
  inspections: number;
  problems: number;
  minor: number;
  ordinary: number;
  serious: number;
}

const facts = (r: Counts): WatchFacts => ({
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
  const zero = (): Counts => ({ complaints: 0, inspections: 0, problems: 0, minor: 0, ordinary: 0, serious: 0 });
  const byEnterprise = new Map<string, Counts>();
  const byTeam = new Map<string, Counts>();
  const count = (enterpriseId: string, teamId: string | null | undefined, add: (c: Counts) => void) => {
    add(byEnterprise.get(enterpriseId) ?? byEnterprise.set(enterpriseId, zero()).get(enterpriseId)!);
    if (teamId) add(byTeam.get(teamId) ?? byTeam.set(teamId, zero()).get(teamId)!);
  };
  // Inspections counted on their shards by enterprise and team; complaints (on the coordinator) and penalties
  // each with the team of the enterprise's latest inspection before them (teamsOfWork).
  const visits = await rows<{ enterprise_id: string; team_id: string | null; inspections: number; problems: number }>(
    db,
    sql`SELECT v.enterprise_id, v.team_id, count(*)::int AS inspections, count(*) FILTER (WHERE v.problem)::int AS problems
        FROM (SELECT i.enterprise_id, ${TEAM_OF_VISIT} AS team_id, coalesce(i.result->>'outcome' IN ('rectification', 'case-opened'), false) AS problem
              FROM inspection i WHERE i.status <> 'revoked' AND i.window_start >= ${from}::timestamptz AND i.window_start < ${to}::timestamptz) v
        GROUP BY v.enterprise_id, v.team_id`,
  );
  for (const v of visits)
    count(v.enterprise_id, v.team_id, (c) => {
      c.inspections += v.inspections;
      c.problems += v.problems;
    });
  const complaints = await rows<{ id: string; enterprise_id: string; received_at: string | Date }>(
    db,
    sql`SELECT id, enterprise_id, received_at FROM hotline_ticket
        WHERE enterprise_id IS NOT NULL AND received_at >= ${from}::timestamptz AND received_at < ${to}::timestamptz`,
  );
  const penalties = await rows<{ id: string; enterprise_id: string; department_id: string; severity: string; at: string | Date }>(
    db,
    sql`SELECT id, enterprise_id, department_id, severity, (decision_date::timestamp AT TIME ZONE 'Asia/Shanghai' + interval '1 day') AS at
        FROM credit_penalty WHERE decision_date >= ${firstDay}::date AND decision_date <= ${lastDay}::date`,
  );
  const teams = await teamsOfWork(db, [
    ...complaints.map((h) => ({ key: `complaint/${h.id}`, enterpriseId: h.enterprise_id, at: h.received_at })),
    ...penalties.map((p) => ({ key: `penalty/${p.id}`, enterpriseId: p.enterprise_id, at: p.at, departmentId: p.department_id })),
  ]);
  for (const h of complaints) count(h.enterprise_id, teams.get(`complaint/${h.id}`), (c) => c.complaints++);
  for (const p of penalties) {
    const severity = p.severity;
    count(p.enterprise_id, teams.get(`penalty/${p.id}`), (c) => {
      if (severity === 'minor' || severity === 'ordinary' || severity === 'serious') c[severity]++;
    });
  }
  const enterprises = byEnterprise.size
    ? await rows<{ id: string; name: string; uscc: string }>(db, sql`SELECT id, name, uscc FROM enterprise WHERE id = ANY(${sql.param([...byEnterprise.keys()])}::uuid[])`)
    : [];
  const teamRows = byTeam.size
    ? await rows<{ id: string; name: string; department: string }>(
        db,
        sql`SELECT t.id, t.name, d.name AS department FROM team t JOIN department d ON d.id = t.department_id WHERE t.id = ANY(${sql.param([...byTeam.keys()])}::uuid[])`,
      )
    : [];
  const rank = <T extends { score: number; name: string }>(xs: T[]) => xs.sort((a, b) => b.score - a.score || (a.name < b.name ? -1 : 1)).slice(0, WATCH_LIMIT);
  const result = {
    period: periodId,
    ruleSet: { version: rules.version, source: rules.source, weights: rules.watch },
    enterprises: rank(enterprises.map((e) => ({ enterpriseId: e.id, uscc: e.uscc, name: e.name, ...watchScore(facts(byEnterprise.get(e.id)!), rules.watch) }))),
    teams: rank(teamRows.map((t) => ({ teamId: t.id, name: t.name, department: t.department, ...watchScore(facts(byTeam.get(t.id)!), rules.watch) }))),
  };
  await recordAudit(db, ctx, { action: 'revisit.watch-list', targetType: 'revisit_period', targetId: periodId, detail: { enterprises: result.enterprises.length, teams: result.teams.length } });
  return result;
}

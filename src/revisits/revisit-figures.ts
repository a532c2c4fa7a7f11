import { sql } from 'drizzle-orm';
import { rows, type Db } from '../platform/db/client.js';
import type { Ctx } from '../platform/policy/actor.js';
import { requireUser } from '../platform/policy/policy.js';
import { QUESTIONNAIRES, questionnaireVersion, type Answer } from './rules/questionnaire.js';
import { periodOf } from './rules/period.js';

const rate = (n: number, d: number) => (d ? Math.round((n / d) * 10_000) / 10_000 : null);

/**
 * G6 — revisit figures of a period (default: the current one), live from the revisits: enterprises revisited,
 * satisfaction (seed: "已累计回访企业12家，企业满意率100%") by team and by standard, problems found and followed
 * up, channels, and the trend over the periods.
 */
export async function revisitFigures(db: Db, ctx: Ctx, period = periodOf(ctx.now)) {
  requireUser(ctx.actor, ['supervisor']);
  const done = await rows<{ enterprise_id: string; work_team_id: string; team: string; channel: string; satisfied: boolean; answers: Record<string, Answer>; version: string; problems: { followUp?: unknown }[] }>(
    db,
    sql`SELECT r.enterprise_id, r.work_team_id, t.name AS team, r.channel, r.satisfied, r.answers, r.questionnaire_version AS version, r.problems
        FROM revisit r JOIN team t ON t.id = r.work_team_id WHERE r.period = ${period} AND r.status = 'done'`,
  );
  const [{ total = 0 } = {}] = await rows<{ total: number }>(db, sql`SELECT count(*)::int AS total FROM revisit WHERE period = ${period}`);
  const byTeam = new Map<string, { teamId: string; team: string; revisits: number; satisfied: number; problems: number }>();
  const byStandard = new Map<string, { yes: number; answered: number }>();
  const byChannel: Record<string, number> = {};
  let problems = 0;
  let followedUp = 0;
  for (const r of done) {
    const t = byTeam.get(r.work_team_id) ?? { teamId: r.work_team_id, team: r.team, revisits: 0, satisfied: 0, problems: 0 };
    t.revisits++;
    if (r.satisfied) t.satisfied++;
    t.problems += r.problems.length;
    byTeam.set(r.work_team_id, t);
    byChannel[r.channel] = (byChannel[r.channel] ?? 0) + 1;
    problems += r.problems.length;
    followedUp += r.problems.filter((p) => p.followUp).length;
    const q = questionnaireVersion(r.version);
    for (const st of q?.standards ?? []) {
      const s = byStandard.get(st.code) ?? { yes: 0, answered: 0 };
      for (const i of st.indicators) {
        const a = r.answers?.[i.code];
        if (a === 'yes' || a === 'no') {
          s.answered++;
          if (a === 'yes') s.yes++;
        }
      }
      byStandard.set(st.code, s);
    }
  }
  const trend = await rows<{ period: string; revisited: number; satisfied: number; enterprises: number }>(
    db,
    sql`SELECT period, count(*)::int AS revisited, count(*) FILTER (WHERE satisfied)::int AS satisfied, count(DISTINCT enterprise_id)::int AS enterprises
        FROM revisit WHERE status = 'done' GROUP BY period ORDER BY period`,
  );
  const standards = QUESTIONNAIRES.at(-1)!.standards;
  return {
    period,
    revisits: total,
    done: done.length,
    pending: total - done.length,
    enterprisesRevisited: new Set(done.map((r) => r.enterprise_id)).size,
    satisfied: done.filter((r) => r.satisfied).length,
    satisfaction: rate(done.filter((r) => r.satisfied).length, done.length),
    problems: { found: problems, followedUp },
    byChannel,
    byTeam: [...byTeam.values()].sort((a, b) => (a.team < b.team ? -1 : 1)).map((t) => ({ ...t, satisfaction: rate(t.satisfied, t.revisits) })),
    byStandard: standards.map((s) => {
      const x = byStandard.get(s.code) ?? { yes: 0, answered: 0 };
      return { code: s.code, zh: s.zh, en: s.en, ...x, rate: rate(x.yes, x.answered) };
    }),
    trend: trend.map((t) => ({ ...t, satisfaction: rate(t.satisfied, t.revisited) })),
  };
}

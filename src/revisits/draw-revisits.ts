import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { Db, Tx } from '../platform/db/client.js';
import { newId } from '../platform/db/ids.js';
import type { Ctx } from '../platform/policy/actor.js';
import { requireUser } from '../platform/policy/policy.js';
import { AppError } from '../platform/errors/app-error.js';
import { recordAudit } from '../platform/audit/record.js';
import { chinaDayOf } from '../calendar/index.js';
import { revisitDraws, revisits, type DrawInputs } from './schema.js';
import { PERIOD_PATTERN, parsePeriod, previousPeriod } from './rules/period.js';
import { drawRevisits } from './rules/draw.js';
import { nextRatio } from './rules/ratio.js';
import { revisitRuleSetAt } from './rules/rule-sets.js';
import { periodWork, revisitingTeams } from './period-work.js';
import { teamResults } from './team-results.js';

export const drawInput = z.object({
  period: z.string().regex(PERIOD_PATTERN, '期间形如 2026H2 / a period like 2026H2'),
  ratio: z.number().gt(0).max(1).optional(),
  seed: z.string().trim().min(1).max(200).optional(),
  dryRun: z.boolean().optional(),
});
export type DrawRequest = z.infer<typeof drawInput>;

/**
 * G2 — draws the period's revisits: each team's work at its ratio (G5: raised for teams weaker last round),
 * seeded, cross-assigned. A dry run draws and saves nothing; a saved draw keeps its seed, inputs and assignments
 * and opens one revisit per drawn subject not already drawn this period.
 */
export async function drawPeriodRevisits(db: Db, ctx: Ctx, input: DrawRequest) {
  requireUser(ctx.actor, ['supervisor']);
  return db.transaction((tx) => drawInTx(tx, ctx, input));
}

/** The draw inside the caller's transaction (the demo seed draws in its own). */
export async function drawInTx(tx: Tx, ctx: Ctx, input: DrawRequest) {
  const actor = requireUser(ctx.actor, ['supervisor']);
  const period = parsePeriod(input.period);
  if (!period) throw new AppError(422, 'revisit-bad-period', { period: input.period });
  if (period.start > ctx.now) throw new AppError(422, 'revisit-period-not-started', { period: input.period });
  const seed = input.seed ?? `${input.period}-${randomBytes(6).toString('hex')}`;
  const rules = revisitRuleSetAt(chinaDayOf(ctx.now));
  const baseRatio = input.ratio ?? rules.ratio.base;

  {
    const work = await periodWork(tx, period);
    const teamIds = await revisitingTeams(tx);
    const last = await teamResults(tx, previousPeriod(input.period));
    const workTeams = [...new Set(work.subjects.map((s) => s.workTeamId))].sort();
    const ratios = workTeams.map((t) => nextRatio(last.get(t), t, rules.ratio, baseRatio));
    const subjects = work.subjects.map(({ enterpriseId: _e, ...s }) => s);
    const result = drawRevisits({
      seed,
      subjects,
      teamIds,
      ratios: Object.fromEntries(ratios.map((r) => [r.teamId, r.ratio])),
      defaultRatio: baseRatio,
    });
    const inputs: DrawInputs = {
      period: input.period,
      ruleSet: { version: rules.version },
      baseRatio,
      ratios,
      teamIds,
      subjects,
      populationHash: result.populationHash,
      perTeam: result.perTeam,
      unattributed: work.unattributed,
    };
    const out = {
      seed,
      period: input.period,
      assignments: result.assignments,
      ratios,
      perTeam: result.perTeam,
      loads: result.loads,
    };
    if (input.dryRun) {
      await recordAudit(tx, ctx, {
        action: 'revisit.draw-dry-run',
        targetType: 'revisit_period',
        targetId: input.period,
        detail: { seed, drawn: result.assignments.length },
      });
      return { ...out, id: undefined };
    }
    const id = newId();
    await tx
      .insert(revisitDraws)
      .values({
        id,
        period: input.period,
        seed,
        baseRatio,
        inputs,
        assignments: result.assignments,
        createdBy: actor.userId,
        createdAt: ctx.now,
      });
    const enterpriseOf = new Map(
      work.subjects.map((s) => [`${s.subjectType}:${s.subjectId}`, s.enterpriseId]),
    );
    const fresh = result.assignments.map((a) => ({
      enterpriseId: enterpriseOf.get(`${a.subjectType}:${a.subjectId}`)!,
      id: newId(),
      drawId: id,
      period: input.period,
      subjectType: a.subjectType,
      subjectId: a.subjectId,
      workTeamId: a.workTeamId,
      assignedTeamId: a.assignedTeamId,
      createdAt: ctx.now,
    }));
    for (let i = 0; i < fresh.length; i += 500)
      await tx
        .insert(revisits)
        .values(fresh.slice(i, i + 500))
        .onConflictDoNothing();
    await recordAudit(tx, ctx, {
      action: 'revisit.draw',
      targetType: 'revisit_draw',
      targetId: id,
      detail: {
        period: input.period,
        seed,
        baseRatio,
        population: subjects.length,
        drawn: result.assignments.length,
        populationHash: result.populationHash,
      },
    });
    return { ...out, id };
  }
}

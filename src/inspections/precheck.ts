import type { AppDeps } from '../platform/http/types.js';
import type { Ctx } from '../platform/policy/actor.js';
import { requireUser } from '../platform/policy/policy.js';
import { AppError } from '../platform/errors/app-error.js';
import { enterpriseIdOf } from '../enterprises/index.js';
import { loadNearby } from './load-nearby.js';
import { plannedCodeConflict } from './rules/planned-frequency.js';
import { jointCandidates } from './rules/joint-proposal.js';
import { frequencyBreaches } from './rules/visit-frequency.js';
import { ruleSetRef } from './rules/rule-set.js';
import { inspectionRulesAt } from './rule-config.js';

/**
 * What applying would say (under the part A rule set in force at `ctx.now`, named in the answer), without applying: the planned-code conflict (A3), the over-frequency warning, the
 * A9 alerts the visit would raise and the joint proposals (A4) — across all departments, so the officer sees
 * them live before submitting. The application itself re-checks under its lock.
 */
export async function precheckApplication(
  deps: Pick<AppDeps, 'database' | 'config'>,
  ctx: Ctx,
  q: { enterpriseUscc: string; kind: 'planned' | 'triggered'; start: Date; end?: Date },
) {
  const { db } = deps.database;
  const rules = inspectionRulesAt(deps.config, ctx.now);
  const actor = requireUser(ctx.actor, ['officer', 'dept_admin']);
  const enterpriseId = await enterpriseIdOf(db, q.enterpriseUscc.trim().toUpperCase());
  if (!enterpriseId) throw new AppError(422, 'enterprise-not-found', { uscc: q.enterpriseUscc });
  const nearby = await loadNearby(db, enterpriseId, q.start, rules);
  const conflict = plannedCodeConflict(q.kind === 'planned' ? nearby.filter((n) => n.kind === 'planned') : nearby, { start: q.start, end: q.end ?? q.start }, rules.plannedWindowDays);
  const breaches = frequencyBreaches([...nearby.map((n) => n.windowStart), q.start], q.start, rules.alerts);
  const proposals = jointCandidates(nearby, actor.departmentId ?? '', q.start, rules.jointWindowDays);
  const brief = (n: (typeof nearby)[number]) => ({ inspectionId: n.id, code: n.code, departmentIds: n.departmentIds, windowStart: n.windowStart.toISOString(), windowEnd: n.windowEnd.toISOString() });
  return {
    refused: q.kind === 'planned' && conflict !== null,
    plannedConflict: q.kind === 'planned' && conflict ? brief(conflict) : null,
    overFrequency: q.kind === 'triggered' && conflict !== null,
    /** The code a triggered request would be over-frequent against. */
    overFrequencyWith: q.kind === 'triggered' && conflict ? brief(conflict) : null,
    /** The numbers the answer was reached with (the web shows them; it never re-derives the rules). */
    days: { planned: rules.plannedWindowDays, joint: rules.jointWindowDays },
    /** The part A rule set the answer applied (the one in force now). */
    ruleSet: { ...ruleSetRef(rules), name: rules.name, effectiveFrom: rules.effectiveFrom, source: rules.source },
    alerts: breaches.map((b) => ({ kind: b.kind, count: b.count, days: b.days })),
    jointProposals: proposals.map(brief),
  };
}

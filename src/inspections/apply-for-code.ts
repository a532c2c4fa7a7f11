import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { AppDeps } from '../platform/http/types.js';
import type { Tx } from '../platform/db/client.js';
import { newId } from '../platform/db/ids.js';
import { AppError } from '../platform/errors/app-error.js';
import type { Ctx } from '../platform/policy/actor.js';
import { requireUser } from '../platform/policy/policy.js';
import { recordAudit } from '../platform/audit/record.js';
import { enterprises } from '../enterprises/schema.js';
import { enterpriseIdOf } from '../enterprises/index.js';
import { raiseSignal } from '../supervision/index.js';
import { signInspectionCode } from './sign-inspection-code.js';
import { inspections, TRIGGERS } from './schema.js';
import { checkItems } from './resolve-items.js';
import { checkOfficerRows } from './check-officers.js';
import { loadIssuanceFacts } from './load-issuance-facts.js';
import { checkWindow } from './window.js';
import { raiseFrequencySignals } from './frequency-signals.js';
import { plannedCodeConflict } from './rules/planned-frequency.js';
import { jointCandidates } from './rules/joint-proposal.js';
import { annualCapReached } from './rules/annual-cap.js';
import { resultDueAt } from './rules/result-deadline.js';
import { ruleSetRef, type RuleSetRef } from './rules/rule-set.js';
import { inspectionRulesAt } from './rule-config.js';
import { describeWarnings, type Warning } from './warnings.js';
import { joinInspection } from './join-inspection.js';
import { chinaDayOf, chinaYearOf, startOfChinaYear } from '../platform/time/china.js';
import { recordVisitChanges } from './visit-changes.js';

export const applyInput = z.object({
  enterpriseUscc: z.string().trim().min(1).max(32),
  kind: z.enum(['planned', 'triggered']),
  trigger: z.enum(TRIGGERS).optional(),
  itemIds: z.array(z.uuid()).min(1).max(100),
  officerIds: z.array(z.uuid()).min(1).max(20),
  window: z.object({ start: z.coerce.date(), end: z.coerce.date() }),
  scenarioId: z.uuid().optional(),
  /** A4: accept the proposal and join this visit instead of making a new one. */
  joinInspectionId: z.uuid().optional(),
  /** Emergency inspection: the code is back-filled after the visit. */
  backfill: z.boolean().optional(),
  randomDrawId: z.uuid().optional(),
});
export type ApplyInput = z.infer<typeof applyInput>;

export interface ApplyOutcome {
  id: string;
  code: string;
  warnings: Warning[];
  /** The part A rule set applied (recorded on the inspection). */
  ruleSet: RuleSetRef;
  joint?: { merged: true; inspectionId: string } | { proposals: { inspectionId: string; code: string; departmentIds: string[]; windowStart: Date; windowEnd: Date }[]; days: number };
}

/**
 * A2–A5, A9 — an officer applies for an inspection code. In one transaction, serialised per enterprise by a
 * row lock (so 100 simultaneous planned requests yield one code): check window, items, officers; apply the
 * planned-code limit (refuse) or the over-frequency warning (triggered); the annual cap; sign and store the
 * code; raise A9 / over-frequency / back-fill signals; propose a joint visit; audit. The numbers are those of
 * the part A rule set in force at `ctx.now`; the code records which.
 */
export async function applyForCode(deps: AppDeps, ctx: Ctx, input: ApplyInput): Promise<ApplyOutcome> {
  const rules = inspectionRulesAt(deps.config, ctx.now);
  const actor = requireUser(ctx.actor, ['officer']);
  if (!actor.officerId || !actor.departmentId) throw new AppError(403, 'not-an-officer');
  const departmentId = actor.departmentId;
  const window = { start: input.window.start, end: input.window.end };
  const emergency = input.kind === 'triggered' && input.trigger === 'emergency';
  if (input.kind === 'triggered' && !input.trigger) throw new AppError(422, 'trigger-required');
  checkWindow(window, ctx.now, { backfill: Boolean(input.backfill), emergency, rules, locale: ctx.locale });

  return deps.database.db.transaction(async (tx) => {
    const enterprise = await lockEnterprise(tx, input.enterpriseUscc);
    if (input.joinInspectionId) {
      return joinInspection(deps, tx, ctx, { enterpriseId: enterprise.id, inspectionId: input.joinInspectionId, departmentId, itemIds: input.itemIds, officerIds: input.officerIds, scenarioId: input.scenarioId, rules });
    }
    // One read for every rule below, after the lock (its snapshot sees the visits of whoever held it before).
    const facts = await loadIssuanceFacts(tx, {
      enterpriseId: enterprise.id,
      itemIds: input.itemIds,
      scenarioId: input.scenarioId ?? null,
      officerIds: input.officerIds,
      departmentId,
      around: window.start,
      rules,
      yearStart: startOfChinaYear(chinaYearOf(ctx.now)),
    });
    const { departmentIds } = checkItems(facts.items, facts.scenarioItemIds, input.itemIds, departmentId);
    checkOfficerRows(facts.officers, ctx.locale, input.officerIds, departmentIds, window);
    const nearby = facts.nearby;
    const warnings: Warning[] = [];
    let overFrequency = false;
    if (input.kind === 'planned') {
      const conflict = plannedCodeConflict(nearby.filter((n) => n.kind === 'planned'), window, rules.plannedWindowDays);
      if (conflict) {
        throw new AppError(
          409,
          'planned-frequency-limit',
          { existingCode: conflict.code, existingStart: chinaDayOf(conflict.windowStart), days: rules.plannedWindowDays },
          { existingCode: conflict.code, existingInspectionId: conflict.id, existingStart: conflict.windowStart.toISOString(), canJoin: true, days: rules.plannedWindowDays, ruleSet: ruleSetRef(rules) },
        );
      }
      if (facts.annualCap && annualCapReached('planned', facts.plannedThisYear, facts.annualCap)) {
        throw new AppError(409, 'annual-cap-reached', { cap: facts.annualCap });
      }
    } else if (plannedCodeConflict(nearby, window, rules.plannedWindowDays)) {
      overFrequency = true;
      warnings.push({ code: 'over-frequency', days: rules.plannedWindowDays });
    }

    const id = newId();
    const content = { departmentIds, itemIds: [...new Set(input.itemIds)], officerIds: [...new Set(input.officerIds)], approvedBy: actor.userId };
    const code = await signInspectionCode(deps, { id, codeVersion: 1, uscc: enterprise.uscc, window, content });
    // The visit, then its audit row: two statements, since on a Citus cluster a CTE writing the distributed
    // inspection cannot feed a write to the coordinator's audit log.
    await tx.insert(inspections).values({
      id,
      enterpriseId: enterprise.id,
      kind: input.kind,
      trigger: input.trigger ?? null,
      randomDrawId: input.randomDrawId ?? null,
      leadDepartmentId: departmentId,
      ...content,
      scenarioId: input.scenarioId ?? null,
      windowStart: window.start,
      windowEnd: window.end,
      code,
      appliedBy: actor.userId,
      overFrequency,
      backfilled: Boolean(input.backfill),
      resultDueAt: resultDueAt(window.end, rules.resultDueDays),
      ruleSetId: rules.id,
      ruleSetVersion: rules.version,
      createdAt: ctx.now,
    });
    await recordVisitChanges(tx, [{ enterpriseId: enterprise.id, id }], 1);
    await recordAudit(tx, ctx, {
      action: 'inspection.apply',
      targetType: 'inspection',
      targetId: id,
      enterpriseId: enterprise.id,
      detail: { kind: input.kind, trigger: input.trigger, departmentIds, officerIds: content.officerIds, overFrequency, backfilled: Boolean(input.backfill), ruleSet: ruleSetRef(rules) },
    });

    const breaches = await raiseFrequencySignals(tx, ctx.now, rules, { id, enterpriseId: enterprise.id, windowStart: window.start, departmentId }, nearby);
    for (const b of breaches) warnings.push({ code: b.kind, count: b.count, days: b.days });
    if (overFrequency) {
      await raiseSignal(tx, ctx.now, { kind: 'over-frequency', severity: 'medium', dedupeKey: `over-frequency:${id}`, enterpriseId: enterprise.id, inspectionId: id, departmentId, detail: { trigger: input.trigger, days: rules.plannedWindowDays, ruleSet: ruleSetRef(rules) } });
    }
    if (input.backfill) {
      await raiseSignal(tx, ctx.now, { kind: 'backfilled-code', severity: 'medium', dedupeKey: `backfilled-code:${id}`, enterpriseId: enterprise.id, inspectionId: id, departmentId, detail: { windowStart: window.start.toISOString() } });
    }
    const proposals = jointCandidates(nearby, departmentId, window.start, rules.jointWindowDays).map((n) => ({
      inspectionId: n.id,
      code: n.code,
      departmentIds: n.departmentIds,
      windowStart: n.windowStart,
      windowEnd: n.windowEnd,
    }));
    return { id, code, warnings: describeWarnings(warnings, ctx.locale), ruleSet: ruleSetRef(rules), ...(proposals.length ? { joint: { proposals, days: rules.jointWindowDays } } : {}) };
  });
}

/** The enterprise of a USCC, locked: found through the USCC registry, locked by its id (one shard on Citus). */
async function lockEnterprise(tx: Tx, uscc: string) {
  const normalised = uscc.trim().toUpperCase();
  const claimed = await enterpriseIdOf(tx, normalised);
  if (!claimed) throw new AppError(422, 'enterprise-not-found', { uscc: normalised });
  const [e] = await tx
    .select({ id: enterprises.id, uscc: enterprises.uscc, name: enterprises.name, status: enterprises.status })
    .from(enterprises)
    .where(eq(enterprises.id, claimed))
    .for('no key update');
  if (!e) throw new AppError(422, 'enterprise-not-found', { uscc: normalised });
  if (e.status !== 'active') throw new AppError(422, 'enterprise-inactive', { name: e.name });
  return e;
}

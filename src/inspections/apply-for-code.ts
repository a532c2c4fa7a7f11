import { z } from 'zod';
import type { AppDeps } from '../platform/http/types.js';
import type { Tx } from '../platform/db/client.js';
import { newId } from '../platform/db/ids.js';
import { AppError } from '../platform/errors/app-error.js';
import type { Ctx } from '../platform/policy/actor.js';
import { requireUser } from '../platform/policy/policy.js';
import { auditStatement } from '../platform/audit/record.js';
import { asOneStatement, type Statement } from '../platform/db/pipeline.js';
import { enterpriseIdStatement } from '../enterprises/index.js';
import { raiseSignal, type NewSignal } from '../supervision/index.js';
import { signInspectionCode } from './sign-inspection-code.js';
import { TRIGGERS } from './schema.js';
import { insertInspectionStatement } from './insert-inspection.js';
import { checkItems } from './resolve-items.js';
import { checkOfficerRows } from './check-officers.js';
import { enterpriseIdSql, issuanceFactsOf, issuanceFactsStatement, type EnterpriseKey } from './load-issuance-facts.js';
import { checkWindow } from './window.js';
import { frequencySignals } from './frequency-signals.js';
import { plannedCodeConflict } from './rules/planned-frequency.js';
import { jointCandidates } from './rules/joint-proposal.js';
import { annualCapReached } from './rules/annual-cap.js';
import { resultDueAt } from './rules/result-deadline.js';
import { ruleSetRef, type RuleSetRef } from './rules/rule-set.js';
import { inspectionRulesAt } from './rule-config.js';
import { describeWarnings, type Warning } from './warnings.js';
import { joinInspection } from './join-inspection.js';
import { chinaDayOf, chinaYearOf, startOfChinaYear } from '../platform/time/china.js';
import { newVisitChangeStatement, visitChangeStatement } from './visit-changes.js';

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

  const normalised = input.enterpriseUscc.trim().toUpperCase();
  // Two round trips, each one socket write (platform/db/pipeline.ts): the enterprise's row lock with every fact the
  // rules read; the writes with the commit. The enterprise is named by its USCC in both statements of the first;
  // on a Citus cluster (the registry and the enterprise distributed differently) by its id, from memory (a USCC's
  // registry row never changes: src/enterprises/enterprise-id-of.ts) or read first — a third round trip.
  const owners = deps.scanCache.owners;
  const known = input.joinInspectionId ? undefined : owners.get(normalised);
  const citus = await deps.database.distributed();
  const byUscc = !known && !input.joinInspectionId && !citus;
  return deps.database.pipelined(async (tx) => {
    let key: EnterpriseKey = known ? { id: known } : { uscc: normalised };
    if (!known && !byUscc) {
      const [claimed] = (await tx.send([enterpriseIdStatement(normalised)]))[0]!;
      if (!claimed) throw new AppError(422, 'enterprise-not-found', { uscc: normalised });
      key = { id: claimed.id as string };
      owners.set(normalised, key.id);
    }
    if (input.joinInspectionId) {
      const enterpriseId = (await tx.send([lockEnterpriseStatement(key)]).then(([locked]) => activeEnterprise(locked!, normalised))).id;
      return joinInspection(deps, tx.db() as Tx, ctx, { enterpriseId, inspectionId: input.joinInspectionId, departmentId, itemIds: input.itemIds, officerIds: input.officerIds, scenarioId: input.scenarioId, rules });
    }
    // The facts are read behind the lock, in a statement of their own: that statement's snapshot is taken once the
    // lock is held, so it sees the visits of whoever held it before. The items, scenario, officers and cap come
    // from the catalog in memory when it holds them all (src/inspections/issuance-catalog.ts), else with the visits.
    const catalog = deps.issuanceCatalog;
    const asked = { itemIds: input.itemIds, scenarioId: input.scenarioId ?? null, officerIds: input.officerIds, departmentId };
    const remembered = catalog.lookup(asked);
    const startedAt = catalog.readStarted();
    const [locked, factsRows] = await tx.send([
      lockEnterpriseStatement(key),
      issuanceFactsStatement({ ...asked, enterprise: key, around: window.start, rules, yearStart: startOfChinaYear(chinaYearOf(ctx.now)), known: remembered }),
    ]);
    const enterprise = activeEnterprise(locked!, normalised);
    const enterpriseId = enterprise.id;
    if ('uscc' in key) owners.set(normalised, enterpriseId); // learned from the lock's row (read by the USCC)
    const facts = issuanceFactsOf(factsRows![0]!, remembered);
    if (!remembered) catalog.keep(asked, facts, startedAt);
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
    const frequency = frequencySignals(rules, { id, enterpriseId, windowStart: window.start, departmentId }, nearby);
    for (const { breach: b } of frequency) warnings.push({ code: b.kind, count: b.count, days: b.days });
    const signals: NewSignal[] = frequency.map((f) => f.signal);
    if (overFrequency) {
      signals.push({ kind: 'over-frequency', severity: 'medium', dedupeKey: `over-frequency:${id}`, enterpriseId, inspectionId: id, departmentId, detail: { trigger: input.trigger, days: rules.plannedWindowDays, ruleSet: ruleSetRef(rules) } });
    }
    if (input.backfill) {
      signals.push({ kind: 'backfilled-code', severity: 'medium', dedupeKey: `backfilled-code:${id}`, enterpriseId, inspectionId: id, departmentId, detail: { windowStart: window.start.toISOString() } });
    }
    // The visit, its figure change row and its audit row: one statement (the change row from the inserted row), or
    // on a Citus cluster three sent together (a CTE writing the distributed inspection cannot feed a write to the
    // coordinator's audit log).
    const visit = insertInspectionStatement({
        id,
        enterpriseId,
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
    const audit = auditStatement(ctx, {
      action: 'inspection.apply',
      targetType: 'inspection',
      targetId: id,
      enterpriseId,
      detail: { kind: input.kind, trigger: input.trigger, departmentIds, officerIds: content.officerIds, overFrequency, backfilled: Boolean(input.backfill), ruleSet: ruleSetRef(rules) },
    });
    const writes = !citus
      ? [asOneStatement('issuance-writes', [{ name: 'visit', statement: { ...visit, text: `${visit.text} RETURNING *` } }, { name: 'audit', statement: audit }], newVisitChangeStatement('visit'))]
      : [visit, visitChangeStatement({ enterpriseId, id }, 1), audit];
    if (signals.length === 0) await tx.sendAndCommit(writes);
    else {
      // Signals (A9, over-frequency, back-fill) are supervision's to write, through its operation.
      await tx.send(writes);
      for (const signal of signals) await raiseSignal(tx.db(), ctx.now, signal);
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

/** The enterprise's row, locked (by its id: one shard on Citus); what `activeEnterprise` reads. */
function lockEnterpriseStatement(key: EnterpriseKey): Statement {
  return {
    name: 'id' in key ? 'issuance-lock-enterprise' : 'issuance-lock-enterprise-by-uscc',
    text: `SELECT id, uscc, name, status FROM enterprise WHERE id = ${enterpriseIdSql(key, 1)} FOR NO KEY UPDATE`,
    values: ['id' in key ? key.id : key.uscc],
  };
}

/** The locked enterprise, which must exist and be active. */
function activeEnterprise(locked: Record<string, unknown>[], uscc: string) {
  const e = locked[0] as { id: string; uscc: string; name: string; status: string } | undefined;
  if (!e) throw new AppError(422, 'enterprise-not-found', { uscc });
  if (e.status !== 'active') throw new AppError(422, 'enterprise-inactive', { name: e.name });
  return e;
}

import { and, eq } from 'drizzle-orm';
import type { AppDeps } from '../platform/http/types.js';
import type { Tx } from '../platform/db/client.js';
import { AppError } from '../platform/errors/app-error.js';
import type { Ctx } from '../platform/policy/actor.js';
import { recordAudit } from '../platform/audit/record.js';
import { enterprises } from '../enterprises/schema.js';
import { inspections } from './schema.js';
import { resolveItems } from './resolve-items.js';
import { checkOfficers } from './check-officers.js';
import { signInspectionCode } from './sign-inspection-code.js';
import { DAY_MS } from './rules/windows.js';
import { ruleSetRef, type InspectionRuleSet } from './rules/rule-set.js';
import type { ApplyOutcome } from './apply-for-code.js';
import { announceChange } from '../platform/changes/change-feed.js';
import { changingVisit } from './visit-changes.js';

/**
 * A4 — accepting a joint proposal: the department's items and officers join the existing visit, which keeps
 * one window and gets one re-signed code covering everyone (the previous code version then scans as revoked).
 * The merged visit counts once; `mergedCount` records the visit avoided.
 */
export async function joinInspection(
  deps: AppDeps,
  tx: Tx,
  ctx: Ctx,
  j: { enterpriseId: string; inspectionId: string; departmentId: string; itemIds: string[]; officerIds: string[]; scenarioId?: string; rules: InspectionRuleSet },
): Promise<ApplyOutcome> {
  const [target] = await tx
    .select()
    .from(inspections)
    .where(and(eq(inspections.enterpriseId, j.enterpriseId), eq(inspections.id, j.inspectionId)))
    .for('update');
  const refuse = (reason: string) => {
    throw new AppError(409, 'join-not-possible', { code: target?.code.slice(0, 12) ?? j.inspectionId, reason });
  };
  if (!target) throw new AppError(404, 'inspection-not-found');
  const zh = ctx.locale === 'zh-CN';
  if (target.status !== 'issued') refuse(zh ? '该检查已结束或已撤销' : 'it is finished or revoked');
  if (target.windowEnd.getTime() < ctx.now.getTime()) refuse(zh ? '该检查时间窗已过' : 'its window has passed');
  const { departmentIds: mine } = await resolveItems(tx, j.itemIds, j.departmentId, j.scenarioId);
  const departmentIds = [...new Set([...target.departmentIds, ...mine])];
  const officerIds = [...new Set([...target.officerIds, ...j.officerIds])];
  const itemIds = [...new Set([...target.itemIds, ...j.itemIds])];
  await checkOfficers(tx, ctx.locale, officerIds, departmentIds, { start: target.windowStart, end: target.windowEnd });
  if (Math.abs(target.windowStart.getTime() - ctx.now.getTime()) > j.rules.jointWindowDays * DAY_MS && target.windowStart > ctx.now) {
    refuse(zh ? `该检查不在 ${j.rules.jointWindowDays} 日联查范围内` : `it is not within the ${j.rules.jointWindowDays}-day joint window`);
  }
  const [enterprise] = await tx.select({ uscc: enterprises.uscc }).from(enterprises).where(eq(enterprises.id, j.enterpriseId));
  const codeVersion = target.codeVersion + 1;
  const content = { departmentIds, itemIds, officerIds, approvedBy: target.approvedBy };
  const code = await signInspectionCode(deps, { id: target.id, codeVersion, uscc: enterprise!.uscc, window: { start: target.windowStart, end: target.windowEnd }, content });
  const joiningNewDepartment = mine.some((d) => !target.departmentIds.includes(d));
  await changingVisit(tx, target, () =>
    tx
      .update(inspections)
      .set({ departmentIds, itemIds, officerIds, codeVersion, code, mergedCount: target.mergedCount + (joiningNewDepartment ? 1 : 0) })
      .where(and(eq(inspections.enterpriseId, j.enterpriseId), eq(inspections.id, target.id))),
  );
  await announceChange(tx, 'inspection', target.id);
  await recordAudit(tx, ctx, {
    action: 'inspection.join',
    targetType: 'inspection',
    targetId: target.id,
    enterpriseId: j.enterpriseId,
    detail: { departmentId: j.departmentId, addedItems: j.itemIds, addedOfficers: j.officerIds, codeVersion, ruleSet: ruleSetRef(j.rules) },
  });
  return { id: target.id, code, warnings: [], ruleSet: ruleSetRef(j.rules), joint: { merged: true, inspectionId: target.id } };
}

/**
 * Demo inspections of the last six months (most with results and evaluations, some joint, a few triggered)
 * and a visit today at enterprise1's restaurant, so the screens and figures have a history to show.
 */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../platform/db/client.js';
import { newId } from '../platform/db/ids.js';
import type { DemoContext } from '../platform/parts/part.js';
import type { Tx } from '../platform/db/client.js';
import { users } from '../platform/auth/schema.js';
import { officers } from '../organisation/schema.js';
import { inspectionItems } from '../catalog/schema.js';
import { Keyring } from '../codes/index.js';
import { signCode } from '../codes/index.js';
import { contentDigest } from '../codes/index.js';
import { evaluations, inspections, type InspectionResult } from './schema.js';
import { resultDueAt } from './rules/result-deadline.js';
import { ruleSetInForce } from './rules/rule-set.js';
import { recordVisitChanges } from './visit-changes.js';

const DAY = 86_400_000;

export async function seedDemoInspections(tx: Tx, demo: DemoContext) {
  if (!demo.history) return;
  const { now, rng } = demo;
  const keyring = new Keyring(tx as unknown as Db, 'ed25519');
  await keyring.load(now);
  const key = keyring.signer();
  const staff = await tx.select().from(officers).where(eq(officers.active, true));
  const items = await tx.select().from(inspectionItems).where(eq(inspectionItems.published, true));
  const [approver] = await tx.select({ id: users.id }).from(users).where(eq(users.username, 'admin'));
  const depts = [...new Set(items.map((i) => i.departmentId))];
  const pickTeam = (dept: string) => {
    const pool = staff.filter((o) => o.departmentId === dept);
    return rng.shuffle([...pool]).slice(0, 2);
  };
  const enterpriseRows: { id: string; uscc: string }[] = demo.enterprises;
  const made: (typeof inspections.$inferInsert)[] = [];
  const evals: (typeof evaluations.$inferInsert)[] = [];
  const plannedStarts = new Map<string, number[]>();
  // enterprise1's restaurant gets a planned visit today (below): the history keeps clear of it.
  const [owner] = await tx.select({ enterpriseId: users.enterpriseId }).from(users).where(eq(users.username, 'enterprise1'));
  if (owner?.enterpriseId) plannedStarts.set(owner.enterpriseId, [now.getTime()]);
  for (let k = 0; k < 120; k++) {
    const firm = rng.pick(enterpriseRows);
    const lead = rng.pick(depts);
    const joint = rng.chance(0.25) ? rng.pick(depts.filter((d) => d !== lead)) : undefined;
    const deptIds = joint ? [lead, joint] : [lead];
    const team = deptIds.flatMap(pickTeam);
    if (team.length < 2) continue;
    const itemIds = deptIds.map((d) => rng.pick(items.filter((i) => i.departmentId === d)).id);
    // Spread over the past six months (an illustrative history: the frequency rules apply to new codes).
    const start = new Date(now.getTime() - rng.int(2, 180) * DAY - rng.int(0, 8) * 3_600_000);
    const end = new Date(start.getTime() + rng.int(2, 6) * 3_600_000);
    const id = newId();
    // The history obeys A3 too: a planned visit within 7 days of another planned one becomes triggered.
    const planned = plannedStarts.get(firm.id) ?? [];
    const triggered = rng.chance(0.2) || planned.some((p) => Math.abs(p - start.getTime()) < 7 * DAY);
    if (!triggered) plannedStarts.set(firm.id, [...planned, start.getTime()]);
    const outcome: InspectionResult['outcome'] = rng.chance(0.7) ? 'no-problem' : rng.chance(0.85) ? 'rectification' : 'case-opened';
    const result: InspectionResult = {
      outcome,
      notes: outcome === 'no-problem' ? '检查未发现问题' : outcome === 'rectification' ? '发现问题已责令整改' : '发现违法线索，已立案调查',
      rectification: outcome === 'rectification' ? [{ item: '完善相关台账记录', deadline: new Date(end.getTime() + 15 * DAY).toISOString().slice(0, 10) }] : undefined,
      caseNo: outcome === 'case-opened' ? `芜市监立〔${start.getFullYear()}〕${rng.int(100, 999)}号` : undefined,
      photoIds: [],
    };
    const content = { departmentIds: deptIds, itemIds, officerIds: team.map((o) => o.id), approvedBy: approver!.id };
    const code = signCode(key, { inspectionId: id, codeVersion: 1, uscc: firm.uscc, windowStart: start, windowEnd: end, digest: contentDigest(content) });
    made.push({
      id,
      enterpriseId: firm.id,
      kind: triggered ? 'triggered' : 'planned',
      trigger: triggered ? rng.pick(['complaint', 'superior', 'referral'] as const) : null,
      leadDepartmentId: lead,
      ...content,
      windowStart: start,
      windowEnd: end,
      status: 'done',
      code,
      appliedBy: approver!.id,
      mergedCount: joint ? 1 : 0,
      resultDueAt: resultDueAt(end, ruleSetInForce(start).resultDueDays),
      ...appliedRuleSet(start),
      result,
      resultRecordedAt: new Date(end.getTime() + rng.int(1, 40) * 3_600_000),
      arrivalConfirmedAt: start,
      createdAt: new Date(start.getTime() - 2 * DAY),
    });
    if (rng.chance(0.6)) {
      const satisfied = rng.chance(0.97);
      const score = () => (satisfied ? rng.int(4, 5) : rng.int(2, 3));
      evals.push({ enterpriseId: firm.id, inspectionId: id, overall: score(), conduct: score(), integrity: 5, efficiency: score(), service: score(), comment: satisfied ? '检查规范，讲解耐心' : '等待时间较长', userId: approver!.id, createdAt: new Date(end.getTime() + DAY) });
    }
  }
  for (let i = 0; i < made.length; i += 100) await tx.insert(inspections).values(made.slice(i, i + 100));
  for (let i = 0; i < evals.length; i += 100) await tx.insert(evaluations).values(evals.slice(i, i + 100));
  for (let i = 0; i < made.length; i += 500) await recordVisitChanges(tx, made.slice(i, i + 500), 1);

  // Today at enterprise1's restaurant: a planned joint visit of 市场监管 and 生态环境 (officer1–officer4).
  const firm = enterpriseRows.find((e) => e.id === owner?.enterpriseId);
  const demoOfficers = await tx.select({ id: officers.id, departmentId: officers.departmentId }).from(officers).innerJoin(users, and(eq(users.id, officers.userId)));
  if (firm && demoOfficers.length >= 4) {
    const deptIds = [...new Set(demoOfficers.map((o) => o.departmentId))];
    const itemIds = deptIds.map((d) => items.find((i) => i.departmentId === d)?.id).filter((x): x is string => Boolean(x));
    const start = new Date(now.getTime() - 3_600_000);
    const end = new Date(now.getTime() + 5 * 3_600_000);
    const id = newId();
    const content = { departmentIds: deptIds, itemIds, officerIds: demoOfficers.map((o) => o.id), approvedBy: approver!.id };
    await tx.insert(inspections).values({
      id,
      enterpriseId: firm.id,
      kind: 'planned',
      leadDepartmentId: deptIds[0]!,
      ...content,
      windowStart: start,
      windowEnd: end,
      code: signCode(key, { inspectionId: id, codeVersion: 1, uscc: firm.uscc, windowStart: start, windowEnd: end, digest: contentDigest(content) }),
      appliedBy: approver!.id,
      mergedCount: deptIds.length - 1,
      resultDueAt: resultDueAt(end, ruleSetInForce(now).resultDueDays),
      ...appliedRuleSet(now),
      createdAt: new Date(now.getTime() - DAY),
    });
    await recordVisitChanges(tx, [{ enterpriseId: firm.id, id }], 1);
  }
}

/** The part A rule set (built in) a demo code was issued under. */
function appliedRuleSet(at: Date) {
  const r = ruleSetInForce(at);
  return { ruleSetId: r.id, ruleSetVersion: r.version };
}


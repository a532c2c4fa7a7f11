/**
 * Demo data of credit repair: the records of `demoCreditPlan`, written through the same code as the API
 * (rules, audit) at the time each was decided, with their history — repairs (automatic and on application,
 * delivered to the platforms, one delivery dead for a resend), expiries — open applications and an invitation.
 * Several minor records are past their minimum, so `credit-auto-repair` has work on the first run.
 */
import { createHash } from 'node:crypto';
import { and, eq, inArray, like, sql } from 'drizzle-orm';
import type { DemoSeeder } from '../platform/parts/part.js';
import type { Tx } from '../platform/db/client.js';
import { newId } from '../platform/db/ids.js';
import { systemCtx, type Ctx } from '../platform/policy/actor.js';
import { outbox } from '../platform/outbox/schema.js';
import { chinaDay } from '../organisation/index.js';
import { loadCalendar } from '../calendar/index.js';
import { addWorkingDays } from '../calendar/index.js';
import { DELIVERY_PLATFORMS } from './config.js';
import { closeRecords } from './close-records.js';
import { commitmentText } from './apply-for-repair.js';
import { deliveryKey } from './deliveries.js';
import { DEMO_MINOR_PUBLISH_REASON, demoCreditPlan, demoSandboxData, type DemoPenalty } from './demo-plan.js';
import { departments } from '../organisation/schema.js';
import { insertPenalties, type PenaltyRow } from './record-penalty.js';
import { rulesForDepartments } from './rule-sets.js';
import { creditDepartmentRuleSets, penaltyRecords, repairApplications, type Proof } from './schema.js';

/** 10:00 China time on a day, not after `cap`. */
const at = (day: string, cap: Date) => new Date(Math.min(Date.parse(`${day}T10:00:00+08:00`), cap.getTime()));

function proofsOf(p: DemoPenalty, data: ReturnType<typeof demoSandboxData>, withRectification: boolean, at: string): Proof[] {
  const out: Proof[] = [];
  if (p.fineAmount) {
    const r = data.receipts.find((x) => x.decisionNo === p.decisionNo);
    out.push(
      r
        ? { kind: 'fine-receipt', status: 'gathered', source: 'fiscal-receipts', reference: r.receiptNo, detail: { ...r }, at }
        : { kind: 'fine-receipt', status: 'missing', source: 'fiscal-receipts', reference: null, detail: { found: false }, at: null },
    );
  }
  if (withRectification) {
    const r = data.rectifications.find((x) => x.decisionNo === p.decisionNo);
    out.push(
      r
        ? { kind: 'rectification', status: 'gathered', source: 'industry', reference: r.id, detail: { ...r }, at }
        : { kind: 'rectification', status: 'missing', source: 'industry', reference: null, detail: { found: false }, at: null },
    );
  }
  return out;
}

/** The national-rule departments publish minor records, with the province's reason (DEMO_MINOR_PUBLISH_REASON). */
async function assignDemoRuleSets(tx: Tx, deptIds: Map<string, string>, now: Date) {
  const found = await tx.select({ id: departments.id, field: departments.field }).from(departments).where(inArray(departments.id, [...deptIds.values()]));
  const national = found.filter((d) => d.field !== 'market');
  if (national.length === 0) return;
  await tx
    .insert(creditDepartmentRuleSets)
    .values(national.map((d) => ({ departmentId: d.id, ruleSetCode: 'national', minorPublishReason: DEMO_MINOR_PUBLISH_REASON, updatedAt: now, updatedBy: 'demo' })))
    .onConflictDoNothing();
}

/** The demo city's credit records, applications and rule sets (the sandbox's platforms agree with them). */
export const seedCreditDemo: DemoSeeder = async (tx: Tx, demo) => {
  const today = chinaDay(demo.now);
  const plan = demoCreditPlan(demo.enterprises, today);
  const data = demoSandboxData(plan);
  await assignDemoRuleSets(tx, demo.deptIds, demo.now);
  const rules = await rulesForDepartments(tx, [...demo.deptIds.values()], demo.now);
  const calendar = await loadCalendar(tx);
  const base = systemCtx('demo', demo.now);
  const ctxAt = (now: Date): Ctx => ({ ...base, now });
  const creditUser = 'credit';
  let deadShown = false;

  for (const p of plan) {
    const deptRules = rules.get(demo.deptIds.get(p.departmentCode)!)!;
    const { written } = await insertPenalties(tx, ctxAt(at(p.decisionDate, demo.now)), [
      {
        subject: p.subject,
        decisionNo: p.decisionNo,
        decisionDate: p.decisionDate,
        kinds: p.kinds,
        fineAmount: p.fineAmount,
        severity: p.severity,
        rules: deptRules,
        source: 'demo',
      },
    ]);
    const r: PenaltyRow = written[0]!;
    const needsRectification = deptRules.ruleSet.rules.requireRectification && r.severity !== 'minor';
    const application = (status: 'approved' | 'pending' | 'awaiting-proof', decidedAt: Date | null, acceptedAt: Date | null) => {
      const submittedAt = acceptedAt ?? new Date(demo.now.getTime() - 86_400_000);
      const proofs = proofsOf(p, data, needsRectification, submittedAt.toISOString());
      const text = commitmentText({ record: r, enterprise: p.subject, department: { name: deptRules.department.name } });
      const signedBy = `${p.subject.name}（演示）`;
      return {
        id: newId(),
        enterpriseId: r.enterpriseId,
        penaltyId: r.id,
        origin: 'enterprise' as const,
        status,
        proofs,
        checks: [{ name: 'minimum-period', ok: true, detail: { minEnd: r.minEnd } }],
        commitment: {
          text,
          signedAt: submittedAt.toISOString(),
          signedBy,
          digest: createHash('sha256').update(`${text}\n${signedBy}\n${submittedAt.toISOString()}`).digest('hex'),
        },
        submittedAt,
        submittedBy: 'demo',
        acceptedAt,
        reviewDueOn: acceptedAt ? addWorkingDays(chinaDay(acceptedAt), deptRules.ruleSet.rules.reviewWorkingDays, calendar) : null,
        decidedAt,
        decidedBy: decidedAt ? creditUser : null,
        reason: decidedAt ? '材料齐全，符合修复条件' : null,
      };
    };

    if (p.paidOn && (p.history?.end === 'application' || p.open)) {
      await tx.update(penaltyRecords).set({ dutiesFulfilledOn: p.paidOn }).where(eq(penaltyRecords.id, r.id));
    }
    if (p.history) {
      const when = at(p.history.on, demo.now);
      let applicationId: string | undefined;
      if (p.history.end === 'application') {
        const accepted = new Date(Date.parse(`${addWorkingDays(p.history.on, -(p.history.reviewWorkingDays ?? 5), calendar)}T09:30:00+08:00`));
        const row = application('approved', when, accepted);
        applicationId = row.id;
        await tx.insert(repairApplications).values(row);
      }
      await closeRecords(tx, ctxAt(when), {
        where: sql`id = ${r.id}::uuid`,
        to: p.history.end === 'expired' ? 'expired' : 'repaired',
        how: p.history.end === 'expired' ? null : p.history.end,
        applicationId,
        auditAction: p.history.end === 'expired' ? 'credit.penalty.expire' : p.history.end === 'automatic' ? 'credit.penalty.auto-repair' : 'credit.penalty.repair',
        platforms: DELIVERY_PLATFORMS,
      });
      // Delivered within minutes then; one industry delivery gave up, for the resend button.
      const keys = DELIVERY_PLATFORMS.map((pl) => deliveryKey(r.id, pl));
      await tx
        .update(outbox)
        .set({ status: 'delivered', attempts: 1, deliveredAt: new Date(when.getTime() + 5 * 60_000) })
        .where(inArray(outbox.idempotencyKey, keys));
      if (!deadShown && p.history.end === 'application') {
        deadShown = true;
        await tx
          .update(outbox)
          .set({ status: 'dead', attempts: 12, deliveredAt: null, lastError: '/repairs: HTTP 503 {"error":"行业平台维护中"}' })
          .where(and(eq(outbox.idempotencyKey, deliveryKey(r.id, 'industry')), like(outbox.topic, 'credit.%')));
      }
    }
    if (p.open === 'pending') {
      await tx.insert(repairApplications).values(application('pending', null, new Date(demo.now.getTime() - 3 * 86_400_000)));
    }
    if (p.open === 'awaiting-proof') await tx.insert(repairApplications).values(application('awaiting-proof', null, null));
    if (p.invited) {
      await tx.update(penaltyRecords).set({ invitedAt: new Date(demo.now.getTime() - 2 * 86_400_000) }).where(eq(penaltyRecords.id, r.id));
    }
  }
};

/**
 * C4 — POST /api/credit/applications: the enterprise applies to repair one of its records (on its own or after
 * an invitation). The system checks the conditions it can (minimum period, no repeat under market regulation),
 * gathers the proofs itself, and takes the credit commitment (信用承诺书) signed online. Complete → `pending`
 * with a review deadline in working days; a proof no source holds → `awaiting-proof`, asking for exactly it.
 * POST /api/credit/applications/:id/gather asks the sources again (e.g. after one was down).
 */
import { createHash } from 'node:crypto';
import { and, eq, gt, inArray, ne, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db, DbOrTx, Tx } from '../platform/db/client.js';
import { newId } from '../platform/db/ids.js';
import { AppError } from '../platform/errors/app-error.js';
import type { Ctx } from '../platform/policy/actor.js';
import { requireUser } from '../platform/policy/policy.js';
import { recordAudit } from '../platform/audit/record.js';
import { chinaDay } from '../organisation/index.js';
import { creditConfig } from './config.js';
import { applicationRefusal, requiredProofs } from './rules/eligibility.js';
import { KIND_NAMES } from './rules/kinds.js';
import { addWorkingDays, type WorkingCalendar } from '../calendar/index.js';
import { loadCalendar } from '../calendar/index.js';
import { gatherProofs } from './gather-proofs.js';
import { loadPenalty, type LoadedPenalty } from './load-penalty.js';
import { presentApplication } from './present.js';
import { refusalText } from './messages.js';
import { penaltyRecords, repairApplications, type Check, type Proof } from './schema.js';

export const applyInput = z.object({
  penaltyId: z.uuid(),
  /** The subject signs the credit commitment online: the text is the system's, shown by the repair notice. */
  commitment: z.object({ accepted: z.boolean() }),
});

const OPEN = ['awaiting-proof', 'pending'] as const;

/** 409 `application-exists` (with the open one's id) when the record already has an application under way. */
async function refuseSecondApplication(db: DbOrTx, penaltyId: string): Promise<void> {
  const [open] = await db
    .select({ id: repairApplications.id })
    .from(repairApplications)
    .where(and(eq(repairApplications.penaltyId, penaltyId), inArray(repairApplications.status, OPEN)));
  if (open) throw new AppError(409, 'application-exists', {}, { existingId: open.id });
}

/** 信用承诺书 — the commitment text for a record. */
export function commitmentText(p: {
  record: Pick<LoadedPenalty['record'], 'kinds' | 'uscc' | 'decisionNo'>;
  enterprise: { name: string };
  department: { name: string };
}): string {
  const kinds = p.record.kinds.map((k) => KIND_NAMES[k].zh).join('、');
  return [
    '信用承诺书',
    `本单位${p.enterprise.name}（统一社会信用代码 ${p.record.uscc}）就${p.department.name}作出的 ${p.record.decisionNo} 行政处罚决定（${kinds}）申请信用修复，郑重承诺：`,
    '一、已纠正失信行为，履行完毕行政处罚决定规定的义务，违法行为造成的危害后果已消除；',
    '二、系统调取及本单位提交的材料真实、合法、有效；',
    '三、自觉守法诚信经营，主动接受社会监督；',
    '四、如有虚假承诺，愿承担相应法律责任，并同意将虚假承诺行为记入信用记录。',
  ].join('\n');
}

function sign(text: string, signedBy: string, at: Date) {
  const signedAt = at.toISOString();
  return { text, signedAt, signedBy, digest: createHash('sha256').update(`${text}\n${signedBy}\n${signedAt}`).digest('hex') };
}

function refuse(r: NonNullable<ReturnType<typeof applicationRefusal>>, locale: Ctx['locale']): AppError {
  return new AppError(409, 'penalty-not-repairable', { why: refusalText(r, locale) }, { ...r });
}

/** Conditions the system checks from its own data. */
async function checkConditions(db: Db, p: LoadedPenalty, ctx: Ctx): Promise<Check[]> {
  const rules = p.ruleSet.rules;
  const checks: Check[] = [{ name: 'minimum-period', ok: true, detail: { minEnd: p.record.minEnd } }];
  if (rules.requireNoRepeat) {
    const later = await db
      .select({ id: penaltyRecords.id, decisionNo: penaltyRecords.decisionNo })
      .from(penaltyRecords)
      .where(
        and(
          eq(penaltyRecords.enterpriseId, p.record.enterpriseId),
          eq(penaltyRecords.departmentId, p.record.departmentId),
          ne(penaltyRecords.id, p.record.id),
          gt(penaltyRecords.decisionDate, p.record.decisionDate),
          sql`${penaltyRecords.kinds} && ${sql.param(p.record.kinds)}::text[]`,
        ),
      );
    if (later.length > 0) {
      throw new AppError(422, 'repair-condition-unmet', { why: refusalText({ reason: 'no-repeat' }, ctx.locale) }, { condition: 'no-repeat', later });
    }
    checks.push({ name: 'no-repeat', ok: true, detail: {} });
  }
  return checks;
}

/**
 * Complete: every proof in hand → pending; the review clock starts, due after the rule set's working days
 * (the working-day calendar of src/calendar: weekends, public holidays, 调休).
 */
export function completion(proofs: Proof[], ctx: Ctx, reviewWorkingDays: number, calendar: WorkingCalendar) {
  const complete = proofs.every((p) => p.status !== 'missing');
  return complete
    ? { status: 'pending' as const, acceptedAt: ctx.now, reviewDueOn: addWorkingDays(chinaDay(ctx.now), reviewWorkingDays, calendar) }
    : { status: 'awaiting-proof' as const, acceptedAt: null, reviewDueOn: null };
}

/** A receipt found is the fine paid: the record learns the day (for its own sake and the auto-repair job's). */
export async function notePayment(tx: Tx, recordId: string, proofs: Proof[]) {
  const receipt = proofs.find((p) => p.kind === 'fine-receipt' && p.status === 'gathered');
  const paidOn = receipt?.detail.paidOn;
  if (typeof paidOn !== 'string') return;
  await tx
    .update(penaltyRecords)
    .set({ dutiesFulfilledOn: paidOn })
    .where(and(eq(penaltyRecords.id, recordId), sql`${penaltyRecords.dutiesFulfilledOn} IS NULL`));
}

export async function applyForRepair(db: Db, ctx: Ctx, input: z.infer<typeof applyInput>) {
  const user = requireUser(ctx.actor, ['enterprise']);
  if (!input.commitment.accepted) throw new AppError(422, 'commitment-required');
  const p = await loadPenalty(db, ctx, input.penaltyId);
  const today = chinaDay(ctx.now);
  const refusal = applicationRefusal(p.record, today);
  if (refusal) throw refuse(refusal, ctx.locale);
  await refuseSecondApplication(db, p.record.id);

  const checks = await checkConditions(db, p, ctx);
  const proofs = await gatherProofs(requiredProofs(p.record, p.ruleSet.rules), p.record, creditConfig(), ctx.now);
  const commitment = sign(commitmentText(p), `${user.displayName}（${user.username}）`, ctx.now);
  const state = completion(proofs, ctx, p.ruleSet.rules.reviewWorkingDays, await loadCalendar(db));

  return db.transaction(async (tx) => {
    // The record's lock serialises applications for it; its state may have changed while the sources answered.
    const locked = await loadPenalty(tx, ctx, input.penaltyId, { forUpdate: true });
    const again = applicationRefusal(locked.record, today);
    if (again) throw refuse(again, ctx.locale);
    await refuseSecondApplication(tx, p.record.id);
    const id = newId();
    const [row] = await tx
      .insert(repairApplications)
      .values({
        id,
        enterpriseId: p.record.enterpriseId,
        penaltyId: p.record.id,
        origin: p.record.invitedAt ? 'invitation' : 'enterprise',
        proofs,
        checks,
        commitment,
        submittedAt: ctx.now,
        submittedBy: user.userId,
        ...state,
      })
      .returning();
    await notePayment(tx, p.record.id, proofs);
    await recordAudit(tx, ctx, {
      action: 'credit.application.submit',
      targetType: 'credit_application',
      targetId: id,
      enterpriseId: p.record.enterpriseId,
      detail: {
        penaltyId: p.record.id,
        status: state.status,
        proofs: proofs.map((x) => ({ kind: x.kind, status: x.status, source: x.source, reference: x.reference })),
        commitmentDigest: commitment.digest,
      },
    });
    return presentApplication(row!, ctx.now);
  });
}


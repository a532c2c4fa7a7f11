/**
 * Writing a penalty record — shared by the API (`POST /api/credit/penalties`), the Excel import and the demo
 * data: resolve the subject, derive severity and publicity under the department's rule set, refuse a decision
 * number the department already used (409 naming the existing record), write, audit.
 */
import { eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { DbOrTx, Tx } from '../platform/db/client.js';
import { newId } from '../platform/db/ids.js';
import { AppError } from '../platform/errors/app-error.js';
import type { Ctx } from '../platform/policy/actor.js';
import { recordRowAudit } from '../platform/audit/record-row-audit.js';
import { checkUscc } from '../identifiers/index.js';
import { enterpriseIdOf, usccReason } from '../enterprises/index.js';
import { enterprises } from '../enterprises/schema.js';
import { chinaDay } from '../organisation/index.js';
import { PENALTY_KINDS, PROCEDURES, SEVERITIES, VIOLATION_FIELDS, type PenaltyKind, type Procedure, type Severity, type ViolationField } from './rules/kinds.js';
import { decisionKeys, penaltyRecords } from './schema.js';
import { judgeWith, type DepartmentRules } from './rule-sets.js';

/** The largest fine `credit_penalty.fine_amount numeric(14,2)` holds (12 digits before the point). */
export const FINE_AMOUNT_MAX = 999_999_999_999.99;

export const penaltyInput = z.object({
  subjectUscc: z.string().trim().min(1).max(32),
  decisionNo: z.string().trim().min(1).max(100),
  departmentId: z.uuid(),
  decisionDate: z.iso.date(),
  kinds: z
    .array(z.enum(PENALTY_KINDS))
    .min(1)
    .max(PENALTY_KINDS.length)
    .transform((k) => [...new Set(k)]),
  fineAmount: z.number().min(0).max(FINE_AMOUNT_MAX).optional(),
  severity: z.enum(SEVERITIES).optional(),
  /** 简易程序 / 普通程序 (default ordinary). */
  procedure: z.enum(PROCEDURES).optional(),
  /** The field of the violation (default other). */
  violationField: z.enum(VIOLATION_FIELDS).optional(),
});
export type PenaltyInput = z.input<typeof penaltyInput>;

export type PenaltyRow = typeof penaltyRecords.$inferSelect;
export interface Subject {
  id: string;
  uscc: string;
  name: string;
  industry: string;
}

/** The subject by USCC: 422 `invalid-uscc` for a malformed code not registered by override, 422 `enterprise-not-found`. */
export async function subjectByUscc(db: DbOrTx, raw: string, locale: Ctx['locale']): Promise<Subject> {
  const uscc = raw.trim().toUpperCase();
  const check = checkUscc(uscc);
  // By the USCC registry, then by the enterprise id (one shard each on a Citus cluster).
  const id = await enterpriseIdOf(db, uscc);
  const [found] = id
    ? await db
        .select({ id: enterprises.id, uscc: enterprises.uscc, name: enterprises.name, industry: enterprises.industry, override: enterprises.usccOverride })
        .from(enterprises)
        .where(eq(enterprises.id, id))
    : [];
  if (!check.ok && !found?.override) {
    throw new AppError(422, 'invalid-uscc', { reason: usccReason(check, locale) }, { reason: check.reason, position: check.position });
  }
  if (!found) throw new AppError(422, 'enterprise-not-found', { uscc });
  return found;
}

/** Field checks beyond the schema: the fine and its amount go together; no decision from the future. */
export function checkPenaltyFields(input: { kinds: PenaltyKind[]; fineAmount?: number; decisionDate: string }, today: string): void {
  const fine = input.kinds.includes('fine');
  if (fine && !(input.fineAmount !== undefined && input.fineAmount > 0)) throw new AppError(422, 'fine-amount-required');
  if (!fine && input.fineAmount !== undefined && input.fineAmount > 0) throw new AppError(422, 'fine-amount-without-fine');
  if (input.decisionDate > today) throw new AppError(422, 'decision-date-in-future', { date: input.decisionDate });
}

export interface PreparedPenalty {
  subject: Subject;
  decisionNo: string;
  decisionDate: string;
  kinds: PenaltyKind[];
  fineAmount: number | null;
  severity?: Severity;
  procedure?: Procedure;
  violationField?: ViolationField;
  rules: DepartmentRules;
  source: PenaltyRow['source'];
}

/**
 * The row to write: the rule set that judges it (in force on the decision date, or a later one kinder to the
 * subject — 从旧兼从轻), severity (given or derived by that set), publicity and status.
 */
export function penaltyRow(p: PreparedPenalty, now: Date): PenaltyRow {
  const rules = p.rules;
  const procedure = p.procedure ?? 'ordinary';
  const violationField = p.violationField ?? 'other';
  const judged = judgeWith(rules, { decisionDate: p.decisionDate, kinds: p.kinds, fineAmount: p.fineAmount, severity: p.severity, procedure, violationField });
  const { severity, publicity: pub } = judged;
  const ended = pub.published && pub.maxEnd !== null && chinaDay(now) > pub.maxEnd;
  return {
    id: newId(),
    enterpriseId: p.subject.id,
    uscc: p.subject.uscc,
    departmentId: rules.department.id,
    decisionNo: p.decisionNo,
    decisionDate: p.decisionDate,
    kinds: p.kinds,
    fineAmount: p.fineAmount,
    severity,
    severityGiven: p.severity !== undefined,
    procedure,
    violationField,
    ruleSetId: judged.set.ref.id,
    ruleSetReason: judged.reason,
    publicityClass: pub.className,
    publicityStart: pub.start,
    minEnd: pub.minEnd,
    maxEnd: pub.maxEnd,
    autoRepair: pub.autoRepair,
    // Nothing to perform (no fine): done on the decision day. A fine: when its receipt is found.
    dutiesFulfilledOn: (p.fineAmount ?? 0) > 0 ? null : p.decisionDate,
    paymentCheckedAt: null,
    // A decision recorded after its maximum already passed is never shown.
    status: !pub.published ? 'not-published' : ended ? 'expired' : 'published',
    source: p.source,
    invitedAt: null,
    repairedAt: null,
    repairedHow: null,
    repairApplicationId: null,
    expiredAt: ended ? now : null,
    createdAt: now,
  };
}

/**
 * Writes prepared records in the caller's transaction. The decision key goes first: a number the department
 * already used comes back in `duplicates` with the existing record's id, and nothing of it is written.
 */
export async function insertPenalties(
  tx: Tx,
  ctx: Ctx,
  prepared: PreparedPenalty[],
): Promise<{ written: PenaltyRow[]; duplicates: { index: number; existingId: string }[] }> {
  const rowsToWrite = prepared.map((p) => penaltyRow(p, ctx.now));
  const claimed = rowsToWrite.length
    ? await tx
        .insert(decisionKeys)
        .values(rowsToWrite.map((r) => ({ departmentId: r.departmentId, decisionNo: r.decisionNo, penaltyId: r.id, enterpriseId: r.enterpriseId })))
        .onConflictDoNothing()
        .returning({ penaltyId: decisionKeys.penaltyId })
    : [];
  const mine = new Set(claimed.map((c) => c.penaltyId));
  const written = rowsToWrite.filter((r) => mine.has(r.id));
  const duplicates: { index: number; existingId: string }[] = [];
  const lost = rowsToWrite.map((r, index) => ({ r, index })).filter(({ r }) => !mine.has(r.id));
  if (lost.length > 0) {
    const existing = await tx
      .select()
      .from(decisionKeys)
      .where(inArray(decisionKeys.decisionNo, lost.map(({ r }) => r.decisionNo)));
    for (const { r, index } of lost) {
      const e = existing.find((x) => x.departmentId === r.departmentId && x.decisionNo === r.decisionNo);
      // Two rows of one batch with the same number: the first was written.
      const sibling = written.find((w) => w.departmentId === r.departmentId && w.decisionNo === r.decisionNo);
      duplicates.push({ index, existingId: e?.penaltyId ?? sibling!.id });
    }
  }
  if (written.length > 0) {
    for (let i = 0; i < written.length; i += 1000) await tx.insert(penaltyRecords).values(written.slice(i, i + 1000));
    for (const r of written) {
      const { decisionNo, departmentId, severity, status, ruleSetId, source } = r;
      await recordRowAudit(tx, ctx, 'credit.penalty.create', 'credit_penalty', r, { decisionNo, departmentId, severity, status, ruleSetId, source });
    }
  }
  return { written, duplicates };
}

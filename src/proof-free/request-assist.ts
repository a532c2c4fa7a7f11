/**
 * F3 — POST /api/proof-free/assists: where no interface answers, the window asks the department holding the
 * record (协查). The deadline is a number of working days by the calendar (default 5); the holding department's
 * staff are notified in the same transaction.
 */
import { eq, inArray, and } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../platform/db/client.js';
import { newId } from '../platform/db/ids.js';
import { AppError } from '../platform/errors/app-error.js';
import type { Ctx } from '../platform/policy/actor.js';
import { requireUser } from '../platform/policy/policy.js';
import { recordRowAudit } from '../platform/audit/record-row-audit.js';
import { users } from '../platform/auth/schema.js';
import { departments } from '../organisation/schema.js';
import { loadCalendar } from '../calendar/index.js';
import { notifyUsers } from '../notifications/index.js';
import { checkApplicant } from './applicant.js';
import { loadProofKind } from './load-proof-kind.js';
import { ASSIST_ANSWERERS, VERIFIERS } from './policy.js';
import { proofAssists } from './schema.js';
import { ASSIST_RULES, assistDueOn } from './rules/assist.js';

export const assistInput = z.object({
  applicantIdNumber: z.string().trim().min(1).max(40),
  proofKind: z.string().trim().min(1).max(60),
  question: z.string().trim().min(1).max(2000).optional(),
  holdingDepartmentId: z.uuid().optional(),
  workingDays: z.number().int().min(1).max(30).optional(),
});

/** The users of a department who may answer its 协查. */
export const answerersOf = (db: Db | Parameters<Parameters<Db['transaction']>[0]>[0], departmentId: string) =>
  db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.departmentId, departmentId), inArray(users.role, [...ASSIST_ANSWERERS])));

export async function requestAssist(db: Db, ctx: Ctx, input: z.output<typeof assistInput>) {
  const user = requireUser(ctx.actor, VERIFIERS);
  const applicant = checkApplicant(input.applicantIdNumber, ctx.now, ctx.locale);
  const { kind } = await loadProofKind(db, input.proofKind);
  const holdingId = input.holdingDepartmentId ?? kind.holdingDepartmentId;
  if (!holdingId) throw new AppError(422, 'no-holding-department');
  const [holder] = await db
    .select({ id: departments.id, name: departments.name })
    .from(departments)
    .where(eq(departments.id, holdingId));
  if (!holder) throw new AppError(422, 'unknown-department', { id: holdingId });
  const workingDays = input.workingDays ?? ASSIST_RULES.defaultWorkingDays;
  const dueOn = assistDueOn(ctx.now, workingDays, await loadCalendar(db));
  const id = newId();
  const question =
    input.question ?? `请核实申请人（${applicant.masked}）“${kind.nameZh}”相关情况，并附依据。`;
  await db.transaction(async (tx) => {
    await tx.insert(proofAssists).values({
      id,
      proofKind: kind.code,
      applicantHash: applicant.hash,
      applicantMasked: applicant.masked,
      question,
      requestingDepartmentId: user.departmentId,
      requestedBy: user.userId,
      requestedByName: user.displayName,
      holdingDepartmentId: holder.id,
      requestedAt: ctx.now,
      workingDays,
      dueOn,
      status: 'open',
    });
    const answerers = await answerersOf(tx, holder.id);
    await notifyUsers(tx, ctx.now, {
      userIds: answerers.map((a) => a.id),
      kind: 'proof-assist-request',
      params: { from: user.displayName, proof: kind.nameZh, applicant: applicant.masked, dueOn },
      target: { type: 'proof_assist', id },
      link: '/proof-free/assists',
      dedupeKey: `proof-assist:${id}`,
    });
    const detail = { proofKind: kind.code, legalBasis: kind.legalBasis, applicant: applicant.masked, holdingDepartmentId: holder.id, dueOn, workingDays };
    await recordRowAudit(tx, ctx, 'proof-free.assist.request', 'proof_assist', { id }, detail);
  });
  return { id, dueOn, holdingDepartment: holder, status: 'open' as const };
}

import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db, Tx } from '../platform/db/client.js';
import type { Ctx } from '../platform/policy/actor.js';
import { AppError } from '../platform/errors/app-error.js';
import { recordAudit } from '../platform/audit/record.js';
import { translate } from '../platform/i18n/messages.js';
import { storeFile } from '../files/index.js';
import { departments } from '../organisation/schema.js';
import { notifyUsers } from '../notifications/index.js';
import { assertAnswerer, requireSupervisor } from './access.js';
import { addCaseEvent } from './case-events.js';
import { loadCase } from './cases.js';
import { EVIDENCE_MAX_MB, sniffEvidence } from './evidence.js';
import { departmentRecipients } from './recipients.js';
import { supervisionCases, AWAITING_ANSWER } from './schema.js';

export interface EvidenceFile {
  filename: string;
  data: Buffer;
  truncated: boolean;
}

export const answerText = z.string().trim().min(2).max(10_000);

/**
 * B2 — the department answers: what it did (text) and evidence files. Only its dept_admin or officers, only
 * while the case awaits an answer (new or returned). The files are kept with the case; the supervisor who
 * opened it is told.
 */
export async function answerCase(
  db: Db,
  ctx: Ctx,
  id: string,
  input: { text: string; files: EvidenceFile[] },
) {
  const typed = input.files.map((f) => {
    if (f.truncated || f.data.length > EVIDENCE_MAX_MB * 1024 * 1024)
      throw new AppError(413, 'evidence-too-large', { mb: EVIDENCE_MAX_MB });
    const mime = sniffEvidence(f.filename, f.data);
    if (!mime) throw new AppError(415, 'evidence-type');
    return { ...f, mime };
  });
  return db.transaction((tx) => answerCaseInTx(tx, ctx, id, { text: input.text, files: typed }));
}

/** `answerCase` in the caller's transaction, with files already checked. */
export async function answerCaseInTx(
  tx: Tx,
  ctx: Ctx,
  id: string,
  input: { text: string; files: (EvidenceFile & { mime: string })[] },
) {
  const typed = input.files;
  const c = await loadCase(tx, ctx, id, { forUpdate: true });
  const user = assertAnswerer(ctx.actor, c.departmentId);
  if (!AWAITING_ANSWER.includes(c.status))
    throw new AppError(
      409,
      'case-not-awaiting-answer',
      { status: translate(ctx.locale, `case-status.${c.status}`) },
      { caseStatus: c.status },
    );
  const fileIds: string[] = [];
  for (const f of typed) {
    fileIds.push(
      await storeFile(tx, {
        enterpriseId: c.enterpriseId,
        ownerType: 'supervision-case',
        ownerId: c.id,
        filename: f.filename,
        mime: f.mime,
        data: f.data,
        uploadedBy: user.userId,
        now: ctx.now,
      }),
    );
  }
  const answerCount = c.answerCount + 1;
  await tx
    .update(supervisionCases)
    .set({ status: 'answered', answeredAt: ctx.now, answerCount, updatedAt: ctx.now })
    .where(eq(supervisionCases.id, c.id));
  await addCaseEvent(tx, ctx, c.id, 'answered', {
    text: input.text,
    fileIds,
    detail: { answer: answerCount, onTime: ctx.now <= c.dueAt },
  });
  await recordAudit(tx, ctx, {
    action: 'supervision.case.answer',
    targetType: 'supervision-case',
    targetId: c.id,
    enterpriseId: c.enterpriseId,
    detail: { caseNo: c.caseNo, answer: answerCount, fileIds },
  });
  const [dept] = await tx
    .select({ name: departments.name })
    .from(departments)
    .where(eq(departments.id, c.departmentId));
  await notifyUsers(tx, ctx.now, {
    userIds: [c.openedBy],
    kind: 'case-answered',
    params: { caseNo: c.caseNo, title: c.title, department: dept?.name ?? '' },
    target: { type: 'supervision-case', id: c.id },
    link: `/supervision/cases/${c.id}`,
    dedupeKey: `case-answered:${c.id}:${answerCount}`,
    channels: [],
  });
  return { id: c.id, status: 'answered' as const, answeredAt: ctx.now.toISOString(), files: fileIds };
}

/** B2 — the supervisor sends an answer back with reasons; the department answers again (same deadline). */
export async function returnCase(db: Db, ctx: Ctx, id: string, input: { reason: string }) {
  requireSupervisor(ctx.actor);
  return db.transaction(async (tx) => {
    const c = await loadCase(tx, ctx, id, { forUpdate: true });
    if (c.status !== 'answered')
      throw new AppError(
        409,
        'case-not-answered',
        { status: translate(ctx.locale, `case-status.${c.status}`) },
        { caseStatus: c.status },
      );
    const returnCount = c.returnCount + 1;
    await tx
      .update(supervisionCases)
      .set({ status: 'returned', returnCount, updatedAt: ctx.now })
      .where(eq(supervisionCases.id, c.id));
    await addCaseEvent(tx, ctx, c.id, 'returned', { text: input.reason, detail: { returned: returnCount } });
    await recordAudit(tx, ctx, {
      action: 'supervision.case.return',
      targetType: 'supervision-case',
      targetId: c.id,
      enterpriseId: c.enterpriseId,
      detail: { caseNo: c.caseNo, reason: input.reason },
    });
    await notifyUsers(tx, ctx.now, {
      userIds: await departmentRecipients(tx, c.departmentId),
      kind: 'case-returned',
      params: { caseNo: c.caseNo, title: c.title, reason: input.reason },
      target: { type: 'supervision-case', id: c.id },
      link: `/supervision/cases/${c.id}`,
      dedupeKey: `case-returned:${c.id}:${returnCount}`,
    });
    return { id: c.id, status: 'returned' as const };
  });
}

/**
 * B2/B3 — the supervisor accepts the answer and closes the case. It counts as done on time when the accepted
 * answer came by the deadline (the supervisor's review time is not the department's delay).
 */
export async function closeCase(db: Db, ctx: Ctx, id: string, input: { comment?: string }) {
  requireSupervisor(ctx.actor);
  return db.transaction((tx) => closeCaseInTx(tx, ctx, id, input));
}

/** `closeCase` in the caller's transaction. */
export async function closeCaseInTx(tx: Tx, ctx: Ctx, id: string, input: { comment?: string }) {
  const supervisor = requireSupervisor(ctx.actor);
  const c = await loadCase(tx, ctx, id, { forUpdate: true });
  if (c.status !== 'answered' || !c.answeredAt)
    throw new AppError(
      409,
      'case-not-answered',
      { status: translate(ctx.locale, `case-status.${c.status}`) },
      { caseStatus: c.status },
    );
  const onTime = c.answeredAt <= c.dueAt;
  await tx
    .update(supervisionCases)
    .set({
      status: 'closed',
      completedAt: c.answeredAt,
      closedAt: ctx.now,
      closedBy: supervisor.userId,
      closedOnTime: onTime,
      updatedAt: ctx.now,
    })
    .where(eq(supervisionCases.id, c.id));
  await addCaseEvent(tx, ctx, c.id, 'closed', {
    text: input.comment ?? null,
    detail: { onTime, completedAt: c.answeredAt.toISOString() },
  });
  await recordAudit(tx, ctx, {
    action: 'supervision.case.close',
    targetType: 'supervision-case',
    targetId: c.id,
    enterpriseId: c.enterpriseId,
    detail: { caseNo: c.caseNo, onTime },
  });
  await notifyUsers(tx, ctx.now, {
    userIds: await departmentRecipients(tx, c.departmentId),
    kind: 'case-closed',
    params: { caseNo: c.caseNo, title: c.title },
    target: { type: 'supervision-case', id: c.id },
    link: `/supervision/cases/${c.id}`,
    dedupeKey: `case-closed:${c.id}`,
    channels: [],
  });
  return { id: c.id, status: 'closed' as const, closedOnTime: onTime };
}

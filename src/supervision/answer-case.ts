import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db, Tx } from '../platform/db/client.js';
import type { Ctx } from '../platform/policy/actor.js';
import { AppError } from '../platform/errors/app-error.js';
import { recordAudit } from '../platform/audit/record.js';
import { translate } from '../platform/i18n/messages.js';
import type { Upload } from '../platform/http/upload.js';
import { storeFile } from '../files/index.js';
import { departmentName } from '../organisation/index.js';
import { notifyUsers } from '../notifications/index.js';
import { assertAnswerer } from './access.js';
import { addCaseEvent } from './case-events.js';
import { loadCase } from './cases.js';
import { supervisionCases, AWAITING_ANSWER } from './schema.js';

/** An evidence file as `readUploads` gives it: its name, bytes and the type its bytes show. */
export type EvidenceFile = Upload;

export const answerText = z.string().trim().min(2).max(10_000);

/**
 * B2 — the department answers: what it did (text) and evidence files. Only its dept_admin or officers, only
 * while the case awaits an answer (new or returned). The files (read, size-limited and typed by their bytes by the
 * route's `readUploads` with `EVIDENCE_UPLOAD`) are kept with the case; the supervisor who opened it is told.
 */
export async function answerCase(db: Db, ctx: Ctx, id: string, input: { text: string; files: EvidenceFile[] }) {
  return db.transaction((tx) => answerCaseInTx(tx, ctx, id, input));
}

/** `answerCase` in the caller's transaction. */
export async function answerCaseInTx(
  tx: Tx,
  ctx: Ctx,
  id: string,
  input: { text: string; files: EvidenceFile[] },
) {
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
  for (const f of input.files) {
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
  await notifyUsers(tx, ctx.now, {
    userIds: [c.openedBy],
    kind: 'case-answered',
    params: { caseNo: c.caseNo, title: c.title, department: await departmentName(tx, c.departmentId) },
    target: { type: 'supervision-case', id: c.id },
    link: `/supervision/cases/${c.id}`,
    dedupeKey: `case-answered:${c.id}:${answerCount}`,
    channels: [],
  });
  return { id: c.id, status: 'answered' as const, answeredAt: ctx.now.toISOString(), files: fileIds };
}

/**
 * F3 — POST /api/proof-free/assists/{id}/answer: the holding department answers with evidence (a text naming the
 * record, and optionally a file). On time when answered on or before the due day. The requester is notified.
 */
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../platform/db/client.js';
import { AppError } from '../platform/errors/app-error.js';
import type { Ctx } from '../platform/policy/actor.js';
import { DeniedError, requireUser } from '../platform/policy/policy.js';
import { recordAudit } from '../platform/audit/record.js';
import { storeFile } from '../files/index.js';
import { notifyUsers } from '../notifications/index.js';
import { ASSIST_ANSWERERS } from './policy.js';
import { proofAssists, proofKinds } from './schema.js';
import { answeredOnTime } from './rules/assist.js';

export const assistAnswerInput = z.object({
  answer: z.enum(['confirmed', 'not-confirmed']),
  evidence: z.string().trim().min(1).max(4000),
  file: z
    .object({
      filename: z.string().trim().min(1).max(200),
      mime: z.string().trim().min(1).max(100),
      contentBase64: z.base64().max(4_000_000),
    })
    .optional(),
});

export async function answerAssist(db: Db, ctx: Ctx, id: string, input: z.output<typeof assistAnswerInput>) {
  const user = requireUser(ctx.actor, ASSIST_ANSWERERS);
  return db.transaction(async (tx) => {
    const [a] = await tx.select().from(proofAssists).where(eq(proofAssists.id, id)).for('update');
    if (!a) throw new AppError(404, 'assist-not-found');
    if (user.role !== 'admin' && user.departmentId !== a.holdingDepartmentId)
      throw new DeniedError(403, 'assist-not-holder');
    if (a.status !== 'open') throw new AppError(409, 'assist-answered');
    const fileId = input.file
      ? await storeFile(tx, {
          enterpriseId: null,
          ownerType: 'proof_assist',
          ownerId: id,
          filename: input.file.filename,
          mime: input.file.mime,
          data: Buffer.from(input.file.contentBase64, 'base64'),
          uploadedBy: user.userId,
          now: ctx.now,
        })
      : null;
    const onTime = answeredOnTime(ctx.now, a.dueOn);
    await tx
      .update(proofAssists)
      .set({
        status: 'answered',
        answer: input.answer,
        evidence: input.evidence,
        evidenceFileId: fileId,
        answeredAt: ctx.now,
        answeredBy: user.userId,
        answeredByName: user.displayName,
        onTime,
      })
      .where(and(eq(proofAssists.id, id), eq(proofAssists.status, 'open')));
    const [kind] = await tx
      .select({ name: proofKinds.nameZh })
      .from(proofKinds)
      .where(eq(proofKinds.code, a.proofKind));
    await notifyUsers(tx, ctx.now, {
      userIds: [a.requestedBy],
      kind: 'proof-assist-answered',
      params: {
        by: user.displayName,
        proof: kind?.name ?? a.proofKind,
        applicant: a.applicantMasked,
        answer: input.answer === 'confirmed' ? '属实' : '不属实',
      },
      target: { type: 'proof_assist', id },
      link: '/proof-free/assists',
      dedupeKey: `proof-assist-answered:${id}`,
    });
    await recordAudit(tx, ctx, {
      action: 'proof-free.assist.answer',
      targetType: 'proof_assist',
      targetId: id,
      detail: { answer: input.answer, onTime, dueOn: a.dueOn, evidenceFileId: fileId },
    });
    return {
      id,
      status: 'answered' as const,
      answer: input.answer,
      onTime,
      dueOn: a.dueOn,
      answeredAt: ctx.now.toISOString(),
    };
  });
}

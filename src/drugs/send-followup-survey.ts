/**
 * D6 — a drug-regulation department sends a 回头看 form (调查表) to enterprises: those with a closed rectification item
 * of the department, and/or those named by USCC. One form row per enterprise (unique per survey), a `followup-form`
 * notification to its accounts, one audit row — all in one transaction.
 */
import { and, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { Db, DbOrTx } from '../platform/db/client.js';
import { newId } from '../platform/db/ids.js';
import type { Ctx } from '../platform/policy/actor.js';
import { AppError } from '../platform/errors/app-error.js';
import { recordRowAudit } from '../platform/audit/record-row-audit.js';
import { notifyUsers } from '../notifications/index.js';
import { enterprises } from '../enterprises/schema.js';
import { drugDepartmentOf, drugStaffOf } from './policy.js';
import { enterpriseAccounts } from './issue-compliance-notice.js';
import { followupForms, followupSurveys, rectifications } from './schema.js';

export const surveyTargetInput = z.object({
  closedRectifications: z.boolean().optional(),
  enterpriseUsccs: z.array(z.string().trim().min(1).max(32)).max(5000).optional(),
});

export const surveyInput = z.object({
  subject: z.string().trim().min(1).max(200),
  intro: z.string().trim().max(5000).optional(),
  questions: z
    .array(
      z.object({
        text: z.string().trim().min(1).max(500),
        kind: z.enum(['text', 'choice']).default('text'),
        options: z.array(z.string().trim().min(1).max(100)).min(2).max(10).optional(),
      }),
    )
    .min(1)
    .max(30),
  target: surveyTargetInput,
});

/** The enterprises a target reaches (ids, in key order); an unknown USCC is a 422. */
export async function surveyRecipients(
  db: DbOrTx,
  departmentId: string,
  target: z.infer<typeof surveyTargetInput>,
) {
  const ids = new Set<string>();
  if (target.closedRectifications) {
    const closed = await db
      .selectDistinct({ id: rectifications.enterpriseId })
      .from(rectifications)
      .where(and(eq(rectifications.departmentId, departmentId), eq(rectifications.status, 'closed')));
    for (const r of closed) ids.add(r.id);
  }
  const usccs = [...new Set((target.enterpriseUsccs ?? []).map((u) => u.toUpperCase()))];
  if (usccs.length) {
    const named = await db
      .select({ id: enterprises.id, uscc: enterprises.uscc })
      .from(enterprises)
      .where(inArray(enterprises.uscc, usccs));
    const missing = usccs.find((u) => !named.some((n) => n.uscc === u));
    if (missing) throw new AppError(422, 'followup-unknown-enterprise', { uscc: missing });
    for (const r of named) ids.add(r.id);
  }
  return [...ids].sort();
}

export async function previewSurvey(db: Db, ctx: Ctx, target: z.infer<typeof surveyTargetInput>) {
  const department = await drugDepartmentOf(db, ctx.actor);
  const ids = await surveyRecipients(db, department.id, target);
  const sample = ids.length
    ? await db
        .select({ uscc: enterprises.uscc, name: enterprises.name })
        .from(enterprises)
        .where(inArray(enterprises.id, ids.slice(0, 20)))
        .orderBy(enterprises.name)
    : [];
  return { recipients: ids.length, sample };
}

export async function sendFollowupSurvey(
  db: Db,
  ctx: Ctx,
  input: z.infer<typeof surveyInput>,
): Promise<{ id: string; recipients: number }> {
  const { user, department } = await drugStaffOf(db, ctx.actor);
  for (const [n, q] of input.questions.entries()) {
    if (q.kind === 'choice' && !q.options?.length)
      throw new AppError(422, 'followup-options', { question: n + 1 });
  }
  const questions = input.questions.map((q) =>
    q.kind === 'choice' ? { text: q.text, kind: q.kind, options: q.options } : { text: q.text, kind: q.kind },
  );
  const id = newId();
  return db.transaction(async (tx) => {
    const targets = await surveyRecipients(tx, department.id, input.target);
    if (targets.length === 0) throw new AppError(422, 'followup-no-recipients');
    await tx.insert(followupSurveys).values({
      id,
      departmentId: department.id,
      subject: input.subject,
      intro: input.intro ?? null,
      questions,
      target: input.target,
      recipients: targets.length,
      createdBy: user.userId,
      sentAt: ctx.now,
    });
    for (let i = 0; i < targets.length; i += 1000) {
      const slice = targets.slice(i, i + 1000);
      await tx
        .insert(followupForms)
        .values(
          slice.map((enterpriseId) => ({
            enterpriseId,
            id: newId(),
            surveyId: id,
            departmentId: department.id,
            sentAt: ctx.now,
          })),
        );
      const accounts = await enterpriseAccounts(tx, slice);
      await notifyUsers(tx, ctx.now, {
        userIds: accounts.map((a) => a.id),
        kind: 'followup-form',
        params: { subject: input.subject },
        target: { type: 'followup-survey', id },
        link: '/drugs/my-forms',
        dedupeKey: `followup-form:${id}`,
      });
    }
    const detail = { subject: input.subject, questions: questions.length, recipients: targets.length, target: input.target };
    await recordRowAudit(tx, ctx, 'drugs.followup.send', 'followup-survey', { id }, detail);
    return { id, recipients: targets.length };
  });
}

/**
 * D6 — the enterprise fills in its 回头看 form once: one answer per question (`rules/followup.ts`). The form row is
 * locked (by its key, enterprise first) so two submissions cannot both land; audited; the department is notified.
 */
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../platform/db/client.js';
import type { Ctx } from '../platform/policy/actor.js';
import { AppError } from '../platform/errors/app-error.js';
import { recordAudit } from '../platform/audit/record.js';
import { notifyUsers } from '../notifications/index.js';
import { officersOf } from './rectifications.js';
import { answerProblem } from './rules/followup.js';
import { formOwner, getMyFollowupForm } from './my-followup-forms.js';
import { followupForms, followupSurveys } from './schema.js';

export const answersInput = z.object({ answers: z.array(z.string().max(5000)).min(1).max(30) });

export async function answerFollowupForm(db: Db, ctx: Ctx, id: string, input: z.infer<typeof answersInput>) {
  const enterpriseId = formOwner(ctx);
  const userId = ctx.actor.kind === 'user' ? ctx.actor.userId : null;
  return db.transaction(async (tx) => {
    const key = and(eq(followupForms.enterpriseId, enterpriseId), eq(followupForms.id, id));
    const [form] = await tx.select().from(followupForms).where(key).for('update');
    if (!form) throw new AppError(404, 'followup-not-found');
    if (form.answeredAt) throw new AppError(409, 'followup-answered');
    const [survey] = await tx.select().from(followupSurveys).where(eq(followupSurveys.id, form.surveyId));
    const answers = input.answers.map((a) => a.trim());
    const problem = answerProblem(survey!.questions, answers);
    if (problem) {
      const { code, ...params } = problem;
      throw new AppError(422, code, params);
    }
    await tx.update(followupForms).set({ answers, answeredAt: ctx.now, answeredBy: userId }).where(key);
    await recordAudit(tx, ctx, {
      action: 'drugs.followup.answer',
      targetType: 'followup-survey',
      targetId: form.surveyId,
      enterpriseId,
      detail: { formId: id },
    });
    await notifyUsers(tx, ctx.now, {
      userIds: await officersOf(tx, form.departmentId),
      kind: 'followup-answered',
      params: { subject: survey!.subject },
      target: { type: 'followup-survey', id: form.surveyId },
      link: `/drugs/followups/${form.surveyId}`,
      dedupeKey: `followup-answered:${id}`,
      channels: [],
    });
    return getMyFollowupForm(tx, ctx, id);
  });
}

/**
 * D6 — the department's 回头看 surveys with how many forms came back (return rate = answered ÷ sent), and one
 * survey's responses enterprise by enterprise. Officers and department administrators see their department's;
 * the administrator and the supervisor all. Reading the responses is audited.
 */
import { and, count, desc, eq, inArray, isNotNull, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../platform/db/client.js';
import type { Ctx } from '../platform/policy/actor.js';
import { AppError } from '../platform/errors/app-error.js';
import { DeniedError, requireUser } from '../platform/policy/policy.js';
import { recordAudit } from '../platform/audit/record.js';
import { enterprises } from '../enterprises/schema.js';
import { returnRate } from './rules/followup.js';
import { followupForms, followupSurveys } from './schema.js';

const question = z.object({
  text: z.string(),
  kind: z.enum(['text', 'choice']),
  options: z.array(z.string()).optional(),
});
export const surveySummarySchema = z.object({
  id: z.uuid(),
  subject: z.string(),
  intro: z.string().nullable(),
  questions: z.array(question),
  sentAt: z.string(),
  sent: z.number().int(),
  answered: z.number().int(),
  returnRate: z.number().nullable(),
});
export const surveyDetailSchema = surveySummarySchema.extend({
  responses: z.array(
    z.object({
      uscc: z.string(),
      name: z.string(),
      answeredAt: z.string().nullable(),
      answers: z.array(z.string()).nullable(),
    }),
  ),
});

function surveyScope(ctx: Ctx): SQL | undefined {
  const user = requireUser(ctx.actor);
  if (user.role === 'admin' || user.role === 'supervisor') return undefined;
  if ((user.role === 'officer' || user.role === 'dept_admin') && user.departmentId)
    return eq(followupSurveys.departmentId, user.departmentId);
  throw new DeniedError(403, 'no-department');
}

type Survey = typeof followupSurveys.$inferSelect;
const summary = (s: Survey, answered: number) => ({
  id: s.id,
  subject: s.subject,
  intro: s.intro,
  questions: s.questions,
  sentAt: s.sentAt.toISOString(),
  sent: s.recipients,
  answered,
  returnRate: returnRate(answered, s.recipients),
});

export async function listFollowupSurveys(db: Db, ctx: Ctx) {
  const found = await db
    .select()
    .from(followupSurveys)
    .where(surveyScope(ctx))
    .orderBy(desc(followupSurveys.sentAt))
    .limit(200);
  const answered = found.length
    ? await db
        .select({ id: followupForms.surveyId, n: count() })
        .from(followupForms)
        .where(
          and(
            inArray(
              followupForms.surveyId,
              found.map((s) => s.id),
            ),
            isNotNull(followupForms.answeredAt),
          ),
        )
        .groupBy(followupForms.surveyId)
    : [];
  const items = found.map((s) => summary(s, answered.find((a) => a.id === s.id)?.n ?? 0));
  const sent = items.reduce((n, s) => n + s.sent, 0);
  const back = items.reduce((n, s) => n + s.answered, 0);
  return {
    items,
    totals: { surveys: items.length, sent, answered: back, returnRate: returnRate(back, sent) },
  };
}

export async function getFollowupSurvey(db: Db, ctx: Ctx, id: string) {
  const [s] = await db
    .select()
    .from(followupSurveys)
    .where(and(eq(followupSurveys.id, id), surveyScope(ctx)));
  if (!s) throw new AppError(404, 'followup-not-found');
  const forms = await db
    .select({
      uscc: enterprises.uscc,
      name: enterprises.name,
      answeredAt: followupForms.answeredAt,
      answers: followupForms.answers,
    })
    .from(followupForms)
    .innerJoin(enterprises, eq(enterprises.id, followupForms.enterpriseId))
    .where(eq(followupForms.surveyId, id))
    .orderBy(enterprises.name);
  await recordAudit(db, ctx, {
    action: 'drugs.followup.responses-read',
    targetType: 'followup-survey',
    targetId: id,
  });
  const answered = forms.filter((f) => f.answeredAt).length;
  return {
    ...summary(s, answered),
    responses: forms.map((f) => ({
      uscc: f.uscc,
      name: f.name,
      answeredAt: f.answeredAt?.toISOString() ?? null,
      answers: f.answers,
    })),
  };
}

/** D6 — an enterprise's 回头看 forms: the questions its department sent, and its answers once given. */
import { and, desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db, DbOrTx } from '../platform/db/client.js';
import type { Ctx } from '../platform/policy/actor.js';
import { AppError } from '../platform/errors/app-error.js';
import { DeniedError, requireUser } from '../platform/policy/policy.js';
import { departments } from '../organisation/schema.js';
import { followupForms, followupSurveys } from './schema.js';

export const followupFormSchema = z.object({
  id: z.uuid(),
  subject: z.string(),
  intro: z.string().nullable(),
  departmentName: z.string().nullable(),
  questions: z.array(
    z.object({ text: z.string(), kind: z.enum(['text', 'choice']), options: z.array(z.string()).optional() }),
  ),
  sentAt: z.string(),
  answeredAt: z.string().nullable(),
  answers: z.array(z.string()).nullable(),
});

/** The calling enterprise's id (only an enterprise account has forms). */
export function formOwner(ctx: Ctx): string {
  const user = requireUser(ctx.actor, ['enterprise']);
  if (!user.enterpriseId) throw new DeniedError(403, 'no-enterprise-scope');
  return user.enterpriseId;
}

async function formsOf(db: DbOrTx, enterpriseId: string, id?: string) {
  const found = await db
    .select({ f: followupForms, s: followupSurveys, departmentName: departments.name })
    .from(followupForms)
    .innerJoin(followupSurveys, eq(followupSurveys.id, followupForms.surveyId))
    .leftJoin(departments, eq(departments.id, followupForms.departmentId))
    .where(and(eq(followupForms.enterpriseId, enterpriseId), id ? eq(followupForms.id, id) : undefined))
    .orderBy(desc(followupForms.sentAt))
    .limit(200);
  return found.map(({ f, s, departmentName }) => ({
    id: f.id,
    subject: s.subject,
    intro: s.intro,
    departmentName,
    questions: s.questions,
    sentAt: f.sentAt.toISOString(),
    answeredAt: f.answeredAt?.toISOString() ?? null,
    answers: f.answers,
  }));
}

export async function listMyFollowupForms(db: Db, ctx: Ctx) {
  return { items: await formsOf(db, formOwner(ctx)) };
}

export async function getMyFollowupForm(db: DbOrTx, ctx: Ctx, id: string) {
  const [form] = await formsOf(db, formOwner(ctx), id);
  if (!form) throw new AppError(404, 'followup-not-found');
  return form;
}

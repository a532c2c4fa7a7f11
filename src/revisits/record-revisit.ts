import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../platform/db/client.js';
import type { Ctx } from '../platform/policy/actor.js';
import { requireUser } from '../platform/policy/policy.js';
import { AppError } from '../platform/errors/app-error.js';
import { recordRowAudit } from '../platform/audit/record-row-audit.js';
import { chinaDayOf } from '../calendar/index.js';
import { revisits } from './schema.js';
import { loadRevisit } from './load-revisit.js';
import { answersInput, problemsOf } from './answers-input.js';
import { questionnaireAt } from './rules/questionnaire.js';
import { REVISIT_STAFF_ROLES } from './policy.js';

export const recordInput = answersInput.extend({
  channel: z.enum(['phone', 'on-site', 'social']),
  call: z
    .object({
      phone: z.string().trim().regex(/^[0-9+\-\s]{5,20}$/),
      contact: z.string().trim().min(1).max(50),
      outcome: z.enum(['reached', 'no-answer', 'refused']),
      minutes: z.number().min(0).max(600).optional(),
    })
    .optional(),
});

/**
 * G1, G3 — the revisiting staff record a revisit done by phone (with the call record), at an on-site meeting, or
 * from social feedback: the answers on the questionnaire in force, satisfaction, free text and problems found.
 */
export async function recordRevisit(db: Db, ctx: Ctx, id: string, input: z.infer<typeof recordInput>) {
  const actor = requireUser(ctx.actor, REVISIT_STAFF_ROLES);
  if (input.channel === 'phone' && !input.call) throw new AppError(422, 'revisit-call-required');
  return db.transaction(async (tx) => {
    const r = await loadRevisit(tx, actor, id);
    if (r.status !== 'pending') throw new AppError(409, 'revisit-already-done');
    const q = questionnaireAt(chinaDayOf(ctx.now));
    const problems = problemsOf(q, input);
    const [done] = await tx
      .update(revisits)
      .set({
        status: 'done',
        channel: input.channel,
        questionnaireVersion: q.version,
        answers: input.answers,
        satisfied: input.satisfied,
        comment: input.comment ?? null,
        problems,
        callRecord: input.channel === 'phone' ? input.call! : null,
        revisitedBy: actor.userId,
        revisitedAt: ctx.now,
        linkNonce: null,
      })
      .where(and(eq(revisits.enterpriseId, r.enterpriseId), eq(revisits.id, r.id), eq(revisits.status, 'pending')))
      .returning({ id: revisits.id });
    if (!done) throw new AppError(409, 'revisit-already-done');
    const detail = { channel: input.channel, satisfied: input.satisfied, problems: problems.length, questionnaire: q.version };
    await recordRowAudit(tx, ctx, 'revisit.record', 'revisit', r, detail);
    return { id: r.id, status: 'done' as const, problems: problems.length };
  });
}

import { and, eq, gt, sql } from 'drizzle-orm';
import type { Db } from '../platform/db/client.js';
import type { Ctx } from '../platform/policy/actor.js';
import { requireUser } from '../platform/policy/policy.js';
import { AppError } from '../platform/errors/app-error.js';
import { recordAudit } from '../platform/audit/record.js';
import { chinaDayOf } from '../calendar/index.js';
import { enterprises } from '../enterprises/schema.js';
import { revisits } from './schema.js';
import { loadRevisit } from './load-revisit.js';
import { newNonce, signLink, verifyLink } from './link-token.js';
import { answersInput, problemsOf, type AnswersInput } from './answers-input.js';
import { questionnaireAt } from './rules/questionnaire.js';
import { REVISIT_STAFF_ROLES } from './policy.js';
import { subjectSummary } from './subject-summary.js';

/** How long an online questionnaire link stays open. */
export const LINK_DAYS = 14;

export interface LinkDeps {
  secret: string;
  publicBaseUrl: string;
}

/**
 * G3 — the revisiting staff (or the supervisor) issue the online questionnaire link for a pending revisit; the
 * enterprise opens it on a phone without signing in. A new link replaces the last one.
 */
export async function issueLink(db: Db, deps: LinkDeps, ctx: Ctx, id: string) {
  const actor = requireUser(ctx.actor, REVISIT_STAFF_ROLES);
  return db.transaction(async (tx) => {
    const r = await loadRevisit(tx, actor, id);
    if (r.status !== 'pending') throw new AppError(409, 'revisit-already-done');
    const nonce = newNonce();
    const expiresAt = new Date(ctx.now.getTime() + LINK_DAYS * 86_400_000);
    await tx.update(revisits).set({ linkNonce: nonce, linkExpiresAt: expiresAt }).where(and(eq(revisits.enterpriseId, r.enterpriseId), eq(revisits.id, r.id)));
    await recordAudit(tx, ctx, { action: 'revisit.issue-link', targetType: 'revisit', targetId: r.id, enterpriseId: r.enterpriseId, detail: { expiresAt: expiresAt.toISOString() } });
    const token = signLink(deps.secret, { revisitId: r.id, enterpriseId: r.enterpriseId, nonce, expiresAt });
    return { token, url: `${deps.publicBaseUrl}/r/${token}`, expiresAt: expiresAt.toISOString() };
  });
}

/** The open, unexpired, unused revisit a link names — or the one refusal for every way it can fail. */
async function openRevisit(db: Pick<Db, 'select'>, secret: string, token: string, now: Date) {
  const claims = verifyLink(secret, token);
  if (!claims) throw new AppError(404, 'revisit-link-invalid');
  const [r] = await db
    .select()
    .from(revisits)
    .where(and(eq(revisits.enterpriseId, claims.enterpriseId), eq(revisits.id, claims.revisitId), eq(revisits.linkNonce, claims.nonce), eq(revisits.status, 'pending'), gt(revisits.linkExpiresAt, now)));
  if (!r) throw new AppError(404, 'revisit-link-invalid');
  return { r, claims };
}

/** What the enterprise sees on opening the link: who visited when, and the questionnaire. */
export async function readOnlineQuestionnaire(db: Db, secret: string, ctx: Ctx, token: string) {
  const { r } = await openRevisit(db, secret, token, ctx.now);
  const [firm] = await db.select({ name: enterprises.name }).from(enterprises).where(eq(enterprises.id, r.enterpriseId));
  const q = questionnaireAt(chinaDayOf(ctx.now));
  return { enterpriseName: firm?.name ?? '', subject: await subjectSummary(db, r), expiresAt: r.linkExpiresAt!.toISOString(), questionnaire: q };
}

/** The enterprise answers: recorded on the `online` channel, and the link is used up in the same statement. */
export async function submitOnline(db: Db, secret: string, ctx: Ctx, token: string, input: AnswersInput) {
  answersInput.parse(input);
  return db.transaction(async (tx) => {
    const { r, claims } = await openRevisit(tx, secret, token, ctx.now);
    const q = questionnaireAt(chinaDayOf(ctx.now));
    const problems = problemsOf(q, input);
    const [done] = await tx
      .update(revisits)
      .set({ status: 'done', channel: 'online', questionnaireVersion: q.version, answers: input.answers, satisfied: input.satisfied, comment: input.comment ?? null, problems, revisitedAt: ctx.now, linkNonce: null })
      .where(and(eq(revisits.enterpriseId, r.enterpriseId), eq(revisits.id, r.id), eq(revisits.linkNonce, claims.nonce), eq(revisits.status, 'pending'), sql`link_expires_at > ${ctx.now.toISOString()}::timestamptz`))
      .returning({ id: revisits.id });
    if (!done) throw new AppError(404, 'revisit-link-invalid');
    await recordAudit(tx, ctx, { action: 'revisit.answer-online', targetType: 'revisit', targetId: r.id, enterpriseId: r.enterpriseId, detail: { satisfied: input.satisfied, problems: problems.length, questionnaire: q.version } });
    return { status: 'done' as const };
  });
}

import { eq } from 'drizzle-orm';
import type { Db } from '../platform/db/client.js';
import type { Ctx } from '../platform/policy/actor.js';
import { requireUser } from '../platform/policy/policy.js';
import { recordAudit } from '../platform/audit/record.js';
import { chinaDayOf } from '../calendar/index.js';
import { enterprises } from '../enterprises/schema.js';
import { teams } from '../organisation/schema.js';
import { loadRevisit } from './load-revisit.js';
import { questionnaireAt, questionnaireVersion } from './rules/questionnaire.js';
import { subjectSummary } from './subject-summary.js';
import { REVISIT_STAFF_ROLES } from './policy.js';

/**
 * One revisit for the staff who do it: the enterprise and its phone (a sensitive read, audited), what is being
 * revisited, the questionnaire (the one it was answered on, or the one in force) with the phone script.
 */
export async function getRevisit(db: Db, ctx: Ctx, id: string) {
  requireUser(ctx.actor, REVISIT_STAFF_ROLES);
  const r = await loadRevisit(db, ctx.actor, id);
  const [firm] = await db.select().from(enterprises).where(eq(enterprises.id, r.enterpriseId));
  const [team] = await db.select().from(teams).where(eq(teams.id, r.assignedTeamId));
  const q = (r.questionnaireVersion && questionnaireVersion(r.questionnaireVersion)) || questionnaireAt(chinaDayOf(ctx.now));
  await recordAudit(db, ctx, { action: 'revisit.read', targetType: 'revisit', targetId: r.id, enterpriseId: r.enterpriseId });
  return {
    id: r.id,
    period: r.period,
    status: r.status,
    channel: r.channel,
    subject: { ...(await subjectSummary(db, r)), id: r.subjectId },
    enterprise: { uscc: firm!.uscc, name: firm!.name, legalRepresentative: firm!.legalRepresentative, phone: firm!.phone, address: firm!.address },
    workTeamId: r.workTeamId,
    assignedTeamId: r.assignedTeamId,
    assignedTeam: team?.name ?? '',
    answers: r.answers,
    satisfied: r.satisfied,
    comment: r.comment,
    problems: r.problems,
    callRecord: r.callRecord,
    revisitedAt: r.revisitedAt?.toISOString() ?? null,
    linkOpen: r.linkNonce !== null && !!r.linkExpiresAt && r.linkExpiresAt > ctx.now,
    questionnaire: q,
  };
}

/** GET /api/proof-free/assists — the 协查 a department asked (`sent`) or was asked (`received`); admin and supervisor all. */
import { desc, eq, or } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../platform/db/client.js';
import { NO_ID } from '../platform/db/eq-id-or-none.js';
import type { Ctx } from '../platform/policy/actor.js';
import { requireUser } from '../platform/policy/policy.js';
import { departments } from '../organisation/schema.js';
import { chinaDayOf } from '../calendar/index.js';
import { proofAssists, proofKinds } from './schema.js';
import { proofKindName } from './proof-kind-name.js';

export async function listAssists(db: Db, ctx: Ctx) {
  const user = requireUser(ctx.actor);
  const all = user.role === 'admin' || user.role === 'supervisor';
  const dept = user.departmentId ?? NO_ID;
  const holder = alias(departments, 'holder');
  const requester = alias(departments, 'requester');
  const found = await db
    .select({
      a: proofAssists,
      proofName: proofKindName(ctx.locale),
      holder: holder.name,
      requester: requester.name,
    })
    .from(proofAssists)
    .innerJoin(proofKinds, eq(proofKinds.code, proofAssists.proofKind))
    .innerJoin(holder, eq(holder.id, proofAssists.holdingDepartmentId))
    .leftJoin(requester, eq(requester.id, proofAssists.requestingDepartmentId))
    .where(
      all
        ? undefined
        : or(eq(proofAssists.holdingDepartmentId, dept), eq(proofAssists.requestingDepartmentId, dept)),
    )
    .orderBy(desc(proofAssists.requestedAt))
    .limit(500);
  const today = chinaDayOf(ctx.now);
  return found.map(({ a, proofName, holder: h, requester: r }) => ({
    id: a.id,
    proofKind: a.proofKind,
    proofName,
    applicant: a.applicantMasked,
    question: a.question,
    direction: a.holdingDepartmentId === dept ? ('received' as const) : ('sent' as const),
    holdingDepartment: h,
    requestingDepartment: r,
    requestedBy: a.requestedByName,
    requestedAt: a.requestedAt.toISOString(),
    dueOn: a.dueOn,
    status: a.status,
    overdue: a.status === 'open' && a.dueOn < today,
    answer: a.answer,
    evidence: a.evidence,
    hasEvidenceFile: a.evidenceFileId !== null,
    answeredAt: a.answeredAt?.toISOString() ?? null,
    answeredBy: a.answeredByName,
    onTime: a.onTime,
    reminders: a.reminders,
  }));
}

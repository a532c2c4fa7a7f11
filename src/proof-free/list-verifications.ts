/** GET /api/proof-free/verifications — the latest verifications: the window its own department's, admin and supervisor all. */
import { desc, eq } from 'drizzle-orm';
import type { Db } from '../platform/db/client.js';
import type { Ctx } from '../platform/policy/actor.js';
import { requireUser } from '../platform/policy/policy.js';
import { proofKinds, proofVerifications } from './schema.js';
import { STAFF } from './policy.js';

export async function listVerifications(db: Db, ctx: Ctx, limit: number) {
  const user = requireUser(ctx.actor, STAFF);
  const all = user.role === 'admin' || user.role === 'supervisor';
  const found = await db
    .select({ v: proofVerifications, kindZh: proofKinds.nameZh, kindEn: proofKinds.nameEn })
    .from(proofVerifications)
    .innerJoin(proofKinds, eq(proofKinds.code, proofVerifications.proofKind))
    .where(
      all
        ? undefined
        : eq(proofVerifications.departmentId, user.departmentId ?? '00000000-0000-0000-0000-000000000000'),
    )
    .orderBy(desc(proofVerifications.checkedAt))
    .limit(limit);
  return found.map(({ v, kindZh, kindEn }) => ({
    id: v.id,
    proofKind: v.proofKind,
    proofName: ctx.locale === 'zh-CN' ? kindZh : kindEn,
    applicant: v.applicantMasked,
    channel: v.channel,
    source: v.source,
    region: v.region,
    result: v.result,
    checkedAt: v.checkedAt.toISOString(),
    officer: v.officerName,
    consent: v.consent,
    legalBasis: v.legalBasis,
    receiptToken: v.receiptToken,
  }));
}

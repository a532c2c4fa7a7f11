/** GET /api/proof-free/verifications — the latest verifications: the window its own department's, admin and supervisor all. */
import { desc, eq } from 'drizzle-orm';
import type { Db } from '../platform/db/client.js';
import { eqIdOrNone } from '../platform/db/eq-id-or-none.js';
import type { Ctx } from '../platform/policy/actor.js';
import { requireUser } from '../platform/policy/policy.js';
import { proofKinds, proofVerifications } from './schema.js';
import { STAFF } from './policy.js';
import { proofKindName } from './proof-kind-name.js';
import { presentVerification } from './present-verification.js';

export async function listVerifications(db: Db, ctx: Ctx, limit: number) {
  const user = requireUser(ctx.actor, STAFF);
  const all = user.role === 'admin' || user.role === 'supervisor';
  const found = await db
    .select({ v: proofVerifications, proofName: proofKindName(ctx.locale) })
    .from(proofVerifications)
    .innerJoin(proofKinds, eq(proofKinds.code, proofVerifications.proofKind))
    .where(all ? undefined : eqIdOrNone(proofVerifications.departmentId, user.departmentId))
    .orderBy(desc(proofVerifications.checkedAt))
    .limit(limit);
  return found.map(({ v, proofName }) => ({ ...presentVerification(v, proofName), receiptToken: v.receiptToken }));
}

/** GET /api/proof-free/commitments — checkers see all; an enterprise its own. */
import { desc, eq } from 'drizzle-orm';
import type { Db } from '../platform/db/client.js';
import { eqIdOrNone } from '../platform/db/eq-id-or-none.js';
import type { Ctx } from '../platform/policy/actor.js';
import { requireUser } from '../platform/policy/policy.js';
import { enterprises } from '../enterprises/schema.js';
import { proofCommitments, proofMaterials, proofServiceItems } from './schema.js';

export async function listCommitments(db: Db, ctx: Ctx) {
  const user = requireUser(ctx.actor);
  const found = await db
    .select({
      c: proofCommitments,
      name: enterprises.name,
      material: proofMaterials.name,
      item: proofServiceItems.name,
    })
    .from(proofCommitments)
    .innerJoin(enterprises, eq(enterprises.id, proofCommitments.enterpriseId))
    .innerJoin(proofMaterials, eq(proofMaterials.id, proofCommitments.materialId))
    .innerJoin(proofServiceItems, eq(proofServiceItems.id, proofCommitments.itemId))
    .where(user.role === 'enterprise' ? eqIdOrNone(proofCommitments.enterpriseId, user.enterpriseId) : undefined)
    .orderBy(desc(proofCommitments.signedAt))
    .limit(500);
  return found.map(({ c, name, material, item }) => ({
    id: c.id,
    enterpriseId: c.enterpriseId,
    uscc: c.uscc,
    enterpriseName: name,
    material,
    item,
    statement: c.statement,
    signerName: c.signerName,
    signMethod: c.signMethod,
    signedAt: c.signedAt.toISOString(),
    status: c.status,
    spotCheckId: c.spotCheckId,
    checkedAt: c.checkedAt?.toISOString() ?? null,
    checkMethod: c.checkMethod,
    checkNote: c.checkNote,
    penaltyId: c.penaltyId,
  }));
}

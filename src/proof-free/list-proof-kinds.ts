/** GET /api/proof-free/proof-kinds — the proofs a verification may ask for, with the interface answering each. */
import { asc, eq } from 'drizzle-orm';
import type { Db } from '../platform/db/client.js';
import type { Ctx } from '../platform/policy/actor.js';
import { requireUser } from '../platform/policy/policy.js';
import { departments } from '../organisation/schema.js';
import { proofInterfaces, proofKinds } from './schema.js';
import { STAFF } from './policy.js';

export async function listProofKinds(db: Db, ctx: Ctx) {
  if (ctx.actor.kind !== 'integration') requireUser(ctx.actor, STAFF);
  const found = await db
    .select({ kind: proofKinds, iface: proofInterfaces, holder: departments.name })
    .from(proofKinds)
    .leftJoin(proofInterfaces, eq(proofInterfaces.id, proofKinds.interfaceId))
    .leftJoin(departments, eq(departments.id, proofKinds.holdingDepartmentId))
    .orderBy(asc(proofKinds.code));
  return found.map(({ kind, iface, holder }) => ({
    code: kind.code,
    name: ctx.locale === 'zh-CN' ? kind.nameZh : kind.nameEn,
    nameZh: kind.nameZh,
    proves: kind.proves,
    legalBasis: kind.legalBasis,
    interface: iface
      ? {
          id: iface.id,
          code: iface.code,
          name: iface.name,
          source: iface.ownerName,
          region: iface.region,
          status: iface.status,
        }
      : null,
    holdingDepartment: kind.holdingDepartmentId ? { id: kind.holdingDepartmentId, name: holder } : null,
  }));
}

/**
 * F1 — GET /api/proof-free/figures: {materials, exempt, exemptionRate}, counted from the catalog's rows (no stored
 * percentage). Staff only.
 */
import { sql } from 'drizzle-orm';
import { rows, type Db } from '../platform/db/client.js';
import type { Ctx } from '../platform/policy/actor.js';
import { requireUser } from '../platform/policy/policy.js';
import { STAFF } from './policy.js';
import { exemptionRate } from './rules/exemption.js';

export async function catalogFigures(db: Db, ctx: Ctx) {
  if (ctx.actor.kind !== 'integration') requireUser(ctx.actor, STAFF);
  const [r] = await rows<{ materials: number; exempt: number }>(
    db,
    sql`SELECT count(*)::int AS materials, count(*) FILTER (WHERE rule <> 'required')::int AS exempt FROM proof_material`,
  );
  const materials = r?.materials ?? 0;
  const exempt = r?.exempt ?? 0;
  return { materials, exempt, exemptionRate: exemptionRate(materials, exempt) };
}

/** F1 — GET /api/proof-free/catalog: service items with their proof materials (filter by department, rule, text). */
import { and, asc, eq, ilike, inArray, or, type SQL } from 'drizzle-orm';
import type { Db } from '../platform/db/client.js';
import type { Ctx } from '../platform/policy/actor.js';
import { requireUser } from '../platform/policy/policy.js';
import { departments } from '../organisation/schema.js';
import { proofMaterials, proofServiceItems } from './schema.js';
import { STAFF } from './policy.js';
import { exemptionRate, isExempt, type ExemptionRule } from './rules/exemption.js';

export interface CatalogFilter {
  departmentId?: string;
  rule?: ExemptionRule;
  q?: string;
}

export async function listCatalog(db: Db, ctx: Ctx, f: CatalogFilter) {
  requireUser(ctx.actor, STAFF);
  const where: SQL[] = [];
  if (f.departmentId) where.push(eq(proofServiceItems.departmentId, f.departmentId));
  if (f.q)
    where.push(or(ilike(proofServiceItems.name, `%${f.q}%`), ilike(proofServiceItems.code, `%${f.q}%`))!);
  const items = await db
    .select({ item: proofServiceItems, department: departments.name })
    .from(proofServiceItems)
    .innerJoin(departments, eq(departments.id, proofServiceItems.departmentId))
    .where(where.length ? and(...where) : undefined)
    .orderBy(asc(proofServiceItems.code))
    .limit(2000);
  const materials = items.length
    ? await db
        .select()
        .from(proofMaterials)
        .where(
          inArray(
            proofMaterials.itemId,
            items.map((i) => i.item.id),
          ),
        )
        .orderBy(asc(proofMaterials.name))
    : [];
  return items
    .map(({ item, department }) => {
      const mine = materials.filter((m) => m.itemId === item.id);
      const exempt = mine.filter((m) => isExempt(m.rule)).length;
      return {
        id: item.id,
        code: item.code,
        name: item.name,
        departmentId: item.departmentId,
        department,
        materials: mine
          .filter((m) => !f.rule || m.rule === f.rule)
          .map((m) => ({
            id: m.id,
            name: m.name,
            rule: m.rule,
            basis: m.basis,
            proofKind: m.proofKind,
            exemptSince: m.exemptSince,
            commitmentAllowed: m.commitmentAllowed,
          })),
        counts: { materials: mine.length, exempt, exemptionRate: exemptionRate(mine.length, exempt) },
      };
    })
    .filter((i) => !f.rule || i.materials.length > 0);
}

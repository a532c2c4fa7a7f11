import { and, asc, count, eq, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../platform/db/client.js';
import type { Actor } from '../platform/policy/actor.js';
import { departments } from '../organisation/schema.js';
import { inspectionItems } from './schema.js';
import { seesUnpublished } from './policy.js';
import type { DepartmentRef, ItemRow } from './present.js';
import { paginate } from '../platform/http/paging.js';

export interface ItemFilter {
  departmentId?: string;
  published?: boolean;
  /** Items that apply to this industry (naming it, or naming none). */
  industry?: string;
  /** Part of the name, code or legal basis. */
  q?: string;
}

export const escapeLike = (q: string) => q.replace(/[\\%_]/g, (c) => '\\' + c);

export const departmentRef = {
  id: departments.id,
  code: departments.code,
  name: departments.name,
  shortName: departments.shortName,
};

function itemConditions(actor: Actor, f: ItemFilter): SQL | undefined {
  const conds: SQL[] = [];
  // Enterprises see only published items, whatever they ask for.
  if (!seesUnpublished(actor)) conds.push(eq(inspectionItems.published, true));
  if (f.published !== undefined) conds.push(eq(inspectionItems.published, f.published));
  if (f.departmentId) conds.push(eq(inspectionItems.departmentId, f.departmentId));
  if (f.industry) {
    conds.push(sql`(${inspectionItems.industries} = '{}' OR ${f.industry} = ANY(${inspectionItems.industries}))`);
  }
  if (f.q) {
    const like = `%${escapeLike(f.q.trim())}%`;
    conds.push(or(ilike(inspectionItems.name, like), ilike(inspectionItems.code, like), ilike(inspectionItems.legalBasis, like))!);
  }
  return conds.length ? and(...conds) : undefined;
}

/** GET /api/catalog/items — inspection items with their department, filtered and paginated. */
export async function listItems(
  db: DbOrTx,
  actor: Actor,
  f: ItemFilter & { page: number; pageSize: number },
): Promise<{ total: number; rows: { item: ItemRow; department: DepartmentRef }[] }> {
  const where = itemConditions(actor, f);
  const { total, rows } = await paginate(f, {
    count: db.select({ n: count() }).from(inspectionItems).where(where),
    rows: db
      .select({ item: inspectionItems, department: departmentRef })
      .from(inspectionItems)
      .innerJoin(departments, eq(departments.id, inspectionItems.departmentId))
      .where(where)
      .orderBy(asc(departments.code), asc(inspectionItems.code), asc(inspectionItems.id)),
  });
  return { total, rows };
}

/** Items with their departments by id (for scenarios). */
export async function itemsWithDepartments(db: DbOrTx, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({ item: inspectionItems, department: departmentRef })
    .from(inspectionItems)
    .innerJoin(departments, eq(departments.id, inspectionItems.departmentId))
    .where(inArray(inspectionItems.id, ids));
}

/** One item with its department, or undefined. */
export async function findItem(db: DbOrTx, id: string) {
  const [row] = await itemsWithDepartments(db, [id]);
  return row;
}

import { and, eq, ne } from 'drizzle-orm';
import type { Db } from '../platform/db/client.js';
import { AppError, notFound } from '../platform/errors/app-error.js';
import type { Ctx } from '../platform/policy/actor.js';
import { requireUser } from '../platform/policy/policy.js';
import { recordRowAudit } from '../platform/audit/record-row-audit.js';
import { inspectionItems } from './schema.js';
import { ITEM_EDITORS, assertItemEditor } from './policy.js';
import { findItem } from './list-items.js';
import type { UpdateItemInput } from './inputs.js';
import { isUniqueViolation } from './unique-violation.js';
import { announceChange } from '../platform/changes/change-feed.js';

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && [...a].sort().every((x, i) => x === [...b].sort()[i]);

/**
 * PATCH /api/catalog/items/:id — changes an item's code, name, legal basis or industries (admin, or the
 * dept_admin of its department; another department's item is a 404). The audit keeps each change as
 * [before, after]. The department of an item never changes.
 */
export async function updateItem(db: Db, ctx: Ctx, id: string, input: UpdateItemInput) {
  requireUser(ctx.actor, ITEM_EDITORS);
  if (Object.values(input).every((v) => v === undefined)) throw new AppError(422, 'nothing-to-change');
  try {
    return await db.transaction(async (tx) => {
      const found = await findItem(tx, id);
      if (!found) throw notFound();
      assertItemEditor(ctx.actor, found.item.departmentId);
      const before = found.item;
      const changes: Record<string, [unknown, unknown]> = {};
      for (const key of ['code', 'name', 'legalBasis'] as const) {
        const v = input[key];
        if (v !== undefined && v !== before[key]) changes[key] = [before[key], v];
      }
      if (input.industries && !sameList(input.industries, before.industries)) {
        changes.industries = [before.industries, input.industries];
      }
      if (Object.keys(changes).length === 0) return found;
      if (changes.code) {
        const [clash] = await tx
          .select({ id: inspectionItems.id })
          .from(inspectionItems)
          .where(and(eq(inspectionItems.departmentId, before.departmentId), eq(inspectionItems.code, input.code!), ne(inspectionItems.id, id)));
        if (clash) throw new AppError(409, 'item-code-exists', { code: input.code }, { itemId: clash.id });
      }
      const [item] = await tx
        .update(inspectionItems)
        .set(Object.fromEntries(Object.entries(changes).map(([k, [, after]]) => [k, after])))
        .where(eq(inspectionItems.id, id))
        .returning();
      await announceChange(tx, 'inspection-item', id);
      const detail = { departmentId: before.departmentId, code: item!.code, changes };
      await recordRowAudit(tx, ctx, 'catalog.item.update', 'inspection-item', item!, detail);
      return { item: item!, department: found.department };
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw new AppError(409, 'item-code-exists', { code: input.code });
    throw err;
  }
}

import { eq } from 'drizzle-orm';
import type { Db } from '../platform/db/client.js';
import { notFound } from '../platform/errors/app-error.js';
import type { Ctx } from '../platform/policy/actor.js';
import { requireUser } from '../platform/policy/policy.js';
import { recordAudit } from '../platform/audit/record.js';
import { inspectionItems } from './schema.js';
import { ITEM_EDITORS, assertItemEditor } from './policy.js';
import { findItem } from './list-items.js';
import { announceChange } from '../platform/changes/change-feed.js';

/**
 * POST /api/catalog/items/:id/publish and /unpublish — only a published item may be inspected (A1), so
 * publishing is the act that puts an item in force; `publishedAt` records since when. Repeating the same act
 * changes nothing (and is not audited again).
 */
export async function setItemPublished(db: Db, ctx: Ctx, id: string, published: boolean) {
  requireUser(ctx.actor, ITEM_EDITORS);
  return db.transaction(async (tx) => {
    const found = await findItem(tx, id);
    if (!found) throw notFound();
    assertItemEditor(ctx.actor, found.item.departmentId);
    if (found.item.published === published) return found;
    const [item] = await tx
      .update(inspectionItems)
      .set({ published, publishedAt: published ? ctx.now : null })
      .where(eq(inspectionItems.id, id))
      .returning();
    await announceChange(tx, 'inspection-item', id);
    await recordAudit(tx, ctx, {
      action: published ? 'catalog.item.publish' : 'catalog.item.unpublish',
      targetType: 'inspection-item',
      targetId: id,
      detail: { departmentId: found.item.departmentId, code: found.item.code, name: found.item.name },
    });
    return { item: item!, department: found.department };
  });
}

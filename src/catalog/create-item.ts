import { and, eq } from 'drizzle-orm';
import type { Db } from '../platform/db/client.js';
import { newId } from '../platform/db/ids.js';
import { AppError } from '../platform/errors/app-error.js';
import type { Ctx } from '../platform/policy/actor.js';
import { requireUser } from '../platform/policy/policy.js';
import { recordAudit } from '../platform/audit/record.js';
import { departments } from '../organisation/schema.js';
import { inspectionItems } from './schema.js';
import { ITEM_EDITORS, assertItemEditor } from './policy.js';
import { departmentRef } from './list-items.js';
import type { CreateItemInput } from './inputs.js';
import { isUniqueViolation } from './unique-violation.js';

/**
 * POST /api/catalog/items — adds an inspection item to a department's catalog (admin: any department;
 * dept_admin: its own, which is also the default). A published item is stamped `publishedAt`.
 */
export async function createItem(db: Db, ctx: Ctx, input: CreateItemInput) {
  const user = requireUser(ctx.actor, ITEM_EDITORS);
  const departmentId = input.departmentId ?? (user.role === 'dept_admin' ? user.departmentId : null);
  if (!departmentId) throw new AppError(422, 'department-required');
  assertItemEditor(user, departmentId);
  try {
    return await db.transaction(async (tx) => {
      const [department] = await tx.select(departmentRef).from(departments).where(eq(departments.id, departmentId));
      if (!department) throw new AppError(422, 'unknown-department', { id: departmentId });
      const [clash] = await tx
        .select({ id: inspectionItems.id })
        .from(inspectionItems)
        .where(and(eq(inspectionItems.departmentId, departmentId), eq(inspectionItems.code, input.code)));
      if (clash) throw new AppError(409, 'item-code-exists', { code: input.code }, { itemId: clash.id });
      const id = newId();
      const [item] = await tx
        .insert(inspectionItems)
        .values({
          id,
          departmentId,
          code: input.code,
          name: input.name,
          legalBasis: input.legalBasis,
          industries: input.industries,
          published: input.published,
          publishedAt: input.published ? ctx.now : null,
          createdAt: ctx.now,
        })
        .returning();
      await recordAudit(tx, ctx, {
        action: 'catalog.item.create',
        targetType: 'inspection-item',
        targetId: id,
        detail: { departmentId, code: input.code, name: input.name, published: input.published },
      });
      return { item: item!, department };
    });
  } catch (err) {
    // Two editors adding the same code at once: the unique index decides.
    if (isUniqueViolation(err)) throw new AppError(409, 'item-code-exists', { code: input.code });
    throw err;
  }
}

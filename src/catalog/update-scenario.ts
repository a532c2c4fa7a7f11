import { and, eq, ne } from 'drizzle-orm';
import type { Db } from '../platform/db/client.js';
import { AppError } from '../platform/errors/app-error.js';
import type { Ctx } from '../platform/policy/actor.js';
import { recordAudit } from '../platform/audit/record.js';
import { jointScenarioItems, jointScenarios } from './schema.js';
import { assertScenarioDepartments, assertScenarioEditor, scenarioDepartmentOf } from './policy.js';
import { itemsWithDepartments } from './list-items.js';
import { checkScenarioItems } from './check-scenario-items.js';
import { presentScenarios } from './list-scenarios.js';
import type { UpdateScenarioInput } from './inputs.js';
import { isUniqueViolation } from './unique-violation.js';
import { announceChange } from '../platform/changes/change-feed.js';

/**
 * PATCH /api/catalog/scenarios/:id — changes a scenario's fields; `itemIds`, when given, replaces its items.
 * The scenario rules are checked again on the result (a new industry must suit the items it keeps).
 */
export async function updateScenario(db: Db, ctx: Ctx, id: string, input: UpdateScenarioInput) {
  const user = assertScenarioEditor(ctx.actor);
  if (Object.values(input).every((v) => v === undefined)) throw new AppError(422, 'nothing-to-change');
  try {
    return await db.transaction(async (tx) => {
      const [before] = await tx.select().from(jointScenarios).where(eq(jointScenarios.id, id)).for('update');
      if (!before) throw new AppError(404, 'scenario-not-found');
      const links = await tx.select({ itemId: jointScenarioItems.itemId }).from(jointScenarioItems).where(eq(jointScenarioItems.scenarioId, id));
      const oldItemIds = links.map((l) => l.itemId);
      if (scenarioDepartmentOf(user) !== null) {
        const held = await itemsWithDepartments(tx, oldItemIds);
        assertScenarioDepartments(user, held.map((h) => h.item.departmentId), true);
      }
      const itemIds = input.itemIds ?? oldItemIds;
      const industry = input.industry ?? before.industry;

      const changes: Record<string, [unknown, unknown]> = {};
      for (const key of ['code', 'name', 'industry', 'description', 'published'] as const) {
        const v = input[key];
        if (v !== undefined && v !== before[key]) changes[key] = [before[key], v];
      }
      const added = itemIds.filter((i) => !oldItemIds.includes(i));
      const removed = oldItemIds.filter((i) => !itemIds.includes(i));
      if (Object.keys(changes).length === 0 && added.length === 0 && removed.length === 0) {
        const [same] = await presentScenarios(tx, [before], ctx.actor, ctx.locale);
        return same!;
      }
      if (changes.code) {
        const [clash] = await tx
          .select({ id: jointScenarios.id })
          .from(jointScenarios)
          .where(and(eq(jointScenarios.code, input.code!), ne(jointScenarios.id, id)));
        if (clash) throw new AppError(409, 'scenario-code-exists', { code: input.code }, { scenarioId: clash.id });
      }
      const members = await checkScenarioItems(tx, itemIds, industry, ctx.locale);
      assertScenarioDepartments(user, members.map((m) => m.item.departmentId));

      let scenario = before;
      if (Object.keys(changes).length > 0) {
        [scenario] = (await tx
          .update(jointScenarios)
          .set(Object.fromEntries(Object.entries(changes).map(([k, [, after]]) => [k, after])))
          .where(eq(jointScenarios.id, id))
          .returning()) as [typeof before];
      }
      if (added.length > 0 || removed.length > 0) {
        await tx.delete(jointScenarioItems).where(eq(jointScenarioItems.scenarioId, id));
        await tx.insert(jointScenarioItems).values(itemIds.map((itemId) => ({ scenarioId: id, itemId })));
      }
      await announceChange(tx, 'joint-scenario', id);
      await recordAudit(tx, ctx, {
        action: 'catalog.scenario.update',
        targetType: 'joint-scenario',
        targetId: id,
        detail: { code: scenario.code, changes, addedItemIds: added, removedItemIds: removed },
      });
      const [presented] = await presentScenarios(tx, [scenario], ctx.actor, ctx.locale);
      return presented!;
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw new AppError(409, 'scenario-code-exists', { code: input.code });
    throw err;
  }
}

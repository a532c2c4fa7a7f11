import { eq } from 'drizzle-orm';
import type { Db } from '../platform/db/client.js';
import { newId } from '../platform/db/ids.js';
import { AppError } from '../platform/errors/app-error.js';
import type { Ctx } from '../platform/policy/actor.js';
import { recordAudit } from '../platform/audit/record.js';
import { jointScenarioItems, jointScenarios } from './schema.js';
import { assertScenarioDepartments, assertScenarioEditor } from './policy.js';
import { checkScenarioItems } from './check-scenario-items.js';
import { presentScenarios } from './list-scenarios.js';
import type { ScenarioInput } from './inputs.js';
import { isUniqueViolation } from './unique-violation.js';

/**
 * POST /api/catalog/scenarios — a joint scenario (联查场景) groups items of several departments for one kind
 * of enterprise (admin, supervisor; a dept_admin with an item of its department). See scenario-rules.ts for what makes it sound.
 */
export async function createScenario(db: Db, ctx: Ctx, input: ScenarioInput) {
  const user = assertScenarioEditor(ctx.actor);
  try {
    return await db.transaction(async (tx) => {
      const [clash] = await tx.select({ id: jointScenarios.id }).from(jointScenarios).where(eq(jointScenarios.code, input.code));
      if (clash) throw new AppError(409, 'scenario-code-exists', { code: input.code }, { scenarioId: clash.id });
      const members = await checkScenarioItems(tx, input.itemIds, input.industry, ctx.locale);
      assertScenarioDepartments(user, members.map((m) => m.item.departmentId));
      const id = newId();
      const [scenario] = await tx
        .insert(jointScenarios)
        .values({
          id,
          code: input.code,
          name: input.name,
          industry: input.industry,
          description: input.description ?? null,
          published: input.published,
          createdAt: ctx.now,
        })
        .returning();
      await tx.insert(jointScenarioItems).values(input.itemIds.map((itemId) => ({ scenarioId: id, itemId })));
      await recordAudit(tx, ctx, {
        action: 'catalog.scenario.create',
        targetType: 'joint-scenario',
        targetId: id,
        detail: {
          code: input.code,
          name: input.name,
          industry: input.industry,
          itemIds: input.itemIds,
          departmentIds: [...new Set(members.map((m) => m.item.departmentId))],
        },
      });
      const [presented] = await presentScenarios(tx, [scenario!], ctx.actor, ctx.locale);
      return presented!;
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw new AppError(409, 'scenario-code-exists', { code: input.code });
    throw err;
  }
}

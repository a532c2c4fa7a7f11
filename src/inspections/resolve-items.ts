import { and, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../platform/db/client.js';
import { AppError } from '../platform/errors/app-error.js';
import { inspectionItems, jointScenarioItems, jointScenarios } from '../catalog/schema.js';

export interface ResolvedItem {
  id: string;
  departmentId: string;
  name: string;
  legalBasis: string;
}

/** An item as the check needs it. */
export interface ItemRow extends ResolvedItem {
  published: boolean;
}

/**
 * A1/A2 — the items of a request: each must exist and be published, and belong to the applying department
 * or to the chosen published joint scenario. Returns the items and every department they involve.
 */
export async function resolveItems(
  db: DbOrTx,
  itemIds: string[],
  departmentId: string,
  scenarioId: string | undefined,
): Promise<{ items: ResolvedItem[]; departmentIds: string[] }> {
  const rows = await db.select().from(inspectionItems).where(inArray(inspectionItems.id, [...new Set(itemIds)]));
  let scenarioItemIds: string[] = [];
  if (scenarioId) {
    const links = await db
      .select({ itemId: jointScenarioItems.itemId })
      .from(jointScenarioItems)
      .innerJoin(jointScenarios, eq(jointScenarios.id, jointScenarioItems.scenarioId))
      .where(and(eq(jointScenarioItems.scenarioId, scenarioId), eq(jointScenarios.published, true)));
    scenarioItemIds = links.map((l) => l.itemId);
  }
  return checkItems(rows, scenarioItemIds, itemIds, departmentId);
}

/** The check of `resolveItems` over rows already read (the items found, the published scenario's item ids). */
export function checkItems(
  rows: ItemRow[],
  scenarioItemIds: string[],
  itemIds: string[],
  departmentId: string,
): { items: ResolvedItem[]; departmentIds: string[] } {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const inScenario = new Set(scenarioItemIds);
  const items: ResolvedItem[] = [];
  for (const id of new Set(itemIds)) {
    const item = byId.get(id);
    if (!item) throw new AppError(422, 'unknown-item', { id });
    if (!item.published) throw new AppError(422, 'item-unpublished', { name: item.name }, { itemId: id });
    if (item.departmentId !== departmentId && !inScenario.has(id)) {
      throw new AppError(422, 'item-other-department', { name: item.name }, { itemId: id });
    }
    items.push({ id, departmentId: item.departmentId, name: item.name, legalBasis: item.legalBasis });
  }
  return { items, departmentIds: [...new Set([departmentId, ...items.map((i) => i.departmentId)])] };
}

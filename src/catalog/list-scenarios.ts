import { and, asc, eq, ilike, inArray, or, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../platform/db/client.js';
import type { Actor } from '../platform/policy/actor.js';
import type { Locale } from '../platform/i18n/locale.js';
import { departments } from '../organisation/schema.js';
import { inspectionItems, jointScenarioItems, jointScenarios } from './schema.js';
import { seesUnpublished } from './policy.js';
import { departmentRef, escapeLike } from './list-items.js';
import { presentItem, presentScenario, type PresentedItem, type ScenarioRow } from './present.js';
import { pageOfTable } from '../platform/db/page-of-table.js';

export interface ScenarioFilter {
  industry?: string;
  published?: boolean;
  q?: string;
}

/** The items of these scenarios (presented), by scenario id, in department and item code order. */
export async function itemsOfScenarios(db: DbOrTx, scenarioIds: string[], actor: Actor, locale: Locale) {
  const out = new Map<string, PresentedItem[]>(scenarioIds.map((id) => [id, []]));
  if (scenarioIds.length === 0) return out;
  const conds: SQL[] = [inArray(jointScenarioItems.scenarioId, scenarioIds)];
  if (!seesUnpublished(actor)) conds.push(eq(inspectionItems.published, true));
  const rows = await db
    .select({ scenarioId: jointScenarioItems.scenarioId, item: inspectionItems, department: departmentRef })
    .from(jointScenarioItems)
    .innerJoin(inspectionItems, eq(inspectionItems.id, jointScenarioItems.itemId))
    .innerJoin(departments, eq(departments.id, inspectionItems.departmentId))
    .where(and(...conds))
    .orderBy(asc(departments.code), asc(inspectionItems.code));
  for (const r of rows) out.get(r.scenarioId)!.push(presentItem(r.item, r.department, locale));
  return out;
}

export async function presentScenarios(db: DbOrTx, scenarios: ScenarioRow[], actor: Actor, locale: Locale) {
  const items = await itemsOfScenarios(
    db,
    scenarios.map((s) => s.id),
    actor,
    locale,
  );
  return scenarios.map((s) => presentScenario(s, items.get(s.id) ?? [], locale));
}

/** GET /api/catalog/scenarios — joint scenarios with their items and the departments involved. */
export async function listScenarios(
  db: DbOrTx,
  actor: Actor,
  locale: Locale,
  f: ScenarioFilter & { page: number; pageSize: number },
) {
  const conds: SQL[] = [];
  if (!seesUnpublished(actor)) conds.push(eq(jointScenarios.published, true));
  if (f.published !== undefined) conds.push(eq(jointScenarios.published, f.published));
  if (f.industry) conds.push(eq(jointScenarios.industry, f.industry));
  if (f.q) {
    const like = `%${escapeLike(f.q.trim())}%`;
    conds.push(or(ilike(jointScenarios.name, like), ilike(jointScenarios.code, like))!);
  }
  const where = conds.length ? and(...conds) : undefined;
  const { total, rows: scenarios } = await pageOfTable(db, f, jointScenarios, where, [asc(jointScenarios.code), asc(jointScenarios.id)]);
  return { total, items: await presentScenarios(db, scenarios, actor, locale) };
}

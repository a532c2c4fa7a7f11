import type { DbOrTx } from '../platform/db/client.js';
import { AppError } from '../platform/errors/app-error.js';
import { industryName } from '../enterprises/index.js';
import type { Locale } from '../platform/i18n/locale.js';
import { itemsWithDepartments } from './list-items.js';
import { scenarioProblems } from './scenario-rules.js';

/**
 * Loads the items of a scenario being saved and applies the scenario rules: each item exists, the items span
 * at least two departments, each applies to the scenario's industry. Throws the first problem as a 422.
 */
export async function checkScenarioItems(db: DbOrTx, itemIds: string[], industry: string, locale: Locale) {
  const rows = await itemsWithDepartments(db, itemIds);
  const byId = new Map(rows.map((r) => [r.item.id, r]));
  for (const id of itemIds) if (!byId.has(id)) throw new AppError(422, 'unknown-item', { id }, { itemId: id });
  const [problem] = scenarioProblems(
    rows.map((r) => r.item),
    industry,
  );
  if (problem?.code === 'scenario-single-department') throw new AppError(422, problem.code);
  if (problem?.code === 'scenario-item-industry') {
    throw new AppError(422, problem.code, { name: problem.name, industry: industryName(industry, locale) }, { itemId: problem.itemId });
  }
  return rows;
}

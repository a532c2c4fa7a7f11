import { countDistinct, eq } from 'drizzle-orm';
import type { DbOrTx } from '../platform/db/client.js';
import { jointScenarioItems, jointScenarios } from './schema.js';

export interface IntegrationRate {
  /** Distinct single-department items merged into published joint scenarios. */
  items: number;
  /** Published joint scenarios holding at least one item. */
  scenarios: number;
  /** 1 − scenarios ÷ items, as a fraction rounded to 4 places (0.6957 = 69.57%); null without items. */
  rate: number | null;
}

/**
 * A1 — 整合率: how many single-department inspection items the joint scenarios replace.
 * 1 − scenarios ÷ items merged into them (seed: 1 − 695 ÷ 2284 = 69.57%).
 */
export function integrationRateOf(items: number, scenarios: number): number | null {
  if (items <= 0) return null;
  return Math.round((1 - scenarios / items) * 10_000) / 10_000;
}

/** The live figure: published scenarios and the distinct items merged into them. */
export async function integrationRate(db: DbOrTx): Promise<IntegrationRate> {
  const [row] = await db
    .select({ scenarios: countDistinct(jointScenarios.id), items: countDistinct(jointScenarioItems.itemId) })
    .from(jointScenarios)
    .innerJoin(jointScenarioItems, eq(jointScenarioItems.scenarioId, jointScenarios.id))
    .where(eq(jointScenarios.published, true));
  const items = Number(row?.items ?? 0);
  const scenarios = Number(row?.scenarios ?? 0);
  return { items, scenarios, rate: integrationRateOf(items, scenarios) };
}

import { asc, count, eq, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../platform/db/client.js';
import { departments } from '../organisation/schema.js';
import { inspectionItems, jointScenarios } from './schema.js';
import { integrationRate, type IntegrationRate } from './integration-rate.js';

export interface CatalogFigures {
  /** A1 整合率 (seed: 2284 items → 695 scenarios = 69.57%). */
  integration: IntegrationRate;
  items: { total: number; published: number };
  scenarios: { total: number; published: number };
  /** Every enforcement department (and any other holding items), with its items total and published count. */
  byDepartment: { departmentId: string; code: string; name: string; shortName: string; total: number; published: number }[];
}

const publishedCount = (column: typeof inspectionItems.published | typeof jointScenarios.published) =>
  sql<number>`count(*) FILTER (WHERE ${column})`.mapWith(Number);

/** GET /api/catalog/figures — the catalog's figures for the dashboard (H2), computed live. */
export async function catalogFigures(db: DbOrTx): Promise<CatalogFigures> {
  const integration = await integrationRate(db);
  const [items] = await db.select({ total: count(), published: publishedCount(inspectionItems.published) }).from(inspectionItems);
  const [scenarios] = await db.select({ total: count(), published: publishedCount(jointScenarios.published) }).from(jointScenarios);
  const byDepartment = await db
    .select({
      departmentId: departments.id,
      code: departments.code,
      name: departments.name,
      shortName: departments.shortName,
      total: sql<number>`count(${inspectionItems.id})`.mapWith(Number),
      published: sql<number>`count(${inspectionItems.id}) FILTER (WHERE ${inspectionItems.published})`.mapWith(Number),
    })
    .from(departments)
    .leftJoin(inspectionItems, eq(inspectionItems.departmentId, departments.id))
    .groupBy(departments.id, departments.code, departments.name, departments.shortName, departments.kind)
    .having(or(eq(departments.kind, 'enforcement'), sql`count(${inspectionItems.id}) > 0`))
    .orderBy(asc(departments.code));
  return {
    integration,
    items: { total: items?.total ?? 0, published: items?.published ?? 0 },
    scenarios: { total: scenarios?.total ?? 0, published: scenarios?.published ?? 0 },
    byDepartment,
  };
}

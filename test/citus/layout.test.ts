/**
 * The distributed layout (src/platform/db/citus-layout.ts). Everywhere: every table of the migrated schema has
 * exactly one deliberate home. On a Citus coordinator (TEST_DATABASE_URL naming one; else these tests are skipped
 * with the reason): the migrations distribute the enterprise-owned tables by the enterprise id in one co-location
 * group, the catalogs are reference tables and the rest stays on the coordinator.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/platform/db/client.js';
import { BY_ENTERPRISE, BY_OWN_KEY, ON_COORDINATOR, REFERENCE } from '../../src/platform/db/citus-layout.js';
import { testDatabase } from '../support/database.js';
import { citusSkipReason } from '../support/citus.js';

const skipReason = await citusSkipReason();

const placed = ['enterprise', ...BY_ENTERPRISE, ...BY_OWN_KEY.map(([t]) => t), ...REFERENCE, ...Object.keys(ON_COORDINATOR)];

describe('distributed layout', () => {
  let database: Database;

  beforeAll(async () => {
    database = await testDatabase();
  });
  afterAll(async () => database?.close());

  it('names every table of the schema exactly once', async () => {
    const tables = await database.query<{ name: string }>(
      `SELECT relname AS name FROM pg_class WHERE relkind IN ('r', 'p') AND relnamespace = 'public'::regnamespace`,
    );
    const names = tables.map((t) => t.name).filter((n) => !n.startsWith('__drizzle'));
    expect(new Set(placed).size, 'a table is named twice').toBe(placed.length);
    expect([...placed].sort()).toEqual([...names].sort());
  });

  it('distributes the enterprise-owned tables by the enterprise id in one co-location group', async (ctx) => {
    ctx.skip(Boolean(skipReason), skipReason);
    const rows = await database.query<{ table_name: string; citus_table_type: string; distribution_column: string; colocation_id: number }>(
      `SELECT table_name::text, citus_table_type, distribution_column, colocation_id FROM citus_tables`,
    );
    const of = new Map(rows.map((r) => [r.table_name, r]));
    const group = of.get('enterprise')?.colocation_id;
    expect(of.get('enterprise')).toMatchObject({ citus_table_type: 'distributed', distribution_column: 'id' });
    for (const table of BY_ENTERPRISE) {
      expect(of.get(table), table).toMatchObject({ citus_table_type: 'distributed', distribution_column: 'enterprise_id', colocation_id: group });
    }
    for (const [table, column] of BY_OWN_KEY) expect(of.get(table), table).toMatchObject({ citus_table_type: 'distributed', distribution_column: column });
    for (const table of REFERENCE) expect(of.get(table)?.citus_table_type, table).toBe('reference');
    for (const table of Object.keys(ON_COORDINATOR)) expect(of.has(table), table).toBe(false);
  });

  it('reads one enterprise’s inspections with a single-shard (router) plan', async (ctx) => {
    ctx.skip(Boolean(skipReason), skipReason);
    const plan = await database.query<{ 'QUERY PLAN': string }>(
      `EXPLAIN SELECT * FROM inspection i JOIN inspection_evaluation e ON e.enterprise_id = i.enterprise_id AND e.inspection_id = i.id
        WHERE i.enterprise_id = '0190f0c0-0000-7000-8000-000000000001'`,
    );
    const text = plan.map((r) => r['QUERY PLAN']).join('\n');
    expect(text).toMatch(/Custom Scan \(Citus Adaptive\)/);
    expect(text).toMatch(/Task Count: 1\b/);
  });
});

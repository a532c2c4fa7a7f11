import { sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { rows, type DbOrTx } from './client.js';

/**
 * The enterprise a row of an enterprise-owned table belongs to (`enterprise_id` of the row with that `id`), or
 * undefined. A lock then names it beside the id (`WHERE enterprise_id = … AND id = … FOR UPDATE`): on a Citus
 * cluster a FOR UPDATE must route to one shard by the distribution column. The enterprise of a row never changes,
 * so this unlocked read cannot go stale.
 */
export async function enterpriseOf(db: DbOrTx, table: PgTable, id: string): Promise<string | undefined> {
  const [row] = await rows<{ enterprise_id: string }>(db, sql`SELECT enterprise_id FROM ${table} WHERE id = ${id}::uuid LIMIT 1`);
  return row?.enterprise_id;
}

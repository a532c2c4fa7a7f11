import { and, eq } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { AppError } from '../errors/app-error.js';
import type { DbOrTx } from './client.js';

/** A table of enterprise-owned rows, keyed by (enterprise_id, id). */
export type OwnedTable = PgTable & { enterpriseId: PgColumn; id: PgColumn };

/**
 * The row of an enterprise-owned table with that key, locked FOR UPDATE in the caller's transaction; 404
 * `notFound` when there is none. The lock names the enterprise beside the id: on a Citus cluster a FOR UPDATE
 * must route to one shard by the distribution column.
 */
export async function lockOwnedRow<T extends OwnedTable>(
  tx: DbOrTx,
  table: T,
  key: { enterpriseId: string; id: string },
  notFound: string,
): Promise<T['$inferSelect']> {
  const [row] = await tx
    .select()
    .from(table as PgTable)
    .where(and(eq(table.enterpriseId, key.enterpriseId), eq(table.id, key.id)))
    .for('update');
  if (!row) throw new AppError(404, notFound);
  return row as T['$inferSelect'];
}

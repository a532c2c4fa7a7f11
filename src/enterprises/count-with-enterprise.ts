import { eq, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../platform/db/client.js';
import { enterprises } from './schema.js';

/**
 * How many rows of `table` match `where`, a filter that may name the columns of each row's enterprise (joined by
 * `enterpriseId`; a row of no enterprise still counts): the count beside a page of such rows (`paginate`).
 */
export function countWithEnterprise(db: DbOrTx, table: PgTable, enterpriseId: AnyPgColumn, where: SQL | undefined) {
  return db
    .select({ n: sql<number>`count(*)::int` })
    .from(table)
    .leftJoin(enterprises, eq(enterprises.id, enterpriseId))
    .where(where);
}

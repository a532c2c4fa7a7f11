import { sql, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { DbOrTx } from './client.js';

/**
 * How many rows of `table` `where` selects, and how many of those are past due (`due` before `now`, a day or a
 * time): a to-do count and its overdue part, in one query.
 */
export async function countWithOverdue(
  db: DbOrTx,
  table: PgTable,
  where: SQL | undefined,
  due: PgColumn,
  now: string | Date,
): Promise<{ all: number; overdue: number }> {
  const [r] = await db
    .select({
      all: sql<number>`count(*)::int`,
      overdue: sql<number>`count(*) FILTER (WHERE ${due} < ${now})::int`,
    })
    .from(table)
    .where(where);
  return { all: r?.all ?? 0, overdue: r?.overdue ?? 0 };
}

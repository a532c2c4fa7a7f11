import { count, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { paginate, type Paging } from '../http/paging.js';
import type { DbOrTx } from './client.js';

/**
 * A page of the rows of one table that match `where`, in `order` (ending with the id: a total order), and how many
 * match in all — `paginate()` for a list that reads one table as it is.
 */
export function pageOfTable<T extends PgTable>(
  db: DbOrTx,
  paging: Paging,
  table: T,
  where: SQL | undefined,
  order: (SQL | PgColumn)[],
): Promise<{ total: number; rows: T['$inferSelect'][] }> {
  return paginate(paging, {
    count: db.select({ n: count() }).from(table as PgTable).where(where),
    rows: db.select().from(table as PgTable).where(where).orderBy(...order) as unknown as {
      limit(n: number): { offset(n: number): PromiseLike<T['$inferSelect'][]> };
    },
  });
}

import { and, asc, count, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.js';
import { outbox } from './schema.js';
import { pageOfTable } from '../db/page-of-table.js';
import { pageAnswer, type Paging } from '../http/paging.js';

export interface OutboxFilter {
  status?: 'pending' | 'delivered' | 'dead';
  topic?: string;
  destination?: string;
}

export interface OutboxListing {
  /** Messages still to deliver or given up before the delivered ones (a part's work list); else newest first only. */
  undeliveredFirst?: boolean;
}

/**
 * GET /api/admin/outbox — message counts per topic, destination and status (narrowed by topic and destination,
 * never by status, so the breakdown stays visible), and a page of the messages matching every filter, newest
 * first (or, for a part's work list, the undelivered first).
 */
export async function listOutbox(db: DbOrTx, f: OutboxFilter & Paging, listing: OutboxListing = {}) {
  const scope: SQL[] = [];
  if (f.topic) scope.push(eq(outbox.topic, f.topic));
  if (f.destination) scope.push(eq(outbox.destination, f.destination));
  const where = and(...scope, ...(f.status ? [eq(outbox.status, f.status)] : []));

  const counts = await db
    .select({ topic: outbox.topic, destination: outbox.destination, status: outbox.status, count: count() })
    .from(outbox)
    .where(and(...scope))
    .groupBy(outbox.topic, outbox.destination, outbox.status)
    .orderBy(asc(outbox.topic), asc(outbox.destination), asc(outbox.status));
  const { total, rows: items } = await pageOfTable(db, f, outbox, where, [
    ...(listing.undeliveredFirst ? [sql`${outbox.status} = 'delivered'`] : []),
    desc(outbox.createdAt),
    desc(outbox.id),
  ]);
  return { counts, ...pageAnswer(f, total, items) };
}

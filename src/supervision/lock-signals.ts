import { inArray } from 'drizzle-orm';
import type { Tx } from '../platform/db/client.js';
import { signals } from './schema.js';

/** Locks the signals with these ids that exist, in id order (so concurrent writers cannot deadlock). */
export function lockSignals(tx: Tx, ids: string[]) {
  return tx.select().from(signals).where(inArray(signals.id, ids)).orderBy(signals.id).for('update');
}

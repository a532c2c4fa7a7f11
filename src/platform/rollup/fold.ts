import { inArray, sql } from 'drizzle-orm';
import type { Db, DbOrTx, Tx } from '../db/client.js';
import { chinaTimestampOf } from '../time/china.js';
import { figuresRollup } from './schema.js';

/**
 * Runs one fold of the rollup `name` in a transaction of its own: takes the rollup's row lock (one fold at a
 * time across instances; a second fold waits, then finds the changes already gone), runs `fold`, and records
 * `now` as the moment the figures are "as of". `fold` claims its changes by deleting them in that transaction,
 * so each change is folded exactly once: a change row can be deleted by one transaction only, changes committed
 * after the claim are left for the next fold, and a fold that fails rolls its claim back with it.
 */
export async function foldRollup<T>(db: Db, name: string, now: Date, fold: (tx: Tx) => Promise<T>): Promise<T> {
  await db.insert(figuresRollup).values({ name, foldedAt: null }).onConflictDoNothing();
  return db.transaction(async (tx) => {
    await tx.execute(sql`SELECT 1 FROM figures_rollup WHERE name = ${name} FOR UPDATE`);
    const result = await fold(tx);
    await tx.execute(sql`UPDATE figures_rollup SET folded_at = ${now} WHERE name = ${name}`);
    return result;
  });
}

/**
 * "As of" of figures read from these rollups, for people: the earliest last fold, as China time with its offset
 * (`2026-11-20T10:00:05+08:00`); null before the first fold.
 */
export async function figuresAsOf(db: DbOrTx, names: string[]): Promise<string | null> {
  const at = await rollupAsOf(db, names);
  return at ? chinaTimestampOf(at) : null;
}

/** When the figures of these rollups were last folded: the earliest of them (null before the first fold). */
export async function rollupAsOf(db: DbOrTx, names: string[]): Promise<Date | null> {
  const found = await db.select({ name: figuresRollup.name, foldedAt: figuresRollup.foldedAt }).from(figuresRollup).where(inArray(figuresRollup.name, names));
  if (found.length < names.length || found.some((r) => r.foldedAt === null)) return null;
  return new Date(Math.min(...found.map((r) => r.foldedAt!.getTime())));
}

import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../platform/db/client.js';
import { enterpriseUsccs } from './schema.js';

/**
 * The enterprise id of a USCC (already normalised: trimmed, upper case), from the USCC registry, or undefined.
 * A read by USCC goes here first and then names the enterprise id: on a Citus cluster `enterprise_uscc` is
 * distributed by uscc and every enterprise table by the enterprise id, so both reads route to one shard
 * (a read of `enterprise` by its uscc column would ask every shard).
 */
export async function enterpriseIdOf(db: DbOrTx, uscc: string): Promise<string | undefined> {
  const [claimed] = await db.select({ id: enterpriseUsccs.enterpriseId }).from(enterpriseUsccs).where(eq(enterpriseUsccs.uscc, uscc));
  return claimed?.id;
}

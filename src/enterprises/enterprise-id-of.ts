import type { DbOrTx } from '../platform/db/client.js';
import { runStatement, type Statement } from '../platform/db/pipeline.js';

/**
 * The enterprise id of a USCC (already normalised: trimmed, upper case), from the USCC registry, or undefined.
 * A read by USCC goes here first and then names the enterprise id: on a Citus cluster `enterprise_uscc` is
 * distributed by uscc and every enterprise table by the enterprise id, so both reads route to one shard
 * (a read of `enterprise` by its uscc column would ask every shard).
 */
export async function enterpriseIdOf(db: DbOrTx, uscc: string): Promise<string | undefined> {
  const [claimed] = await runStatement(db, enterpriseIdStatement(uscc));
  return claimed?.id as string | undefined;
}

/** `enterpriseIdOf` as a prepared statement for a pipelined transaction: one row `{ id }`, or none. */
export function enterpriseIdStatement(uscc: string): Statement {
  return { name: 'enterprise-id-of', text: 'SELECT enterprise_id AS id FROM enterprise_uscc WHERE uscc = $1', values: [uscc] };
}

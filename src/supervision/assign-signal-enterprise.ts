import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../platform/db/client.js';
import { signals } from './schema.js';
import { changingSignals } from './signal-changes.js';

/**
 * An open signal follows the enterprise it is now known to be about (a 12345 ticket matched or assigned later); a
 * handled one is history and stays. In the caller's transaction, with the signal's figure change rows.
 */
export async function assignSignalEnterprise(tx: DbOrTx, signalId: string, enterpriseId: string | null): Promise<void> {
  const [open] = await tx
    .select({ id: signals.id })
    .from(signals)
    .where(and(eq(signals.id, signalId), eq(signals.status, 'open')))
    .for('update');
  if (!open) return;
  await changingSignals(tx, [signalId], () => tx.update(signals).set({ enterpriseId }).where(eq(signals.id, signalId)));
}

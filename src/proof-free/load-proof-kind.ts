import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../platform/db/client.js';
import { AppError } from '../platform/errors/app-error.js';
import { proofInterfaces, proofKinds } from './schema.js';

export type ProofKindRow = typeof proofKinds.$inferSelect;
export type InterfaceRow = typeof proofInterfaces.$inferSelect;

/** The proof kind and the interface answering it (null: none; 协查 or a commitment instead). 422 when unknown. */
export async function loadProofKind(
  db: DbOrTx,
  code: string,
): Promise<{ kind: ProofKindRow; iface: InterfaceRow | null }> {
  const [found] = await db
    .select({ kind: proofKinds, iface: proofInterfaces })
    .from(proofKinds)
    .leftJoin(proofInterfaces, eq(proofInterfaces.id, proofKinds.interfaceId))
    .where(eq(proofKinds.code, code));
  if (!found) throw new AppError(422, 'unknown-proof-kind', { proofKind: code });
  return found;
}

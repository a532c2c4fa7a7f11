import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../platform/db/client.js';
import { storedFiles } from './schema.js';

/** The stored file `fileId` when it belongs to the owner (`ownerType`, `ownerId`); undefined otherwise. */
export async function ownedFile(db: DbOrTx, owner: { type: string; id: string }, fileId: string) {
  const [f] = await db
    .select()
    .from(storedFiles)
    .where(and(eq(storedFiles.id, fileId), eq(storedFiles.ownerType, owner.type), eq(storedFiles.ownerId, owner.id)));
  return f;
}

import { createHash } from 'node:crypto';
import type { DbOrTx } from '../platform/db/client.js';
import { newId } from '../platform/db/ids.js';
import { storedFiles } from './schema.js';
import { cleanText } from '../platform/http/input.js';

export async function storeFile(
  db: DbOrTx,
  f: { enterpriseId: string | null; ownerType: string; ownerId: string; filename: string; mime: string; data: Buffer; uploadedBy: string; now: Date },
): Promise<string> {
  const id = newId();
  await db.insert(storedFiles).values({
    id,
    enterpriseId: f.enterpriseId,
    ownerType: f.ownerType,
    ownerId: f.ownerId,
    filename: cleanText(f.filename).slice(0, 200),
    mime: f.mime,
    size: f.data.length,
    sha256: createHash('sha256').update(f.data).digest('hex'),
    data: f.data,
    uploadedBy: f.uploadedBy,
    createdAt: f.now,
  });
  return id;
}

import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../platform/db/client.js';
import { departments } from './schema.js';

/** The department's name, or '' for an id that names none (what a message or a document then shows). */
export async function departmentName(db: DbOrTx, id: string): Promise<string> {
  const [d] = await db.select({ name: departments.name }).from(departments).where(eq(departments.id, id));
  return d?.name ?? '';
}

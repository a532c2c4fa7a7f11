import { sql } from 'drizzle-orm';
import type { Db, Tx } from '../platform/db/client.js';
import { DIVISIONS } from '../identifiers/index.js';
import { divisions } from './schema.js';

/**
 * Keeps the division table equal to the national GB/T 2260 list the code carries (src/identifiers/divisions.ts):
 * run at every start, so a database without the demo can register an enterprise anywhere in the country.
 * Cheap when nothing changed (one count); otherwise one upsert of every row.
 */
export async function syncDivisions(db: Db | Tx): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(divisions);
  if (row?.n === DIVISIONS.length) return 0;
  await db
    .insert(divisions)
    .values(DIVISIONS.map((d) => ({ ...d })))
    .onConflictDoUpdate({
      target: divisions.code,
      set: { name: sql`excluded.name`, level: sql`excluded.level`, parentCode: sql`excluded.parent_code` },
    });
  return DIVISIONS.length;
}

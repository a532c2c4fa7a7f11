import { eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../platform/db/client.js';
import { enterprises } from '../enterprises/schema.js';
import { nameVariants, normaliseUscc } from './rules/normalise-name.js';
import type { MatchedBy } from './schema.js';

/**
 * Finds the enterprise a ticket is about: by USCC, else by the exact name, else by its normalised spellings
 * (each an indexed lookup). A name shared by several enterprises matches none (a person decides).
 */
export async function matchEnterprise(
  db: DbOrTx,
  given: { uscc?: string | null; name?: string | null },
): Promise<{ enterpriseId: string; by: Exclude<MatchedBy, 'manual'> } | null> {
  if (given.uscc) {
    const uscc = normaliseUscc(given.uscc);
    if (uscc.length === 18) {
      const [e] = await db
        .select({ id: enterprises.id })
        .from(enterprises)
        .where(eq(enterprises.uscc, uscc))
        .limit(1);
      if (e) return { enterpriseId: e.id, by: 'uscc' };
    }
  }
  if (given.name && given.name.trim().length >= 2) {
    const variants = nameVariants(given.name);
    const found = await db
      .select({ id: enterprises.id, name: enterprises.name })
      .from(enterprises)
      .where(inArray(enterprises.name, variants))
      .limit(10);
    const ids = new Set(found.map((f) => f.id));
    if (ids.size === 1)
      return {
        enterpriseId: found[0]!.id,
        by: found[0]!.name === given.name.trim() ? 'name' : 'normalised-name',
      };
  }
  return null;
}

/** D2 — the licence kinds (defaults in migration 0004) and changing a kind's reminder windows (audited). */
import { asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db, DbOrTx } from '../platform/db/client.js';
import type { Ctx } from '../platform/policy/actor.js';
import { recordAudit } from '../platform/audit/record.js';
import { AppError } from '../platform/errors/app-error.js';
import { normaliseWindows } from './rules/reminder-windows.js';
import { drugDepartmentOf } from './policy.js';
import { licenceKinds } from './schema.js';

export type LicenceKind = typeof licenceKinds.$inferSelect;

export const loadKinds = (db: DbOrTx): Promise<LicenceKind[]> => db.select().from(licenceKinds).orderBy(asc(licenceKinds.code));

export async function kindOf(db: DbOrTx, code: string): Promise<LicenceKind> {
  const [k] = await db.select().from(licenceKinds).where(eq(licenceKinds.code, code));
  if (!k) throw new AppError(422, 'licence-kind-unknown', { kind: code });
  return k;
}

export const kindInput = z.object({
  code: z.string().trim().regex(/^[a-z][a-z0-9-]{1,63}$/),
  nameZh: z.string().trim().min(1).max(100),
  nameEn: z.string().trim().min(1).max(100),
  category: z.enum(['drugs', 'medical-devices', 'cosmetics']),
  reminderWindows: z.array(z.number().int().min(1).max(3650)).min(1).max(6),
  renewalLeadDays: z.number().int().min(0).max(3650),
  renewalBasis: z.string().trim().min(1).max(500),
});

/** Adds a kind or changes one (windows, renewal lead); drug-regulation administrators and the system administrator. */
export async function saveKind(db: Db, ctx: Ctx, input: z.infer<typeof kindInput>): Promise<LicenceKind> {
  await drugDepartmentOf(db, ctx.actor);
  const windows = normaliseWindows(input.reminderWindows);
  if (windows.length !== input.reminderWindows.length) throw new AppError(422, 'licence-windows');
  return db.transaction(async (tx) => {
    const row = { ...input, reminderWindows: windows, updatedAt: ctx.now };
    const [saved] = await tx
      .insert(licenceKinds)
      .values(row)
      .onConflictDoUpdate({ target: licenceKinds.code, set: row })
      .returning();
    await recordAudit(tx, ctx, { action: 'drugs.licence-kind.save', targetType: 'licence-kind', targetId: input.code, detail: row });
    return saved!;
  });
}

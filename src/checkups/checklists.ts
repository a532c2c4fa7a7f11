import { desc, lte } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../platform/db/client.js';
import type { Ctx } from '../platform/policy/actor.js';
import { newId } from '../platform/db/ids.js';
import { AppError } from '../platform/errors/app-error.js';
import { recordAudit } from '../platform/audit/record.js';
import { chinaDayOf } from '../calendar/index.js';
import { checkupScope, requireStaff } from './policy.js';
import { checkupChecklists } from './schema.js';
import { CHECKLIST_CATEGORIES } from './rules/checklist.js';

export const checklistInput = z.object({
  effectiveFrom: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  source: z.string().trim().min(1).max(500),
  items: z
    .array(z.object({ code: z.string().trim().regex(/^[A-Z][A-Z0-9]{0,9}$/), category: z.enum(CHECKLIST_CATEGORIES), name: z.string().trim().min(1).max(200), basis: z.string().trim().min(1).max(500) }))
    .min(1)
    .max(100),
});

const present = (c: typeof checkupChecklists.$inferSelect) => ({ id: c.id, version: c.version, effectiveFrom: c.effectiveFrom, source: c.source, items: c.items });

/** E3 — the checklist in force today (the latest version effective by today, China time). */
export async function currentChecklist(db: Db, ctx: Ctx) {
  checkupScope(ctx.actor);
  const [c] = await db.select().from(checkupChecklists).where(lte(checkupChecklists.effectiveFrom, chinaDayOf(ctx.now))).orderBy(desc(checkupChecklists.version)).limit(1);
  if (!c) throw new AppError(404, 'checkup-no-checklist');
  return present(c);
}

/** E3 — a new version of the check package (admin); visits already scheduled keep theirs. */
export async function publishChecklist(db: Db, ctx: Ctx, input: z.infer<typeof checklistInput>) {
  const user = requireStaff(ctx.actor, ['admin']);
  const codes = input.items.map((i) => i.code);
  if (new Set(codes).size !== codes.length) throw new AppError(422, 'checkup-checklist-duplicate-code');
  return db.transaction(async (tx) => {
    const [last] = await tx.select({ version: checkupChecklists.version }).from(checkupChecklists).orderBy(desc(checkupChecklists.version)).limit(1);
    const row = { id: newId(), version: (last?.version ?? 0) + 1, effectiveFrom: input.effectiveFrom, source: input.source, items: input.items, createdAt: ctx.now, createdBy: user.username };
    await tx.insert(checkupChecklists).values(row);
    await recordAudit(tx, ctx, { action: 'checkups.checklist.publish', targetType: 'checkup-checklist', targetId: row.id, detail: { version: row.version, items: codes.length } });
    return present(row);
  });
}

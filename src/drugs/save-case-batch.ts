/**
 * D6 — a drug-regulation department drafts a batch of typical cases (典型案例) and changes it while it is a draft;
 * a published batch is fixed (409). Drafts have no number and are never public. Audited.
 */
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db, Tx } from '../platform/db/client.js';
import { newId } from '../platform/db/ids.js';
import type { Ctx } from '../platform/policy/actor.js';
import { AppError } from '../platform/errors/app-error.js';
import { recordAudit } from '../platform/audit/record.js';
import { drugStaffOf } from './policy.js';
import { typicalCaseBatches } from './schema.js';

export const caseBatchInput = z.object({
  title: z.string().trim().min(1).max(200),
  cases: z
    .array(
      z.object({
        title: z.string().trim().min(1).max(200),
        facts: z.string().trim().min(1).max(10_000),
        decision: z.string().trim().min(1).max(5000),
        basis: z.string().trim().max(2000).optional(),
        lesson: z.string().trim().min(1).max(5000),
      }),
    )
    .min(1)
    .max(100),
});

/** The audit row of a draft batch's content written as `action`: its title and how many cases. */
const auditContent = (tx: Tx, ctx: Ctx, action: string, id: string, input: z.infer<typeof caseBatchInput>) =>
  recordAudit(tx, ctx, { action, targetType: 'typical-case-batch', targetId: id, detail: { title: input.title, cases: input.cases.length } });

export async function createCaseBatch(
  db: Db,
  ctx: Ctx,
  input: z.infer<typeof caseBatchInput>,
): Promise<{ id: string }> {
  const { user, department } = await drugStaffOf(db, ctx.actor);
  const id = newId();
  await db.transaction(async (tx) => {
    await tx.insert(typicalCaseBatches).values({
      id,
      title: input.title,
      departmentId: department.id,
      cases: input.cases,
      published: false,
      createdBy: user.userId,
      createdAt: ctx.now,
    });
    await auditContent(tx, ctx, 'drugs.cases.draft', id, input);
  });
  return { id };
}

export async function updateCaseBatch(
  db: Db,
  ctx: Ctx,
  id: string,
  input: z.infer<typeof caseBatchInput>,
): Promise<{ id: string }> {
  const { department } = await drugStaffOf(db, ctx.actor);
  await db.transaction(async (tx) => {
    const key = await lockDraftBatch(tx, id, department.id);
    await tx.update(typicalCaseBatches).set({ title: input.title, cases: input.cases }).where(key);
    await auditContent(tx, ctx, 'drugs.cases.change', id, input);
  });
  return { id };
}

/** Locks a draft batch of the department and returns its key; 404 when absent, 409 once published. */
export async function lockDraftBatch(tx: Tx, id: string, departmentId: string) {
  const key = and(eq(typicalCaseBatches.id, id), eq(typicalCaseBatches.departmentId, departmentId));
  const [b] = await tx
    .select({ published: typicalCaseBatches.published })
    .from(typicalCaseBatches)
    .where(key)
    .for('update');
  if (!b) throw new AppError(404, 'case-batch-not-found');
  if (b.published) throw new AppError(409, 'case-batch-published');
  return key;
}

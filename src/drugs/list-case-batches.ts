/**
 * D6 — typical-case batches: the public reads published batches only (newest first; a draft is a 404 as if absent);
 * the department its own drafts and batches; the administrator and the supervisor all.
 */
import { and, desc, eq, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../platform/db/client.js';
import type { Ctx } from '../platform/policy/actor.js';
import { AppError } from '../platform/errors/app-error.js';
import { DeniedError, requireUser } from '../platform/policy/policy.js';
import { departments } from '../organisation/schema.js';
import { typicalCaseBatches } from './schema.js';

const caseSchema = z.object({
  title: z.string(),
  facts: z.string(),
  decision: z.string(),
  basis: z.string().optional(),
  lesson: z.string(),
});
export const publicBatchSchema = z.object({
  id: z.uuid(),
  year: z.number().int(),
  batchNo: z.number().int(),
  title: z.string(),
  departmentName: z.string().nullable(),
  publishedAt: z.string(),
  cases: z.array(caseSchema),
});
export const batchSchema = z.object({
  id: z.uuid(),
  year: z.number().int().nullable(),
  batchNo: z.number().int().nullable(),
  title: z.string(),
  departmentName: z.string().nullable(),
  published: z.boolean(),
  publishedAt: z.string().nullable(),
  createdAt: z.string(),
  cases: z.array(caseSchema),
});

async function batches(db: Db, where: SQL | undefined) {
  const found = await db
    .select({ b: typicalCaseBatches, departmentName: departments.name })
    .from(typicalCaseBatches)
    .leftJoin(departments, eq(departments.id, typicalCaseBatches.departmentId))
    .where(where)
    .orderBy(
      desc(typicalCaseBatches.published),
      desc(typicalCaseBatches.publishedAt),
      desc(typicalCaseBatches.createdAt),
    )
    .limit(500);
  return found.map(({ b, departmentName }) => ({
    id: b.id,
    year: b.year,
    batchNo: b.batchNo,
    title: b.title,
    departmentName,
    published: b.published,
    publishedAt: b.publishedAt?.toISOString() ?? null,
    createdAt: b.createdAt.toISOString(),
    cases: b.cases,
  }));
}

type Batch = Awaited<ReturnType<typeof batches>>[number];
const asPublic = (b: Batch) => ({
  id: b.id,
  year: b.year!,
  batchNo: b.batchNo!,
  title: b.title,
  departmentName: b.departmentName,
  publishedAt: b.publishedAt!,
  cases: b.cases,
});

export async function publicCaseBatches(db: Db) {
  return { items: (await batches(db, eq(typicalCaseBatches.published, true))).map(asPublic) };
}

export async function publicCaseBatch(db: Db, id: string) {
  const [b] = await batches(db, and(eq(typicalCaseBatches.id, id), eq(typicalCaseBatches.published, true)));
  if (!b) throw new AppError(404, 'case-batch-not-found');
  return asPublic(b);
}

export async function staffCaseBatches(db: Db, ctx: Ctx) {
  const user = requireUser(ctx.actor);
  let scope: SQL | undefined;
  if (user.role !== 'admin' && user.role !== 'supervisor') {
    if (!user.departmentId) throw new DeniedError(403, 'no-department');
    scope = eq(typicalCaseBatches.departmentId, user.departmentId);
  }
  return { items: await batches(db, scope) };
}

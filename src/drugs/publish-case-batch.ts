/**
 * D6 — publishing a draft batch of typical cases gives it the next number of the department's China year (第N批):
 * numbers are taken under a transaction-scoped advisory lock per department, so two publications at once get
 * consecutive numbers (the unique key (department, year, number) backs it). Published once (409 after); audited.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../platform/db/client.js';
import { rows } from '../platform/db/client.js';
import type { Ctx } from '../platform/policy/actor.js';
import { recordAudit } from '../platform/audit/record.js';
import { chinaDayOf } from '../platform/time/china.js';
import { drugStaffOf } from './policy.js';
import { typicalCaseBatches } from './schema.js';
import { lockDraftBatch } from './save-case-batch.js';

export async function publishCaseBatch(
  db: Db,
  ctx: Ctx,
  id: string,
): Promise<{ id: string; year: number; batchNo: number }> {
  const { department } = await drugStaffOf(db, ctx.actor);
  const year = Number(chinaDayOf(ctx.now).slice(0, 4));
  return db.transaction(async (tx) => {
    await tx.execute(
      sql`SELECT pg_advisory_xact_lock(hashtext(${`drug_typical_case_batch:${department.id}`}))`,
    );
    const key = await lockDraftBatch(tx, id, department.id);
    const [last] = await rows<{ n: number }>(
      tx,
      sql`SELECT coalesce(max(batch_no), 0)::int AS n FROM ${typicalCaseBatches} WHERE department_id = ${department.id} AND year = ${year}`,
    );
    const batchNo = (last?.n ?? 0) + 1;
    await tx
      .update(typicalCaseBatches)
      .set({ published: true, publishedAt: ctx.now, year, batchNo })
      .where(key);
    await recordAudit(tx, ctx, {
      action: 'drugs.cases.publish',
      targetType: 'typical-case-batch',
      targetId: id,
      detail: { year, batchNo },
    });
    return { id, year, batchNo };
  });
}

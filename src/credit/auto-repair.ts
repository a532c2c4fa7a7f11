/**
 * The daily job `credit-auto-repair` (also `POST /api/admin/jobs/credit-auto-repair/run`):
 *   1. asks the fiscal e-receipt platform about unpaid fines of minor records whose minimum has passed (a
 *      bounded batch, least recently asked first), so 免申即享 also covers minor fines once paid;
 *   2. repairs every minor record due for automatic repair (C3 免申即享) — set-based, one statement;
 *   3. stops the publicity of every record past its maximum (C2) — set-based, one statement.
 * Steps 2 and 3 audit every record (one audit row per thousand, listing their ids) and queue its delivery to
 * every connected platform (C5). Idempotent: a second run finds nothing to change. The partial indexes `credit_penalty_auto_repair_idx` / `credit_penalty_expiry_idx`
 * keep both statements on the few published rows that matter.
 */
import { sql } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import { rows, type Db } from '../platform/db/client.js';
import type { Ctx } from '../platform/policy/actor.js';
import type { JobDefinitionInput } from '../platform/jobs/define-job.js';
import { recordAudit } from '../platform/audit/record.js';
import { chinaDay } from '../organisation/index.js';
import { connectedPlatforms, creditConfig, type CreditConfig, type DeliveryPlatform } from './config.js';
import { findFineReceipt } from './connectors/fiscal-receipts.js';
import { closeRecords } from './close-records.js';

export const AUTO_REPAIR_JOB = 'credit-auto-repair';
/** Receipts asked for per run, and at once. */
const RECEIPT_BATCH = 500;
const RECEIPT_CONCURRENCY = 8;

export interface SweepResult {
  repaired: number;
  expired: number;
  queued: number;
}

/** Steps 2 and 3 in one transaction. */
export async function sweepPenalties(db: Db, ctx: Ctx, platforms: readonly DeliveryPlatform[]): Promise<SweepResult> {
  const today = chinaDay(ctx.now);
  return db.transaction(async (tx) => {
    // The deliveries are inserted in key order: let a day's backlog sort in memory, not on disk.
    await tx.execute(sql`SET LOCAL work_mem = '64MB'`);
    const repaired = await closeRecords(tx, ctx, {
      // Mirrors autoRepairDue (rules/eligibility.ts).
      where: sql`auto_repair AND min_end < ${today}::date AND duties_fulfilled_on IS NOT NULL`,
      to: 'repaired',
      how: 'automatic',
      auditAction: 'credit.penalty.auto-repair',
      audit: 'grouped',
      platforms,
    });
    // Mirrors expiryDue: what step 2 repaired is no longer published.
    const expired = await closeRecords(tx, ctx, {
      where: sql`max_end < ${today}::date`,
      to: 'expired',
      how: null,
      auditAction: 'credit.penalty.expire',
      audit: 'grouped',
      platforms,
    });
    return { repaired: repaired.closed, expired: expired.closed, queued: repaired.queued + expired.queued };
  });
}

/** Step 1. Lookups that fail leave the record for the next run; a missing receipt means not paid yet. */
export async function confirmFinePayments(
  db: Db,
  ctx: Ctx,
  config: CreditConfig,
  opts: { signal?: AbortSignal; log?: FastifyBaseLogger } = {},
): Promise<{ asked: number; paid: number; failed: number }> {
  if (!config.fiscalUrl) return { asked: 0, paid: 0, failed: 0 };
  const today = chinaDay(ctx.now);
  const due = await rows<{ id: string; decision_no: string; fine_amount: string | number; enterprise_id: string }>(
    db,
    sql`SELECT id, decision_no, fine_amount, enterprise_id FROM credit_penalty
        WHERE status = 'published' AND auto_repair AND min_end < ${today}::date AND duties_fulfilled_on IS NULL
        ORDER BY payment_checked_at NULLS FIRST, min_end
        LIMIT ${RECEIPT_BATCH}`,
  );
  if (due.length === 0) return { asked: 0, paid: 0, failed: 0 };
  const paid: { id: string; paidOn: string; receiptNo: string }[] = [];
  let failed = 0;
  let next = 0;
  const worker = async () => {
    while (next < due.length && !opts.signal?.aborted) {
      const r = due[next++]!;
      try {
        const receipt = await findFineReceipt(config, { decisionNo: r.decision_no, amount: Number(r.fine_amount) }, opts.signal);
        if (receipt) paid.push({ id: r.id, paidOn: receipt.paidOn, receiptNo: receipt.receiptNo });
      } catch (err) {
        failed++;
        opts.log?.warn({ err, penaltyId: r.id }, 'fiscal receipt lookup failed');
      }
    }
  };
  await Promise.all(Array.from({ length: RECEIPT_CONCURRENCY }, worker));
  await db.transaction(async (tx) => {
    await tx.execute(
      sql`UPDATE credit_penalty SET payment_checked_at = ${ctx.now.toISOString()}::timestamptz
          WHERE id = ANY(${sql.param(due.map((r) => r.id))}::uuid[])`,
    );
    if (paid.length === 0) return;
    await tx.execute(
      sql`UPDATE credit_penalty p SET duties_fulfilled_on = v.paid_on
          FROM unnest(${sql.param(paid.map((x) => x.id))}::uuid[], ${sql.param(paid.map((x) => x.paidOn))}::date[]) AS v(id, paid_on)
          WHERE p.id = v.id AND p.duties_fulfilled_on IS NULL`,
    );
    await recordAudit(tx, ctx, {
      action: 'credit.penalty.payment-confirmed',
      targetType: 'credit_penalty',
      detail: { source: 'fiscal-receipts', records: paid.map((x) => ({ id: x.id, receiptNo: x.receiptNo, paidOn: x.paidOn })) },
    });
  });
  return { asked: due.length, paid: paid.length, failed };
}

export const autoRepairJob: JobDefinitionInput = {
  name: AUTO_REPAIR_JOB,
  // 01:30 every day, China time: the day's decisions are in, the platforms are quiet.
  schedule: '30 1 * * *',
  handler: async ({ deps, ctx, log, signal }) => {
    const config = creditConfig();
    const receipts = await confirmFinePayments(deps.database.db, ctx, config, { signal, log });
    const swept = await sweepPenalties(deps.database.db, ctx, connectedPlatforms(config));
    return { ...swept, receipts };
  },
};

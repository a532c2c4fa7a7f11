/**
 * H4 — verification of the audit chain: walks the sealed rows in seq order, page by page (keyset on seq, so
 * memory stays flat over millions of rows), and reports the first row where the chain breaks:
 *
 *   seq-gap             the row's seq is not the one after its predecessor's (a row was deleted before it)
 *   prev-hash-mismatch  its prev_hash is not its predecessor's hash (a row deleted or moved, or the predecessor's
 *                       hash rewritten)
 *   hash-mismatch       its hash is not SM3(prev_hash ‖ canonical content) (the row was edited after sealing)
 *
 * Rows are checked in that order. A tampered row whose hash was recomputed shows as a prev-hash-mismatch at the
 * row after it. What the chain alone cannot show is the removal of the newest rows (truncation at the head):
 * that needs the head's hash kept elsewhere.
 */
import { asc, count, eq, gte, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.js';
import { auditLog } from './schema.js';
import { GENESIS_HASH, auditRowHash } from './canonical.js';
import { auditContentColumns } from './seal.js';

export type ChainBreakReason = 'hash-mismatch' | 'prev-hash-mismatch' | 'seq-gap';

export interface AuditChainReport {
  ok: boolean;
  /** Sealed rows checked (from `fromSeq`, up to the first break when there is one). */
  sealed: number;
  /** Rows written but not yet sealed. */
  unsealed: number;
  firstBroken?: { seq: number; id: string; reason: ChainBreakReason };
}

const DEFAULT_PAGE = 5000;

export async function verifyAuditChain(
  db: DbOrTx,
  opts: { fromSeq?: number; pageSize?: number } = {},
): Promise<AuditChainReport> {
  const pageSize = Math.max(1, Math.floor(opts.pageSize ?? DEFAULT_PAGE));
  const start = Math.max(1, Math.floor(opts.fromSeq ?? 1));

  // The hash the first checked row must point back to. From the middle of the chain it is the stored hash of
  // the row before; if that row is gone, the first checked row follows a gap.
  let expectedPrev: string | null = GENESIS_HASH;
  if (start > 1) {
    const [before] = await db
      .select({ hash: auditLog.hash })
      .from(auditLog)
      .where(eq(auditLog.seq, start - 1))
      .limit(1);
    expectedPrev = before ? (before.hash ?? '') : null;
  }
  let expectedSeq = start;
  let sealed = 0;
  let firstBroken: AuditChainReport['firstBroken'];

  walk: for (;;) {
    const page = await db
      .select({ ...auditContentColumns, seq: auditLog.seq, prevHash: auditLog.prevHash, hash: auditLog.hash })
      .from(auditLog)
      .where(gte(auditLog.seq, expectedSeq))
      .orderBy(asc(auditLog.seq))
      .limit(pageSize);
    for (const row of page) {
      const seq = Number(row.seq);
      const broken = (reason: ChainBreakReason) => ({ seq, id: row.id, reason });
      if (seq !== expectedSeq || expectedPrev === null) {
        firstBroken = broken('seq-gap');
        break walk;
      }
      if (row.prevHash !== expectedPrev) {
        firstBroken = broken('prev-hash-mismatch');
        break walk;
      }
      if (row.hash !== auditRowHash(row.prevHash, row)) {
        firstBroken = broken('hash-mismatch');
        break walk;
      }
      sealed += 1;
      expectedSeq = seq + 1;
      expectedPrev = row.hash;
    }
    if (page.length < pageSize) break;
  }

  const [pending] = await db.select({ n: count() }).from(auditLog).where(isNull(auditLog.seq));
  const unsealed = Number(pending?.n ?? 0);
  return firstBroken ? { ok: false, sealed, unsealed, firstBroken } : { ok: true, sealed, unsealed };
}

const REASON_ZH: Record<ChainBreakReason, string> = {
  'hash-mismatch': '哈希值与内容不符（封存后被修改）',
  'prev-hash-mismatch': '前序哈希不衔接（前一条被删除、移动或改写）',
  'seq-gap': '序号不连续（前一条被删除）',
};
const REASON_EN: Record<ChainBreakReason, string> = {
  'hash-mismatch': 'hash does not match the content (edited after sealing)',
  'prev-hash-mismatch': 'prev_hash does not link to the row before (a row deleted, moved or rewritten)',
  'seq-gap': 'seq does not follow the row before (a row deleted)',
};

/** A human summary of a report: the Chinese line, then the English one. */
export function describeAuditReport(report: AuditChainReport, newlySealed: number): string[] {
  const b = report.firstBroken;
  if (!b) {
    return [
      `审计链校验通过：已校验封存记录 ${report.sealed} 条，待封存 ${report.unsealed} 条（本次封存 ${newlySealed} 条）。`,
      `Audit chain intact: ${report.sealed} sealed rows verified, ${report.unsealed} unsealed (${newlySealed} sealed by this run).`,
    ];
  }
  return [
    `审计链已损坏：第一个异常位于序号 ${b.seq}（ID ${b.id}）：${REASON_ZH[b.reason]}。在此之前校验的 ${report.sealed} 条完好。`,
    `Audit chain BROKEN at seq ${b.seq} (id ${b.id}): ${b.reason} — ${REASON_EN[b.reason]}. ${report.sealed} rows before it verified.`,
  ];
}

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
 * row after it. What the chain alone cannot show is a row edited with every later hash recomputed, or the removal
 * of the newest rows: with an anchor (anchor.ts) the signed seals show both —
 *
 *   seal-mismatch        a seal signed by the anchor's key names another hash (or count, or chain) for its row:
 *                        a row at or before it was changed and the chain recomputed
 *   seal-forged          a seal carries the anchor's key id but its signature does not verify
 *   sealed-rows-missing  a signed seal (in the database or the one kept outside it) names a head past the chain's
 *                        last row: the newest rows were deleted
 *
 * With an anchor, `sealed` counts the rows up to the last signed seal and `unsealed` every row after it (chained
 * or not): only a signed seal vouches for a row.
 */
import { and, asc, count, desc, eq, gt, gte, isNull, lte } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.js';
import { auditLog, auditSeal } from './schema.js';
import { GENESIS_HASH, auditRowHash } from './canonical.js';
import { auditContentColumns, chainIdOf } from './seal.js';
import type { AuditAnchor, SignedSeal } from './anchor.js';

export type ChainBreakReason =
  | 'hash-mismatch'
  | 'prev-hash-mismatch'
  | 'seq-gap'
  | 'seal-mismatch'
  | 'seal-forged'
  | 'sealed-rows-missing';

export interface AuditChainReport {
  ok: boolean;
  /** Sealed rows checked (from `fromSeq`, up to the first break when there is one); with an anchor, up to its last seal. */
  sealed: number;
  /** Rows written but not yet sealed; with an anchor, also the chained rows after its last seal. */
  unsealed: number;
  /** The row where the chain breaks; `id` is null when the row is missing (sealed-rows-missing). */
  firstBroken?: { seq: number; id: string | null; reason: ChainBreakReason };
  /** With an anchor: the last signed seal that verified (null: none yet), and seals signed by other keys. */
  anchor?: { seq: number; sealedAt: string; keyId: string; untrustedSeals: number } | null;
}

const DEFAULT_PAGE = 5000;

type SealRow = typeof auditSeal.$inferSelect;

export async function verifyAuditChain(
  db: DbOrTx,
  opts: { fromSeq?: number; pageSize?: number; anchor?: AuditAnchor } = {},
): Promise<AuditChainReport> {
  const anchor = opts.anchor;
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
  const chainId = anchor ? await chainIdOf(db) : undefined;
  let lastSeal: SignedSeal | undefined;
  let untrustedSeals = 0;
  /** A seal's verdict against its row: undefined when it vouches for the row (or is another key's). */
  const judgeSeal = (seal: SealRow, rowHash: string | null): ChainBreakReason | undefined => {
    if (!anchor) return undefined;
    if (seal.keyId !== anchor.keyId) {
      untrustedSeals++;
      return undefined;
    }
    if (!anchor.verify(seal)) return 'seal-forged';
    if (seal.chainId !== chainId || seal.headHash !== rowHash || seal.rowCount !== seal.seq) return 'seal-mismatch';
    if (!lastSeal || seal.seq > lastSeal.seq) lastSeal = seal;
    return undefined;
  };

  walk: for (;;) {
    const page = await db
      .select({ ...auditContentColumns, seq: auditLog.seq, prevHash: auditLog.prevHash, hash: auditLog.hash })
      .from(auditLog)
      .where(gte(auditLog.seq, expectedSeq))
      .orderBy(asc(auditLog.seq))
      .limit(pageSize);
    const seals = new Map<number, SealRow>();
    if (anchor && page.length > 0) {
      const first = Number(page[0]!.seq);
      const last = Number(page[page.length - 1]!.seq);
      const found = await db
        .select()
        .from(auditSeal)
        .where(and(gte(auditSeal.seq, first), lte(auditSeal.seq, last)));
      for (const seal of found) seals.set(Number(seal.seq), seal);
    }
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
      const seal = seals.get(seq);
      const verdict = seal && judgeSeal(seal, row.hash);
      if (verdict) {
        firstBroken = broken(verdict);
        break walk;
      }
      sealed += 1;
      expectedSeq = seq + 1;
      expectedPrev = row.hash;
    }
    if (page.length < pageSize) break;
  }

  const [pending] = await db.select({ n: count() }).from(auditLog).where(isNull(auditLog.seq));
  let unsealed = Number(pending?.n ?? 0);
  if (!anchor) return firstBroken ? { ok: false, sealed, unsealed, firstBroken } : { ok: true, sealed, unsealed };

  if (!firstBroken) {
    // Seals past the chain's last row, in the database or kept outside it, mean the newest rows were deleted.
    const lastRowSeq = expectedSeq - 1;
    const later = await db
      .select()
      .from(auditSeal)
      .where(gt(auditSeal.seq, lastRowSeq))
      .orderBy(desc(auditSeal.seq))
      .limit(1000);
    const kept = chainId ? await anchor.latestSeal(chainId) : undefined;
    const trustedLater = later.find((s) => s.keyId === anchor.keyId);
    untrustedSeals += later.filter((s) => s.keyId !== anchor.keyId).length;
    if (trustedLater) {
      firstBroken = {
        seq: lastRowSeq + 1,
        id: null,
        reason: anchor.verify(trustedLater) ? 'sealed-rows-missing' : 'seal-forged',
      };
    } else if (kept && anchor.verify(kept) && kept.seq > lastRowSeq) {
      firstBroken = { seq: lastRowSeq + 1, id: null, reason: 'sealed-rows-missing' };
    } else if (kept && anchor.verify(kept) && kept.seq >= start) {
      const [row] = await db
        .select({ id: auditLog.id, hash: auditLog.hash })
        .from(auditLog)
        .where(eq(auditLog.seq, kept.seq))
        .limit(1);
      if (!row || row.hash !== kept.headHash || kept.rowCount !== kept.seq) {
        firstBroken = { seq: kept.seq, id: row?.id ?? null, reason: 'seal-mismatch' };
      } else if (!lastSeal || kept.seq > lastSeal.seq) lastSeal = kept;
    }
  }
  const anchorOut = lastSeal
    ? { seq: lastSeal.seq, sealedAt: lastSeal.sealedAt.toISOString(), keyId: lastSeal.keyId, untrustedSeals }
    : null;
  if (firstBroken) return { ok: false, sealed, unsealed, firstBroken, anchor: anchorOut };
  // Only a signed seal vouches for a row: chained rows after the last seal count as unsealed.
  const vouched = lastSeal ? Math.max(0, Math.min(sealed, lastSeal.seq - start + 1)) : 0;
  unsealed += sealed - vouched;
  return { ok: true, sealed: vouched, unsealed, anchor: anchorOut };
}

const REASON_ZH: Record<ChainBreakReason, string> = {
  'hash-mismatch': '哈希值与内容不符（封存后被修改）',
  'prev-hash-mismatch': '前序哈希不衔接（前一条被删除、移动或改写）',
  'seq-gap': '序号不连续（前一条被删除）',
  'seal-mismatch': '与签名封印不符（封印之前的记录被修改并重算哈希链）',
  'seal-forged': '封印签名无效（封印被伪造或篡改）',
  'sealed-rows-missing': '已签名封印的最新记录缺失（尾部记录被删除）',
};
const REASON_EN: Record<ChainBreakReason, string> = {
  'hash-mismatch': 'hash does not match the content (edited after sealing)',
  'prev-hash-mismatch': 'prev_hash does not link to the row before (a row deleted, moved or rewritten)',
  'seq-gap': 'seq does not follow the row before (a row deleted)',
  'seal-mismatch': 'does not match its signed seal (a row up to it was changed and the chain recomputed)',
  'seal-forged': 'a seal signature does not verify (the seal was forged or altered)',
  'sealed-rows-missing': 'rows a signed seal vouches for are missing (the newest rows were deleted)',
};

/** A human summary of a report: the Chinese line, then the English one. */
export function describeAuditReport(report: AuditChainReport, newlySealed: number): string[] {
  const b = report.firstBroken;
  const a = report.anchor;
  const anchorLines =
    a === undefined
      ? []
      : a === null
        ? ['尚无签名封印。', 'No signed seal yet.']
        : [
            `最后签名封印：序号 ${a.seq}，${a.sealedAt}，密钥 ${a.keyId}${a.untrustedSeals ? `；其他密钥的封印 ${a.untrustedSeals} 个未采信` : ''}。`,
            `Last signed seal: seq ${a.seq}, ${a.sealedAt}, key ${a.keyId}${a.untrustedSeals ? `; ${a.untrustedSeals} seals by other keys not trusted` : ''}.`,
          ];
  if (!b) {
    return [
      `审计链校验通过：已校验封存记录 ${report.sealed} 条，待封存 ${report.unsealed} 条（本次封存 ${newlySealed} 条）。`,
      `Audit chain intact: ${report.sealed} sealed rows verified, ${report.unsealed} unsealed (${newlySealed} sealed by this run).`,
      ...anchorLines,
    ];
  }
  const id = b.id ?? '—';
  return [
    `审计链已损坏：第一个异常位于序号 ${b.seq}（ID ${id}）：${REASON_ZH[b.reason]}。在此之前校验的 ${report.sealed} 条完好。`,
    `Audit chain BROKEN at seq ${b.seq} (id ${id}): ${b.reason} — ${REASON_EN[b.reason]}. ${report.sealed} rows before it verified.`,
    ...anchorLines,
  ];
}

/**
 * C4 无感申请 — the system fetches the proofs itself from the connected sources: the fine's payment e-receipt
 * from the fiscal platform (matched by decision number and amount), the rectification record from the industry
 * platform. What no source holds is marked missing, and only that is asked of the subject. A source that does
 * not answer counts as not holding it (`unavailable`), so the subject is never stuck; gathering may be repeated.
 */
import type { Proof } from './schema.js';
import type { ProofKind } from './rules/kinds.js';
import type { CreditConfig } from './config.js';
import { findFineReceipt } from './connectors/fiscal-receipts.js';
import { findRectification } from './connectors/industry.js';

export interface ProofSubject {
  uscc: string;
  decisionNo: string;
  fineAmount: number | null;
}

function missing(kind: ProofKind, source: string, detail: Record<string, unknown>): Proof {
  return { kind, status: 'missing', source, reference: null, detail, at: null };
}

async function gatherOne(kind: ProofKind, s: ProofSubject, config: CreditConfig, now: Date): Promise<Proof> {
  if (kind === 'fine-receipt') {
    if (!config.fiscalUrl) return missing(kind, 'fiscal-receipts', { connected: false });
    try {
      const r = await findFineReceipt(config, { decisionNo: s.decisionNo, amount: s.fineAmount ?? 0 });
      if (!r) return missing(kind, 'fiscal-receipts', { found: false });
      return { kind, status: 'gathered', source: 'fiscal-receipts', reference: r.receiptNo, detail: { ...r }, at: now.toISOString() };
    } catch (err) {
      return missing(kind, 'fiscal-receipts', { unavailable: true, error: err instanceof Error ? err.message : String(err) });
    }
  }
  if (!config.industryUrl) return missing(kind, 'industry', { connected: false });
  try {
    const r = await findRectification(config, { uscc: s.uscc, decisionNo: s.decisionNo });
    if (!r) return missing(kind, 'industry', { found: false });
    return { kind, status: 'gathered', source: 'industry', reference: r.id, detail: { ...r }, at: now.toISOString() };
  } catch (err) {
    return missing(kind, 'industry', { unavailable: true, error: err instanceof Error ? err.message : String(err) });
  }
}

/** Gathers every kind not already in hand (gathered or uploaded proofs are kept), in parallel. */
export async function gatherProofs(
  kinds: readonly ProofKind[],
  s: ProofSubject,
  config: CreditConfig,
  now: Date,
  have: readonly Proof[] = [],
): Promise<Proof[]> {
  return Promise.all(
    kinds.map((kind) => {
      const held = have.find((p) => p.kind === kind && p.status !== 'missing');
      return held ?? gatherOne(kind, s, config, now);
    }),
  );
}

import type { Translate } from '../i18n';
import type { Penalty, Proof } from './types';

const text = (v: unknown): string | null => (typeof v === 'string' && v ? v : null);
const num = (v: unknown): number | null => (typeof v === 'number' ? v : null);

/** What a fine receipt says, read from the proof's detail (as the fiscal platform answered). */
export function receiptOf(proof: Proof) {
  const d = proof.detail;
  return {
    receiptNo: text(d.receiptNo) ?? proof.reference,
    decisionNo: text(d.decisionNo),
    amount: num(d.amount),
    payer: text(d.payer),
    paidOn: text(d.paidOn),
  };
}

/** What a rectification record says (the industry platform). */
export function rectificationOf(proof: Proof) {
  const d = proof.detail;
  return {
    id: text(d.id) ?? proof.reference,
    decisionNo: text(d.decisionNo),
    completedOn: text(d.completedOn),
    summary: text(d.summary),
  };
}

/** The receipt was matched to the record by decision number and amount (C4). */
export function receiptMatches(proof: Proof, p: Pick<Penalty, 'decisionNo' | 'fineAmount'>): boolean {
  const r = receiptOf(proof);
  return r.decisionNo === p.decisionNo && r.amount !== null && Math.abs(r.amount - (p.fineAmount ?? 0)) < 0.005;
}

/** Why a proof is missing: no source connected, the source did not answer, or it holds none. */
export function missingReason(proof: Proof, t: Translate): string {
  if (proof.detail.connected === false) return t('credit.proof.why.notConnected');
  if (proof.detail.unavailable) return t('credit.proof.why.unavailable');
  return t('credit.proof.why.notFound');
}

import type { Translate } from '../i18n';
import type { Penalty, Proof } from './types';

const text = (v: unknown): string | null => (typeof v === 'string' && v ? v : null);
const num = (v: unknown): number | null => (typeof v === 'number' ? v : null);

/** The named fields of a proof's detail as text: null where one is absent or not text. */
function textsOf<K extends string>(proof: Proof, keys: readonly K[]): Record<K, string | null> {
  return Object.fromEntries(keys.map((k) => [k, text(proof.detail[k])])) as Record<K, string | null>;
}

/** What a fine receipt says, read from the proof's detail (as the fiscal platform answered). */
export function receiptOf(proof: Proof) {
  return {
    ...textsOf(proof, ['decisionNo', 'payer', 'paidOn']),
    receiptNo: text(proof.detail.receiptNo) ?? proof.reference,
    amount: num(proof.detail.amount),
  };
}

/** What a rectification record says (the industry platform). */
export function rectificationOf(proof: Proof) {
  return {
    ...textsOf(proof, ['decisionNo', 'completedOn', 'summary']),
    id: text(proof.detail.id) ?? proof.reference,
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

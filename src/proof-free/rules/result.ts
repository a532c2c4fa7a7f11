/**
 * What a source's answer proves: an `absence` proof (无交通肇事犯罪记录) is confirmed when the source holds no
 * record, a `presence` proof (社保缴费证明) when it holds one; no answer leaves it `unavailable`.
 */
export type ProofResult = 'confirmed' | 'not-confirmed' | 'unavailable';

export function proofResult(
  proves: 'absence' | 'presence',
  answer: { ok: true; found: boolean } | { ok: false },
): ProofResult {
  if (!answer.ok) return 'unavailable';
  return (proves === 'absence') !== answer.found ? 'confirmed' : 'not-confirmed';
}

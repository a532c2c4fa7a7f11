/**
 * A8 — when an enterprise may rate a visit: once, after the visit's window began, unless the code was revoked.
 * The evaluate operation refuses by this, and the inspection's answer carries it (`evaluation.allowed`) so the
 * web shows the 评价 button exactly when a rating would be accepted. Pure.
 */
export type EvaluationBar = 'inspection-not-open' | 'evaluation-before-visit' | 'already-evaluated';

export function evaluationBar(i: { status: string; windowStart: Date }, evaluated: boolean, now: Date): EvaluationBar | null {
  if (i.status === 'revoked') return 'inspection-not-open';
  if (now.getTime() < i.windowStart.getTime()) return 'evaluation-before-visit';
  if (evaluated) return 'already-evaluated';
  return null;
}

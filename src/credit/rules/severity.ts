/** C1 — the severity of a penalty record when the deciding department did not give one. Pure. */
import type { PenaltyKind, Procedure, Severity } from './kinds.js';
import type { SeverityRules } from './rule-set.js';

/**
 * Serious when any kind is a serious kind (暂扣/吊销许可证件, 责令停产停业, 限制从业 by default) or the fine
 * reaches `seriousFineFrom`; minor when every kind is a minor kind (警告, 通报批评 — 申诫类) or, where the set says
 * so (令第36号), the penalty was decided under the summary procedure (简易程序); otherwise ordinary (fines,
 * confiscation, other).
 */
export function deriveSeverity(
  kinds: readonly PenaltyKind[],
  fineAmount: number | null,
  rules: SeverityRules,
  procedure: Procedure = 'ordinary',
): Severity {
  if (kinds.some((k) => rules.seriousKinds.includes(k))) return 'serious';
  if (rules.seriousFineFrom !== null && (fineAmount ?? 0) >= rules.seriousFineFrom) return 'serious';
  if (kinds.length > 0 && kinds.every((k) => rules.minorKinds.includes(k))) return 'minor';
  if (procedure === 'summary' && rules.summaryIsMinor) return 'minor';
  return 'ordinary';
}

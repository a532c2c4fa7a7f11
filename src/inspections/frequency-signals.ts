import type { NewSignal } from '../supervision/index.js';
import { frequencyBreaches, frequencySignalKey } from './rules/visit-frequency.js';
import { ruleSetRef, type InspectionRuleSet } from './rules/rule-set.js';
import type { Nearby } from './load-nearby.js';

/**
 * A9 — after a new visit, the alerts for supervision when the enterprise has more than 2 visits in 7 days or more
 * than 3 in 30 days (all departments, planned and triggered): each breach with the signal that stores it (raised
 * through supervision's `raiseSignal` in the visit's transaction). One signal per episode: see `frequencySignalKey`.
 */
export function frequencySignals(
  rules: InspectionRuleSet,
  visit: { id: string; enterpriseId: string; windowStart: Date; departmentId: string },
  nearby: Nearby[],
): { breach: { kind: 'frequency-7d' | 'frequency-30d'; count: number; days: number }; signal: NewSignal }[] {
  const starts = [...nearby.filter((n) => n.id !== visit.id).map((n) => n.windowStart), visit.windowStart];
  return frequencyBreaches(starts, visit.windowStart, rules.alerts).map((b) => ({
    breach: { kind: b.kind, count: b.count, days: b.days },
    signal: {
      kind: b.kind,
      severity: b.kind === 'frequency-7d' ? 'high' : 'medium',
      dedupeKey: frequencySignalKey(b, visit.enterpriseId),
      enterpriseId: visit.enterpriseId,
      inspectionId: visit.id,
      departmentId: visit.departmentId,
      detail: { count: b.count, days: b.days, max: b.max, windowFrom: b.windowFrom.toISOString(), ruleSet: ruleSetRef(rules) },
    },
  }));
}

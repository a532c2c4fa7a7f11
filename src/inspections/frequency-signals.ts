import type { DbOrTx } from '../platform/db/client.js';
import { raiseSignal } from '../supervision/index.js';
import { frequencyBreaches, frequencySignalKey } from './rules/visit-frequency.js';
import { ruleSetRef, type InspectionRuleSet } from './rules/rule-set.js';
import type { Nearby } from './load-nearby.js';

/**
 * A9 — after a new visit, store an alert for supervision when the enterprise has more than 2 visits in 7 days
 * or more than 3 in 30 days (all departments, planned and triggered). One signal per episode: see
 * `frequencySignalKey`.
 */
export async function raiseFrequencySignals(
  tx: DbOrTx,
  now: Date,
  rules: InspectionRuleSet,
  visit: { id: string; enterpriseId: string; windowStart: Date; departmentId: string },
  nearby: Nearby[],
): Promise<{ kind: 'frequency-7d' | 'frequency-30d'; count: number; days: number }[]> {
  const starts = [...nearby.filter((n) => n.id !== visit.id).map((n) => n.windowStart), visit.windowStart];
  const breaches = frequencyBreaches(starts, visit.windowStart, rules.alerts);
  for (const b of breaches) {
    await raiseSignal(tx, now, {
      kind: b.kind,
      severity: b.kind === 'frequency-7d' ? 'high' : 'medium',
      dedupeKey: frequencySignalKey(b, visit.enterpriseId),
      enterpriseId: visit.enterpriseId,
      inspectionId: visit.id,
      departmentId: visit.departmentId,
      detail: { count: b.count, days: b.days, max: b.max, windowFrom: b.windowFrom.toISOString(), ruleSet: ruleSetRef(rules) },
    });
  }
  return breaches.map((b) => ({ kind: b.kind, count: b.count, days: b.days }));
}

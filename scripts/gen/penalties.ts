/**
 * Penalty records (行政处罚信息, C1) of an enterprise: department of its industry, kinds by class, fine, the
 * severity and publicity period the department's rule set gives (the credit part's pure rules), and where the
 * record stands today: published, repaired (automatically or on application), expired, or not published.
 * The decision number is unique per department by construction; `credit_decision_key` gets its row.
 */
import type { Random } from '../../src/platform/demo/random.js';
import type { PenaltyKind } from '../../src/credit/rules/kinds.js';
import { DEFAULT_RULE_SETS, type RuleSet } from '../../src/credit/rules/rule-set.js';
import { deriveSeverity } from '../../src/credit/rules/severity.js';
import { publicityOf } from '../../src/credit/rules/publicity.js';
import { DEMO_MINOR_PUBLISH_REASON } from '../../src/credit/demo-plan.js';
import { shiftDay, nextDay } from '../../src/credit/rules/days.js';
import type { GenEnterprise } from './enterprises.js';
import type { InspectionContext } from './inspections.js';
import { DAY_MS, HOUR_MS, TAG, chinaDay, idOf, line, weighted } from './lib.js';

export const PENALTY_COLUMNS = [
  'id', 'enterprise_id', 'uscc', 'department_id', 'decision_no', 'decision_date', 'kinds', 'fine_amount', 'severity', 'severity_given', 'rule_set_id',
  'publicity_class', 'publicity_start', 'min_end', 'max_end', 'auto_repair', 'duties_fulfilled_on', 'status', 'source', 'repaired_at', 'repaired_how', 'expired_at', 'created_at',
] as const;
export const DECISION_KEY_COLUMNS = ['department_id', 'decision_no', 'penalty_id', 'enterprise_id'] as const;

const KIND_MIX: readonly (readonly [PenaltyKind[], number])[] = [
  [['warning'], 25], [['fine'], 45], [['warning', 'fine'], 8], [['fine', 'confiscation'], 8], [['circulated-criticism'], 3],
  [['licence-suspension'], 3], [['production-suspension'], 3], [['fine', 'licence-revocation'], 1], [['practice-restriction'], 1], [['other'], 3],
];

/** Midnight (China) starting `day`, as an instant. */
const startOfDay = (day: string) => new Date(`${day}T00:00:00+08:00`).toISOString();

export interface PenaltySink {
  penalty(l: string): void;
  decisionKey(l: string): void;
}

export function writePenalties(ctx: InspectionContext, e: GenEnterprise, enterpriseId: string, count: number, rng: Random, sink: PenaltySink): number {
  const credit = ctx.plan.credit;
  if (!credit || count <= 0) return 0;
  const leads = ctx.leads.get(e.industry);
  if (!leads?.length) return 0;
  const now = ctx.plan.nowMs;
  const today = chinaDay(now);
  for (let j = 0; j < count; j++) {
    const departmentId = weighted(rng, leads);
    const dept = ctx.plan.departments[ctx.deptIndex.get(departmentId)!]!;
    const code = dept.field === 'market' ? 'market-regulation' : 'national';
    const rules: RuleSet = DEFAULT_RULE_SETS[code]!;
    const decisionMs = now - rng.int(1, 3 * 365) * DAY_MS;
    const decisionDate = chinaDay(decisionMs);
    const kinds = weighted(rng, KIND_MIX);
    const fineAmount = kinds.includes('fine') ? Math.max(100, Math.round(Math.exp(8 + 1.3 * gaussian(rng)) / 100) * 100) : null;
    const severity = deriveSeverity(kinds, fineAmount, rules.severity);
    const pub = publicityOf({ decisionDate, kinds, severity, fineAmount, publishReason: DEMO_MINOR_PUBLISH_REASON }, rules);
    const fulfilled = (fineAmount ?? 0) > 0 ? (rng.chance(0.85) ? shiftDay(decisionDate, rng.int(5, 60)) : null) : decisionDate;
    const dutiesFulfilledOn = fulfilled !== null && fulfilled <= today ? fulfilled : null;
    let status: 'published' | 'repaired' | 'expired' | 'not-published' = 'published';
    let repairedAt: string | null = null;
    let repairedHow: 'automatic' | 'application' | null = null;
    let expiredAt: string | null = null;
    if (!pub.published) status = 'not-published';
    else if (pub.maxEnd !== null && pub.maxEnd < today) {
      status = 'expired';
      expiredAt = startOfDay(nextDay(pub.maxEnd));
    } else if (pub.minEnd !== null && pub.minEnd < today && dutiesFulfilledOn !== null) {
      const from = nextDay(pub.minEnd > dutiesFulfilledOn ? pub.minEnd : dutiesFulfilledOn);
      if (pub.autoRepair) {
        status = 'repaired';
        repairedHow = 'automatic';
        repairedAt = startOfDay(from);
      } else if (rng.chance(0.3)) {
        status = 'repaired';
        repairedHow = 'application';
        repairedAt = startOfDay(shiftDay(from, rng.int(3, 40)));
        if (repairedAt > new Date(now).toISOString()) {
          status = 'published';
          repairedAt = null;
          repairedHow = null;
        }
      }
    }
    const id = idOf(decisionMs + rng.int(1, 72) * HOUR_MS, TAG.penalty, e.index, j);
    const decisionNo = `${dept.shortName}罚决字〔${decisionDate.slice(0, 4)}〕${String(e.index).padStart(7, '0')}-${j + 1}号`;
    sink.penalty(
      line([
        id, enterpriseId, e.uscc, departmentId, decisionNo, decisionDate, kinds, fineAmount, severity, false, credit.ruleSetIds[code] ?? credit.ruleSetIds.national!,
        pub.className, pub.start, pub.minEnd, pub.maxEnd, pub.autoRepair, dutiesFulfilledOn, status, 'import', repairedAt, repairedHow, expiredAt,
        new Date(decisionMs + rng.int(1, 72) * HOUR_MS).toISOString(),
      ]),
    );
    sink.decisionKey(line([departmentId, decisionNo, id, enterpriseId]));
  }
  return count;
}

function gaussian(rng: Random): number {
  const u = Math.max(1e-12, rng.next());
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng.next());
}

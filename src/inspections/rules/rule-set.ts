/**
 * Part A's numbers as a versioned rule set (issue 11, defect 10): A3's planned-code window, A4's joint-proposal
 * window, A7's result deadline, A9's frequency alerts, the emergency back-fill limit and the longest window.
 * Each version has an id, a version number, the China day it takes effect and the source of its numbers. The
 * rules read their numbers from the set in force at `now`; each issued code records the id and version applied.
 * A province overrides the built-in sets with its own versions (`INSPECTION_RULES_FILE`, rule-config.ts): a
 * province version in force wins over the built-in ones. Pure.
 */
import { z } from 'zod';
import { startOfChinaDay } from '../../platform/time/china.js';

const days = z.number().int().min(1).max(366);

export const inspectionRuleSetSchema = z.object({
  /** Stable name of the lineage, e.g. `part-a` (built in) or `anhui` (a province's own). */
  id: z.string().trim().min(1).max(60),
  version: z.number().int().min(1),
  name: z.string().trim().min(1).max(200),
  /** The China day (`YYYY-MM-DD`) from whose first instant (00:00 Asia/Shanghai) the version applies. */
  effectiveFrom: z.iso.date(),
  /** Where the numbers come from (document, article, seed line). */
  source: z.string().trim().min(1).max(1000),
  /** A3: at most one planned code per enterprise in any window of this many days. */
  plannedWindowDays: days,
  /** A4: propose a joint visit when another department's inspection starts within this many days. */
  jointWindowDays: days,
  /** A9: alert supervision when more than `max` visits fall within `days`. */
  alerts: z
    .array(z.object({ kind: z.enum(['frequency-7d', 'frequency-30d']), days, max: z.number().int().min(1).max(100) }))
    .max(2),
  /** A7: the result is due this many days after the window ends. */
  resultDueDays: z.number().int().min(0).max(90),
  /** Emergency codes may be back-filled up to this many days after the visit. */
  backfillLimitDays: z.number().int().min(0).max(90),
  /** The longest window one code may cover. */
  maxWindowDays: days,
});
export type InspectionRuleSet = z.infer<typeof inspectionRuleSetSchema>;
/** What an answer and an issued code name: the set applied. */
export type RuleSetRef = Pick<InspectionRuleSet, 'id' | 'version'>;

/** The built-in versions (RULES.md "Inspections"; the seed). A change of number is a new version, never an edit. */
export const PART_A_RULE_SETS: InspectionRuleSet[] = [
  {
    id: 'part-a',
    version: 1,
    name: '一次检查一个码（芜湖实践，产品默认）',
    effectiveFrom: '2024-01-01',
    source:
      'PRODUCT.md part A (A3 “一家企业在7天内仅能生成一个计划内的检查码”, A4 “检查日期相距7天内…形成联查”, A9 “7天内检查超过2次或30天内超过3次”); RULES.md “Inspections” (Wuhu practice: 1 planned code in 7 days, alert > 2 in 7 days or > 3 in 30 days, joint proposal within 7 days; Shenzhen back-fill within 10 days; product defaults: result due 3 days after the window, window at most 30 days)',
    plannedWindowDays: 7,
    jointWindowDays: 7,
    alerts: [
      { kind: 'frequency-7d', days: 7, max: 2 },
      { kind: 'frequency-30d', days: 30, max: 3 },
    ],
    resultDueDays: 3,
    backfillLimitDays: 10,
    maxWindowDays: 30,
  },
];

/** The first instant a version applies. */
export const effectiveAt = (s: Pick<InspectionRuleSet, 'effectiveFrom'>): Date => startOfChinaDay(s.effectiveFrom);

/** Of one list, the version in force at `now`: the latest effective date not after `now`, then the highest version. */
export function latestInForce(sets: readonly InspectionRuleSet[], now: Date): InspectionRuleSet | null {
  let best: InspectionRuleSet | null = null;
  for (const s of sets) {
    if (effectiveAt(s).getTime() > now.getTime()) continue;
    if (!best || s.effectiveFrom > best.effectiveFrom || (s.effectiveFrom === best.effectiveFrom && s.version > best.version)) best = s;
  }
  return best;
}

/**
 * The rule set in force at `now`: the province's own version in force, else the built-in one. Throws when
 * neither is (a misconfiguration: the built-in sets start before any code the product issues).
 */
export function ruleSetInForce(now: Date, province: readonly InspectionRuleSet[] = [], builtIn: readonly InspectionRuleSet[] = PART_A_RULE_SETS): InspectionRuleSet {
  const found = latestInForce(province, now) ?? latestInForce(builtIn, now);
  if (!found) throw new Error(`no part A rule set in force at ${now.toISOString()}`);
  return found;
}

/** The longest reach of any rule, in days (how far around a start the nearby visits are read). */
export const reachDays = (r: InspectionRuleSet): number => Math.max(r.plannedWindowDays, r.jointWindowDays, ...r.alerts.map((a) => a.days));

export const ruleSetRef = (r: InspectionRuleSet): RuleSetRef => ({ id: r.id, version: r.version });

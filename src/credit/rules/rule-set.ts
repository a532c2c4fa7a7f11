/**
 * C2 — a credit-repair rule set: how severity is derived, how long a record is shown, when it may be repaired.
 * Rule sets are data (stored versioned, changed by an administrator, audited); these are the four defaults of
 * RULES.md "Credit repair" — the national set and the market-regulation set, each with the one it replaced
 * and the day it took effect (the transition: rules/transition.ts). Pure.
 */
import { z } from 'zod';
import { PENALTY_KINDS, PROCEDURES, SEVERITIES, VIOLATION_FIELDS, type PenaltyKind, type Procedure, type Severity } from './kinds.js';

const kind = z.enum(PENALTY_KINDS);
const months = z.number().int().min(0).max(120);

export const severityRulesSchema = z.object({
  /** A record whose kinds are all among these is minor (申诫类: 警告, 通报批评). */
  minorKinds: z.array(kind),
  /** Any of these makes a record serious. */
  seriousKinds: z.array(kind),
  /** A fine of at least this many yuan makes a record serious (巨额罚款); null: fines never do by amount. */
  seriousFineFrom: z.number().positive().nullable(),
  /** A penalty decided under the summary procedure (简易程序) is minor (令第36号). */
  summaryIsMinor: z.boolean().optional(),
  /** Where the amount thresholds of this set come from (a province sets its own: cite it). */
  thresholdSource: z.string().trim().max(500).optional(),
});
export type SeverityRules = z.infer<typeof severityRulesSchema>;

export const publicityClassSchema = z.object({
  /** Stable name, recorded on each penalty record (e.g. `ordinary`, `never-early`). */
  name: z.string().trim().min(1).max(60),
  /** Every condition given must hold; `{}` matches every record. The first matching class applies. */
  when: z.object({
    severity: z.array(z.enum(SEVERITIES)).min(1).optional(),
    /** Every kind of the record is among these. */
    kindsWithin: z.array(kind).min(1).optional(),
    /** The record has at least one of these kinds. */
    anyKind: z.array(kind).min(1).optional(),
    /** The fine (0 when none) is at most this many yuan. */
    fineAtMost: z.number().min(0).optional(),
    /** The procedure the penalty was decided under. */
    procedure: z.array(z.enum(PROCEDURES)).min(1).optional(),
  }),
  /** Shown in the public credit record at all; otherwise the record is `not-published`. */
  publish: z.boolean(),
  /**
   * Not published in principle, but a department that records why (确有必要, 令第36号) publishes it: the reason
   * is kept with the department's rule-set assignment.
   */
  publishWhenNecessary: z.boolean().optional(),
  /** Calendar months of the minimum period; null: never repaired early — it only stops at the maximum. */
  minMonths: months.nullable(),
  /** A longer minimum for violations of some fields (market regulation: food, drugs, special equipment → 12 months). */
  longerMin: z.object({ months, violationFields: z.array(z.enum(VIOLATION_FIELDS)) }).nullable(),
  /** Calendar months of the maximum period, after which publicity stops by itself. */
  maxMonths: months,
  /** 免申即享: a minor record of this class is repaired without application once its minimum passed. */
  autoRepair: z.boolean(),
});
export type PublicityClass = z.infer<typeof publicityClassSchema>;

export const ruleSetSchema = z.object({
  name: z.string().trim().min(1).max(200),
  /** The legal basis, shown in repair notices. */
  basis: z.string().trim().min(1).max(500),
  /** The first decision day this set judges (absent: every day). */
  effectiveFrom: z.iso.date().optional(),
  /** The code of the set it replaced: records decided before `effectiveFrom` are judged by that one (从旧兼从轻). */
  replaces: z.string().trim().min(1).max(60).optional(),
  severity: severityRulesSchema,
  classes: z.array(publicityClassSchema).min(1).max(20),
  /** An application must show the harm was removed (整改) for records that are not minor. */
  requireRectification: z.boolean(),
  /** An application is refused while a later record of the same department and kind exists (no repeat). */
  requireNoRepeat: z.boolean(),
  /** Working days the credit officer has to decide an application (default 10). */
  reviewWorkingDays: z.number().int().min(1).max(60),
  /** Departments of these fields use this rule set unless assigned another. */
  defaultForFields: z.array(z.string()),
});
export type RuleSet = z.infer<typeof ruleSetSchema>;

export type RuleSetCode = string;

const NEVER_EARLY: PenaltyKind[] = ['production-suspension', 'licence-revocation', 'practice-restriction'];
const SERIOUS_KINDS: PenaltyKind[] = ['licence-suspension', 'licence-revocation', 'production-suspension', 'practice-restriction'];

/**
 * The serious-by-amount default. No national number exists: 令第36号 leaves the classification of serious
 * dishonesty to the industry authorities' standards. One million yuan (巨额罚款) is this product's default, to
 * be replaced by the province's own figure (a new version of the set, audited) with its source.
 */
const SERIOUS_FINE_FROM = 1_000_000;
const THRESHOLD_SOURCE = '产品默认值（无全国统一标准，令第36号第八条由行业主管部门制定分类标准）：罚款 100 万元以上为严重；省级部门另有规定的，按其规定修改本规则集并注明出处';

/**
 * 国家发展改革委令第58号《失信行为纠正后的信用信息修复管理办法（试行）》 (2023-05-01 to 2026-03-31): general
 * dishonesty 3 months to 1 year, serious 1 to 3 years; no minor class and no automatic repair.
 */
export const NATIONAL_2023_RULE_SET: RuleSet = {
  name: '国家发展改革委令第58号《失信行为纠正后的信用信息修复管理办法（试行）》',
  basis: '《失信行为纠正后的信用信息修复管理办法（试行）》（国家发展改革委令第58号，2023年5月1日起施行，2026年4月1日废止）',
  effectiveFrom: '2023-05-01',
  severity: { minorKinds: [], seriousKinds: SERIOUS_KINDS, seriousFineFrom: SERIOUS_FINE_FROM, summaryIsMinor: false, thresholdSource: THRESHOLD_SOURCE },
  classes: [
    { name: 'ordinary', when: { severity: ['minor', 'ordinary'] }, publish: true, minMonths: 3, longerMin: null, maxMonths: 12, autoRepair: false },
    { name: 'serious', when: { severity: ['serious'] }, publish: true, minMonths: 12, longerMin: null, maxMonths: 36, autoRepair: false },
  ],
  requireRectification: true,
  requireNoRepeat: false,
  reviewWorkingDays: 10,
  defaultForFields: [],
};

/**
 * 国家发展改革委令第36号《信用修复管理办法》 (in force 2026-04-01, replacing 令第58号): minor (警告, 通报批评, the
 * summary procedure) — not published in principle (a department that must publish records why: at most 3
 * months, repairable once duties are done, 免申即享); ordinary 3 months to 1 year; serious 1 year to 3 years;
 * periods from the decision date.
 */
export const NATIONAL_RULE_SET: RuleSet = {
  name: '国家发展改革委令第36号《信用修复管理办法》',
  basis: '《信用修复管理办法》（国家发展改革委令第36号，2026年4月1日起施行）、国办发〔2025〕22号',
  effectiveFrom: '2026-04-01',
  replaces: 'national-2023',
  severity: {
    minorKinds: ['warning', 'circulated-criticism'],
    seriousKinds: SERIOUS_KINDS,
    seriousFineFrom: SERIOUS_FINE_FROM,
    summaryIsMinor: true,
    thresholdSource: THRESHOLD_SOURCE,
  },
  classes: [
    { name: 'minor', when: { severity: ['minor'] }, publish: false, publishWhenNecessary: true, minMonths: 0, longerMin: null, maxMonths: 3, autoRepair: true },
    { name: 'ordinary', when: { severity: ['ordinary'] }, publish: true, minMonths: 3, longerMin: null, maxMonths: 12, autoRepair: false },
    { name: 'serious', when: { severity: ['serious'] }, publish: true, minMonths: 12, longerMin: null, maxMonths: 36, autoRepair: false },
  ],
  requireRectification: true,
  requireNoRepeat: false,
  reviewWorkingDays: 10,
  defaultForFields: [],
};

const MARKET_CLASSES: RuleSet['classes'] = [
  // 公示规定: only penalties of the ordinary procedure are published at all.
  { name: 'summary-procedure', when: { procedure: ['summary'] }, publish: false, minMonths: null, longerMin: null, maxMonths: 0, autoRepair: false },
  { name: 'warning-only', when: { kindsWithin: ['warning'] }, publish: false, minMonths: null, longerMin: null, maxMonths: 0, autoRepair: false },
  { name: 'never-early', when: { anyKind: NEVER_EARLY }, publish: true, minMonths: null, longerMin: null, maxMonths: 36, autoRepair: false },
  // 通报批评 or a lower fine: publicity stops after 3 months — a stop, not a repair.
  {
    name: 'lesser',
    when: { kindsWithin: ['warning', 'circulated-criticism', 'fine'], fineAtMost: 10_000 },
    publish: true,
    minMonths: null,
    longerMin: null,
    maxMonths: 3,
    autoRepair: false,
  },
  {
    name: 'other',
    when: {},
    publish: true,
    minMonths: 6,
    longerMin: { months: 12, violationFields: ['food', 'drugs', 'special-equipment'] },
    maxMonths: 36,
    autoRepair: false,
  },
];

/**
 * Market regulation 2021 (总局令第45号; 国市监信规〔2021〕3号; in force 2021-09-01): summary procedure and
 * warnings only — not published; 通报批评 or a lower fine — publicity stops after 3 months; suspension of
 * business, licence revocation, restriction of practice — never stopped early, 3 years; the rest — repairable
 * after 6 months (1 year for violations in food, drugs, special equipment), 3 years at most. "Lower fine"
 * (较低数额罚款) is set by the provincial market-regulation department: 10 000 yuan here, to configure.
 */
export const MARKET_REGULATION_2021_RULE_SET: RuleSet = {
  name: '市场监督管理行政处罚信息公示（总局令第45号、国市监信规〔2021〕3号）',
  basis: '《市场监督管理行政处罚信息公示规定》（总局令第45号）、《市场监督管理信用修复管理办法》（国市监信规〔2021〕3号）',
  effectiveFrom: '2021-09-01',
  severity: { ...NATIONAL_RULE_SET.severity, summaryIsMinor: false },
  classes: MARKET_CLASSES,
  requireRectification: true,
  requireNoRepeat: true,
  reviewWorkingDays: 10,
  defaultForFields: [],
};

/**
 * Market regulation from 2025-12-25 (《市场监督管理信用修复管理办法》, reported closely aligned with 令第36号). Its
 * text was not available when this set was written: the numbers are carried over from the 2021 set until
 * checked against it (an administrator changes them as a new version; see docs/RULES-IN-CODE.md).
 */
export const MARKET_REGULATION_RULE_SET: RuleSet = {
  name: '《市场监督管理信用修复管理办法》（2025年12月25日起施行）',
  basis: '《市场监督管理信用修复管理办法》（市场监管总局，2025年12月25日起施行）、《市场监督管理行政处罚信息公示规定》',
  effectiveFrom: '2025-12-25',
  replaces: 'market-regulation-2021',
  severity: { ...NATIONAL_RULE_SET.severity, summaryIsMinor: false },
  classes: MARKET_CLASSES,
  requireRectification: true,
  requireNoRepeat: true,
  reviewWorkingDays: 10,
  defaultForFields: ['market'],
};

export const DEFAULT_RULE_SETS: Record<string, RuleSet> = {
  national: NATIONAL_RULE_SET,
  'national-2023': NATIONAL_2023_RULE_SET,
  'market-regulation': MARKET_REGULATION_RULE_SET,
  'market-regulation-2021': MARKET_REGULATION_2021_RULE_SET,
};

/** What classification looks at. */
export interface ClassifyInput {
  kinds: readonly PenaltyKind[];
  severity: Severity;
  fineAmount: number | null;
  /** Absent: the ordinary procedure. */
  procedure?: Procedure;
}

export function matches(c: PublicityClass, r: ClassifyInput): boolean {
  const w = c.when;
  if (w.severity && !w.severity.includes(r.severity)) return false;
  if (w.kindsWithin && !r.kinds.every((k) => w.kindsWithin!.includes(k))) return false;
  if (w.anyKind && !r.kinds.some((k) => w.anyKind!.includes(k))) return false;
  if (w.fineAtMost !== undefined && (r.fineAmount ?? 0) > w.fineAtMost) return false;
  if (w.procedure && !w.procedure.includes(r.procedure ?? 'ordinary')) return false;
  return true;
}

export function classOf(rules: RuleSet, r: ClassifyInput): PublicityClass | undefined {
  return rules.classes.find((c) => matches(c, r));
}

/**
 * Problems of a rule set that parses: a record some combination of kinds and severity falls through (no class
 * matches it), or a minimum beyond the maximum. Checked before a new version is stored.
 */
export function ruleSetProblems(rules: RuleSet): string[] {
  const problems: string[] = [];
  for (const c of rules.classes) {
    if (c.minMonths !== null && c.minMonths > c.maxMonths) problems.push(`${c.name}: minimum beyond maximum`);
    if (c.longerMin && c.longerMin.months > c.maxMonths) problems.push(`${c.name}: longer minimum beyond maximum`);
    if ((c.publish || c.publishWhenNecessary) && c.maxMonths === 0) problems.push(`${c.name}: published with no period`);
  }
  const fines = [null, 1, 10_000, 1_000_000_000];
  for (const k of PENALTY_KINDS) {
    for (const kinds of [[k], [k, 'fine' as const]]) {
      for (const severity of SEVERITIES) {
        for (const fineAmount of fines) {
          for (const procedure of PROCEDURES) {
            if (!classOf(rules, { kinds, severity, fineAmount, procedure })) {
              problems.push(`no class for ${kinds.join('+')} / ${severity} / fine ${fineAmount ?? 0} / ${procedure}`);
              return problems;
            }
          }
        }
      }
    }
  }
  return problems;
}

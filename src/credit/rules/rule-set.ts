/**
 * C2 — a credit-repair rule set: how severity is derived, how long a record is shown, when it may be repaired.
 * Rule sets are data (stored versioned, changed by an administrator, audited); these are the two defaults of
 * RULES.md "Credit repair". Pure.
 */
import { z } from 'zod';
import { PENALTY_KINDS, SEVERITIES, type PenaltyKind, type Severity } from './kinds.js';

const kind = z.enum(PENALTY_KINDS);
const months = z.number().int().min(0).max(120);

export const severityRulesSchema = z.object({
  /** A record whose kinds are all among these is minor (申诫类: 警告, 通报批评). */
  minorKinds: z.array(kind),
  /** Any of these makes a record serious. */
  seriousKinds: z.array(kind),
  /** A fine of at least this many yuan makes a record serious (巨额罚款); null: fines never do by amount. */
  seriousFineFrom: z.number().positive().nullable(),
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
  }),
  /** Shown in the public credit record at all; otherwise the record is `not-published`. */
  publish: z.boolean(),
  /** Calendar months of the minimum period; null: never repaired early — it only stops at the maximum. */
  minMonths: months.nullable(),
  /** A longer minimum for some subjects (market regulation: food, drugs, special equipment → 12 months). */
  longerMin: z
    .object({ months, industries: z.array(z.string()), departmentFields: z.array(z.string()) })
    .nullable(),
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

export const RULE_SET_CODES = ['national', 'market-regulation'] as const;
export type RuleSetCode = string;

const NEVER_EARLY: PenaltyKind[] = ['production-suspension', 'licence-revocation', 'practice-restriction'];

/**
 * 国家发展改革委令第36号《信用修复管理办法》 (in force 2026-04-01): minor — not published in principle, at most
 * 3 months where published, repairable once duties are done (so no minimum), 免申即享 on; ordinary 3 months to
 * 1 year; serious 1 year to 3 years; periods from the decision date. Minor records are published here (the
 * province publishes 申诫类 and repairs them automatically — the seed's 免申即享); set `publish` to false to
 * follow "not published in principle" literally.
 */
export const NATIONAL_RULE_SET: RuleSet = {
  name: '国家发展改革委令第36号《信用修复管理办法》',
  basis: '《信用修复管理办法》（国家发展改革委令第36号，2026年4月1日起施行）、国办发〔2025〕22号',
  severity: {
    minorKinds: ['warning', 'circulated-criticism'],
    seriousKinds: ['licence-suspension', 'licence-revocation', 'production-suspension', 'practice-restriction'],
    seriousFineFrom: null,
  },
  classes: [
    { name: 'minor', when: { severity: ['minor'] }, publish: true, minMonths: 0, longerMin: null, maxMonths: 3, autoRepair: true },
    { name: 'ordinary', when: { severity: ['ordinary'] }, publish: true, minMonths: 3, longerMin: null, maxMonths: 12, autoRepair: false },
    { name: 'serious', when: { severity: ['serious'] }, publish: true, minMonths: 12, longerMin: null, maxMonths: 36, autoRepair: false },
  ],
  requireRectification: true,
  requireNoRepeat: false,
  reviewWorkingDays: 10,
  defaultForFields: [],
};

/**
 * Market regulation (总局令第45号; 国市监信规〔2021〕3号): warnings only — not published; 通报批评 or a lower
 * fine — stops after 3 months (申诫类 repaired automatically then); suspension of business, licence revocation,
 * restriction of practice — never stopped early, 3 years; the rest — repairable after 6 months (1 year for
 * food, drugs, special equipment), 3 years at most. "Lower fine" (较低数额罚款) is set by the provincial
 * market-regulation department: 10 000 yuan here, an assumption to configure.
 */
export const MARKET_REGULATION_RULE_SET: RuleSet = {
  name: '市场监督管理行政处罚信息公示（总局令第45号、国市监信规〔2021〕3号）',
  basis: '《市场监督管理行政处罚信息公示规定》（总局令第45号）、《市场监督管理信用修复管理办法》（国市监信规〔2021〕3号）',
  severity: NATIONAL_RULE_SET.severity,
  classes: [
    { name: 'warning-only', when: { kindsWithin: ['warning'] }, publish: false, minMonths: null, longerMin: null, maxMonths: 0, autoRepair: false },
    { name: 'never-early', when: { anyKind: NEVER_EARLY }, publish: true, minMonths: null, longerMin: null, maxMonths: 36, autoRepair: false },
    {
      name: 'lesser',
      when: { kindsWithin: ['warning', 'circulated-criticism', 'fine'], fineAtMost: 10_000 },
      publish: true,
      minMonths: 3,
      longerMin: null,
      maxMonths: 3,
      autoRepair: true,
    },
    {
      name: 'other',
      when: {},
      publish: true,
      minMonths: 6,
      longerMin: { months: 12, industries: ['restaurant', 'food-production', 'pharmacy'], departmentFields: ['drugs'] },
      maxMonths: 36,
      autoRepair: false,
    },
  ],
  requireRectification: true,
  requireNoRepeat: true,
  reviewWorkingDays: 10,
  defaultForFields: ['market'],
};

export const DEFAULT_RULE_SETS: Record<string, RuleSet> = {
  national: NATIONAL_RULE_SET,
  'market-regulation': MARKET_REGULATION_RULE_SET,
};

/** What classification looks at. */
export interface ClassifyInput {
  kinds: readonly PenaltyKind[];
  severity: Severity;
  fineAmount: number | null;
}

export function matches(c: PublicityClass, r: ClassifyInput): boolean {
  const w = c.when;
  if (w.severity && !w.severity.includes(r.severity)) return false;
  if (w.kindsWithin && !r.kinds.every((k) => w.kindsWithin!.includes(k))) return false;
  if (w.anyKind && !r.kinds.some((k) => w.anyKind!.includes(k))) return false;
  if (w.fineAtMost !== undefined && (r.fineAmount ?? 0) > w.fineAtMost) return false;
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
    if (c.publish && c.maxMonths === 0) problems.push(`${c.name}: published with no period`);
  }
  const fines = [null, 1, 10_000, 1_000_000_000];
  for (const k of PENALTY_KINDS) {
    for (const kinds of [[k], [k, 'fine' as const]]) {
      for (const severity of SEVERITIES) {
        for (const fineAmount of fines) {
          if (!classOf(rules, { kinds, severity, fineAmount })) {
            problems.push(`no class for ${kinds.join('+')} / ${severity} / fine ${fineAmount ?? 0}`);
            return problems;
          }
        }
      }
    }
  }
  return problems;
}

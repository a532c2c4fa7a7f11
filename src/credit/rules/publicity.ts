/** C2 — the publicity period of a penalty record under a rule set. Pure. */
import type { PenaltyKind, Severity } from './kinds.js';
import { addMonthsToDay } from './days.js';
import { classOf, type PublicityClass, type RuleSet } from './rule-set.js';

export interface PublicityInput {
  decisionDate: string;
  kinds: readonly PenaltyKind[];
  severity: Severity;
  fineAmount: number | null;
  /** The subject's industry (the market rule set's longer minimum for food and drugs). */
  industry: string;
  /** The deciding department's field (e.g. `drugs`). */
  departmentField: string;
}

export interface Publicity {
  /** The class of the rule set that applied. */
  className: string;
  published: boolean;
  /** First day shown: the decision date (periods run from 文书认定之日). Null when not published. */
  start: string | null;
  /** Last day of the minimum period; repairable from the day after. Null: never repaired early (or not published). */
  minEnd: string | null;
  /** Last day shown; publicity stops by itself the day after. Null when not published. */
  maxEnd: string | null;
  /** 免申即享 applies: a minor record of a class with automatic repair. */
  autoRepair: boolean;
}

function minMonthsOf(c: PublicityClass, p: PublicityInput): number | null {
  if (c.minMonths === null) return null;
  const longer = c.longerMin;
  if (longer && (longer.industries.includes(p.industry) || longer.departmentFields.includes(p.departmentField))) {
    return Math.max(c.minMonths, longer.months);
  }
  return c.minMonths;
}

/** Throws when no class of the rule set matches (a stored rule set is checked against that beforehand). */
export function publicityOf(p: PublicityInput, rules: RuleSet): Publicity {
  const c = classOf(rules, p);
  if (!c) throw new Error(`rule set "${rules.name}" has no class for ${p.kinds.join('+')} / ${p.severity}`);
  if (!c.publish) return { className: c.name, published: false, start: null, minEnd: null, maxEnd: null, autoRepair: false };
  const min = minMonthsOf(c, p);
  return {
    className: c.name,
    published: true,
    start: p.decisionDate,
    minEnd: min === null ? null : addMonthsToDay(p.decisionDate, min),
    maxEnd: addMonthsToDay(p.decisionDate, c.maxMonths),
    autoRepair: c.autoRepair && p.severity === 'minor' && min !== null,
  };
}

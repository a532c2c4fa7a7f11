/** C2 — the publicity period of a penalty record under a rule set. Pure. */
import type { PenaltyKind, Procedure, Severity, ViolationField } from './kinds.js';
import { addMonthsToDay } from './days.js';
import { classOf, type PublicityClass, type RuleSet } from './rule-set.js';

export interface PublicityInput {
  decisionDate: string;
  kinds: readonly PenaltyKind[];
  severity: Severity;
  fineAmount: number | null;
  /** 简易程序 / 普通程序 (absent: ordinary). */
  procedure?: Procedure;
  /** The field of the violation (the market sets' longer minimum for food, drugs, special equipment). */
  violationField?: ViolationField;
  /**
   * Why the deciding department publishes what the set publishes only where necessary (确有必要, a minor record
   * under 令第36号); null: it does not.
   */
  publishReason?: string | null;
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
  if (longer && (longer.violationFields ?? []).includes(p.violationField ?? 'other')) return Math.max(c.minMonths, longer.months);
  return c.minMonths;
}

/** Throws when no class of the rule set matches (a stored rule set is checked against that beforehand). */
export function publicityOf(p: PublicityInput, rules: RuleSet): Publicity {
  const c = classOf(rules, p);
  if (!c) throw new Error(`rule set "${rules.name}" has no class for ${p.kinds.join('+')} / ${p.severity}`);
  const publish = c.publish || (Boolean(c.publishWhenNecessary) && Boolean(p.publishReason));
  if (!publish) return { className: c.name, published: false, start: null, minEnd: null, maxEnd: null, autoRepair: false };
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

/**
 * C2 — which rule set judges a record: the one in force on its decision date, unless the set that replaced it
 * is more favourable to the subject (从旧兼从轻). Pure. The choice and its source: docs/RULES-IN-CODE.md
 * "Transition between rule sets".
 */
import { nextDay } from './days.js';
import type { PenaltyKind, Procedure, Severity, ViolationField } from './kinds.js';
import { publicityOf, type Publicity } from './publicity.js';
import type { RuleSet } from './rule-set.js';
import { deriveSeverity } from './severity.js';

export interface Candidate<T> {
  code: string;
  rules: RuleSet;
  /** What the caller keeps with the choice (the stored version). */
  ref: T;
}

export interface RecordFacts {
  decisionDate: string;
  kinds: readonly PenaltyKind[];
  fineAmount: number | null;
  procedure: Procedure;
  violationField: ViolationField;
  /** Given by the deciding department; else each set derives its own. */
  severity?: Severity;
  publishReason: string | null;
}

export interface Judged<T> {
  set: Candidate<T>;
  severity: Severity;
  publicity: Publicity;
  /** `in-force`: the set in force on the decision date; `more-favourable`: a later set, kinder to the subject. */
  reason: 'in-force' | 'more-favourable';
}

/** The set in force on `day`, walking back from `current` through the sets it replaced (the oldest known when none is). */
export function inForceOn<T>(current: Candidate<T>, all: readonly Candidate<T>[], day: string): Candidate<T> {
  let set = current;
  const seen = new Set<string>([set.code]);
  while (set.rules.effectiveFrom && day < set.rules.effectiveFrom && set.rules.replaces) {
    const before = all.find((c) => c.code === set.rules.replaces);
    if (!before || seen.has(before.code)) break;
    seen.add(before.code);
    set = before;
  }
  return set;
}

function judge<T>(set: Candidate<T>, r: RecordFacts, reason: Judged<T>['reason']): Judged<T> {
  const severity = r.severity ?? deriveSeverity(r.kinds, r.fineAmount, set.rules.severity, r.procedure);
  return { set, severity, reason, publicity: publicityOf({ ...r, severity }, set.rules) };
}

/**
 * Whether publicity `a` is more favourable to the subject than `b`: not shown at all beats shown; otherwise
 * shown for a shorter time (earlier maximum), then repairable sooner (an earlier day after the minimum; never
 * repairable early is the worst).
 */
export function kinder(a: Publicity, b: Publicity): boolean {
  if (!a.published || !b.published) return !a.published && b.published;
  if (a.maxEnd! !== b.maxEnd!) return a.maxEnd! < b.maxEnd!;
  const fa = a.minEnd === null ? null : nextDay(a.minEnd);
  const fb = b.minEnd === null ? null : nextDay(b.minEnd);
  if (fa === fb) return a.autoRepair && !b.autoRepair;
  if (fa === null) return false;
  if (fb === null) return true;
  return fa < fb;
}

/** 从旧兼从轻: the set in force on the decision date, or the current set where it is more favourable. */
export function judgeRecord<T>(current: Candidate<T>, all: readonly Candidate<T>[], r: RecordFacts): Judged<T> {
  const old = inForceOn(current, all, r.decisionDate);
  const now = judge(current, r, 'in-force');
  if (old.code === current.code) return now;
  const then = judge(old, r, 'in-force');
  return kinder(now.publicity, then.publicity) ? { ...now, reason: 'more-favourable' } : then;
}

import type { RevisitRuleSet } from './rule-sets.js';

/**
 * G5 — a team's sampling ratio for the next round from its results in the last one: lower satisfaction or more
 * problems found raise it by a step each, within the rule set's bounds. The reasons carry the numbers.
 */
export interface TeamResults {
  teamId: string;
  /** Revisits of the team's work completed last round. */
  revisits: number;
  /** Of them, the enterprise was satisfied. */
  satisfied: number;
  /** Problems found in them. */
  problems: number;
}

export type RatioReason =
  | { code: 'base'; ratio: number }
  | { code: 'low-satisfaction'; satisfaction: number; threshold: number; step: number }
  | { code: 'many-problems'; problemsPerRevisit: number; threshold: number; step: number }
  | { code: 'capped'; max: number }
  | { code: 'raised-to-minimum'; min: number };

export interface TeamRatio {
  teamId: string;
  ratio: number;
  reasons: RatioReason[];
}

const round = (x: number) => Math.round(x * 10_000) / 10_000;

export function nextRatio(results: TeamResults | undefined, teamId: string, rules: RevisitRuleSet['ratio'], base = rules.base): TeamRatio {
  const reasons: RatioReason[] = [{ code: 'base', ratio: base }];
  let ratio = base;
  if (results && results.revisits > 0) {
    const satisfaction = results.satisfied / results.revisits;
    if (satisfaction < rules.satisfactionBelow) {
      ratio += rules.step;
      reasons.push({ code: 'low-satisfaction', satisfaction: round(satisfaction), threshold: rules.satisfactionBelow, step: rules.step });
    }
    const perRevisit = results.problems / results.revisits;
    if (perRevisit > rules.problemsPerRevisitAbove) {
      ratio += rules.step;
      reasons.push({ code: 'many-problems', problemsPerRevisit: round(perRevisit), threshold: rules.problemsPerRevisitAbove, step: rules.step });
    }
  }
  if (ratio > rules.max) {
    ratio = rules.max;
    reasons.push({ code: 'capped', max: rules.max });
  }
  if (ratio < rules.min) {
    ratio = rules.min;
    reasons.push({ code: 'raised-to-minimum', min: rules.min });
  }
  return { teamId, ratio: round(ratio), reasons };
}

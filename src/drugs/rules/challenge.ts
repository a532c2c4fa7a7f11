/**
 * D5 — how an enterprise can challenge a penalty decision, and by when (pure). A versioned rule set holds the
 * numbers and their sources:
 *   行政复议 (administrative reconsideration): within 60 days of the day the enterprise knew (or should have known)
 *     the decision — 《中华人民共和国行政复议法》（2023年修订，2024-01-01施行）第二十条第一款;
 *   行政诉讼 (administrative litigation) directly: within 6 months of that day —《中华人民共和国行政诉讼法》第四十六条第一款;
 *   after a reconsideration decision: within 15 days of receiving it — 《中华人民共和国行政诉讼法》第四十五条.
 * Counting (行政复议法第八十八条、行政诉讼法第一百零一条 refer to 《中华人民共和国民事诉讼法》第八十五条): the starting day is
 * not counted; a period in months ends on the corresponding day of the last month, or that month's last day when
 * it has none (民法典第二百零二条); when the last day is a statutory rest day (法定休假日: weekends and public holidays
 * of the working-day calendar), the period ends on the first day after it that is not one.
 * The enterprise is taken to have known the decision on the day it was served (`servedOn`), by default the
 * decision date. All days are China days (`YYYY-MM-DD`).
 */
import { addMonthsToDay } from '../../credit/index.js';
import { shiftDay } from '../../platform/time/days.js';
import { chinaDayOf } from '../../platform/time/china.js';
import { daysLeft } from './reminder-windows.js';

export interface ChallengeRuleSet {
  version: number;
  /** First day the set applies to (by the day the decision was served). */
  effectiveFrom: string;
  review: { days: number; basis: string };
  litigation: { months: number; basis: string };
  afterReview: { days: number; basis: string };
  counting: string;
}

export const CHALLENGE_RULE_SETS: readonly ChallengeRuleSet[] = [
  {
    version: 1,
    effectiveFrom: '2024-01-01',
    review: { days: 60, basis: '《中华人民共和国行政复议法》第二十条' },
    litigation: { months: 6, basis: '《中华人民共和国行政诉讼法》第四十六条' },
    afterReview: { days: 15, basis: '《中华人民共和国行政诉讼法》第四十五条' },
    counting: '《中华人民共和国民事诉讼法》第八十五条（行政复议法第八十八条、行政诉讼法第一百零一条）',
  },
];

/** The set in force on `day` (the latest with effectiveFrom ≤ day; the first set for earlier days). */
export function challengeRuleSetOn(
  day: string,
  sets: readonly ChallengeRuleSet[] = CHALLENGE_RULE_SETS,
): ChallengeRuleSet {
  const sorted = [...sets].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
  return sorted.filter((s) => s.effectiveFrom <= day).pop() ?? sorted[0]!;
}

/** `day`, or the first day after it that is not a rest day (民事诉讼法第八十五条). */
export function rollPastRestDays(day: string, isRestDay: (day: string) => boolean): string {
  let d = day;
  for (let i = 0; i < 60 && isRestDay(d); i++) d = shiftDay(d, 1);
  return d;
}

export interface ChallengeRoute {
  /** The last day to file (inclusive, China day). */
  lastDay: string;
  /** Days from today to the last day (0 on the last day; negative once passed). */
  daysLeft: number;
  open: boolean;
  basis: string;
}

export interface ChallengeRoutes {
  ruleSetVersion: number;
  knownOn: string;
  review: ChallengeRoute & { days: number };
  litigation: ChallengeRoute & { months: number };
  afterReview: { days: number; basis: string };
  counting: string;
}

/** The ways to challenge a decision served on `servedOn` (default: the decision date), with their last days as of `now`. */
export function challengeRoutes(
  input: { decisionDate: string; servedOn?: string | null; now: Date },
  isRestDay: (day: string) => boolean,
  sets: readonly ChallengeRuleSet[] = CHALLENGE_RULE_SETS,
): ChallengeRoutes {
  const knownOn = input.servedOn ?? input.decisionDate;
  const rules = challengeRuleSetOn(knownOn, sets);
  const today = chinaDayOf(input.now);
  const route = (lastDay: string, basis: string): ChallengeRoute => {
    const left = daysLeft(lastDay, today);
    return { lastDay, daysLeft: left, open: left >= 0, basis };
  };
  return {
    ruleSetVersion: rules.version,
    knownOn,
    review: {
      ...route(rollPastRestDays(shiftDay(knownOn, rules.review.days), isRestDay), rules.review.basis),
      days: rules.review.days,
    },
    litigation: {
      ...route(
        rollPastRestDays(addMonthsToDay(knownOn, rules.litigation.months), isRestDay),
        rules.litigation.basis,
      ),
      months: rules.litigation.months,
    },
    afterReview: rules.afterReview,
    counting: rules.counting,
  };
}

export const DAY_MS = 86_400_000;
/** The longest window one code may cover. */
export const MAX_WINDOW_DAYS = 30;

/** Frequency rules of part A, from RULES.md (Wuhu practice). Defaults; configurable. */
export interface FrequencyRules {
  /** A3: at most one planned code per enterprise in any window of this many days. */
  plannedWindowDays: number;
  /** A9: alert when more than `max` inspections fall within `days`. */
  alerts: { kind: 'frequency-7d' | 'frequency-30d'; days: number; max: number }[];
  /** A4: propose a joint visit when another department's inspection is within this many days. */
  jointWindowDays: number;
  /** A7: result due this many days after the window ends. */
  resultDueDays: number;
  /** Emergency codes may be back-filled up to this many days after the visit. */
  backfillLimitDays: number;
}

export const DEFAULT_FREQUENCY_RULES: FrequencyRules = {
  plannedWindowDays: 7,
  alerts: [
    { kind: 'frequency-7d', days: 7, max: 2 },
    { kind: 'frequency-30d', days: 30, max: 3 },
  ],
  jointWindowDays: 7,
  resultDueDays: 3,
  backfillLimitDays: 10,
};

import { describe, expect, it } from 'vitest';
import { isWorkingDay, type WorkingCalendar } from '../../calendar/working-days.js';
import { CHALLENGE_RULE_SETS, challengeRoutes, challengeRuleSetOn, rollPastRestDays } from './challenge.js';

const cal: WorkingCalendar = {
  holidays: new Set(['2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07']),
  workdays: new Set(['2026-09-27']),
};
const rest = (d: string) => !isWorkingDay(d, cal);
const noRest = () => false;
/** Noon in China on a day. */
const at = (day: string) => new Date(`${day}T12:00:00+08:00`);

describe('D5 ways to challenge a decision (行政复议法第二十条, 行政诉讼法第四十六条, 民事诉讼法第八十五条)', () => {
  it('reconsideration within 60 days: the day of knowing is not counted, so the last day is 60 days after it', () => {
    const r = challengeRoutes({ decisionDate: '2026-03-02', now: at('2026-03-02') }, noRest);
    expect(r.knownOn).toBe('2026-03-02');
    expect(r.review).toMatchObject({
      lastDay: '2026-05-01',
      days: 60,
      daysLeft: 60,
      open: true,
      basis: '《中华人民共和国行政复议法》第二十条',
    });
  });

  it.each([
    ['2026-03-02', '2026-09-02'],
    ['2026-08-31', '2027-02-28'],
    ['2027-08-31', '2028-02-29'],
  ])(
    'litigation within 6 months: the corresponding day, or the month end when there is none (%s → %s)',
    (day, lastDay) => {
      const { litigation } = challengeRoutes({ decisionDate: day, now: at(day) }, noRest);
      expect(litigation).toMatchObject({ lastDay, basis: '《中华人民共和国行政诉讼法》第四十六条' });
    },
  );

  it('the periods run from the day the decision was served, not the decision date', () => {
    const r = challengeRoutes(
      { decisionDate: '2026-03-02', servedOn: '2026-03-06', now: at('2026-03-06') },
      noRest,
    );
    expect(r.knownOn).toBe('2026-03-06');
    expect(r.review.lastDay).toBe('2026-05-05');
    expect(r.litigation.lastDay).toBe('2026-09-06'); // no rest days here: the next test rolls Sundays
  });

  it('a last day on a weekend or public holiday moves to the next day that is not one', () => {
    // 60 days after 2026-08-02 is 2026-10-01 (National Day): the holiday runs to 10-07 → 10-08.
    expect(challengeRoutes({ decisionDate: '2026-08-02', now: at('2026-08-02') }, rest).review.lastDay).toBe(
      '2026-10-08',
    );
    // 6 months after 2026-03-06 is 2026-09-06, a Sunday → Monday 2026-09-07.
    expect(
      challengeRoutes({ decisionDate: '2026-03-06', now: at('2026-03-06') }, rest).litigation.lastDay,
    ).toBe('2026-09-07');
    // An adjusted working Sunday (调休上班) is not a rest day.
    expect(rollPastRestDays('2026-09-27', rest)).toBe('2026-09-27');
  });

  it('counts the days left in China time and closes the route after its last day', () => {
    const decided = '2026-03-02';
    // 2026-05-01 16:30 UTC is already 2026-05-02 in China: the last day has passed.
    const late = challengeRoutes({ decisionDate: decided, now: new Date('2026-05-01T16:30:00Z') }, noRest);
    expect(late.review).toMatchObject({ daysLeft: -1, open: false });
    const lastDay = challengeRoutes({ decisionDate: decided, now: new Date('2026-05-01T15:30:00Z') }, noRest);
    expect(lastDay.review).toMatchObject({ daysLeft: 0, open: true });
    expect(lastDay.litigation.open).toBe(true);
  });

  it('is versioned: the set in force on the day served applies, with its sources', () => {
    expect(challengeRuleSetOn('2026-01-01').version).toBe(1);
    const later = [
      ...CHALLENGE_RULE_SETS,
      {
        ...CHALLENGE_RULE_SETS[0]!,
        version: 2,
        effectiveFrom: '2030-01-01',
        review: { days: 90, basis: 'x' },
      },
    ];
    expect(
      challengeRoutes({ decisionDate: '2030-01-01', now: at('2030-01-01') }, noRest, later),
    ).toMatchObject({ ruleSetVersion: 2, review: { days: 90, lastDay: '2030-04-01' } });
    expect(
      challengeRoutes({ decisionDate: '2029-12-31', now: at('2029-12-31') }, noRest, later).ruleSetVersion,
    ).toBe(1);
    expect(CHALLENGE_RULE_SETS[0]!.afterReview).toEqual({
      days: 15,
      basis: '《中华人民共和国行政诉讼法》第四十五条',
    });
  });
});

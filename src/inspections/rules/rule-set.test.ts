import { describe, expect, it } from 'vitest';
import { inspectionRuleSetSchema, latestInForce, PART_A_RULE_SETS, reachDays, ruleSetInForce, type InspectionRuleSet } from './rule-set.js';
import { plannedCodeConflict } from './planned-frequency.js';
import { jointCandidates } from './joint-proposal.js';
import { frequencyBreaches } from './visit-frequency.js';
import { resultDueAt } from './result-deadline.js';
import { DAY_MS } from './windows.js';

const v1 = PART_A_RULE_SETS[0]!;
/** A second version, in force from 1 January 2027 (China time): a 10-day planned window, 5-day joint window, stricter A9, 5 days for results. */
const v2: InspectionRuleSet = {
  ...v1,
  version: 2,
  effectiveFrom: '2027-01-01',
  source: 'test: a later version',
  plannedWindowDays: 10,
  jointWindowDays: 5,
  // stricter A9: one visit fewer in each period (at most 1 in 7 days, 2 in 30)
  alerts: v1.alerts.map((a) => ({ ...a, max: a.max - 1 })),
  resultDueDays: 5,
};
const sets = [v1, v2];
// 2027-01-01 00:00 in China is 2026-12-31 16:00 UTC.
const lastInstantOfV1 = new Date('2026-12-31T15:59:59.999Z');
const firstInstantOfV2 = new Date('2026-12-31T16:00:00.000Z');

describe('part A rule set — versions and effective dates (issue 11, defect 10)', () => {
  it('the built-in version carries the seed’s numbers, an effective day and its source, and parses', () => {
    expect(v1).toMatchObject({ id: 'part-a', version: 1, plannedWindowDays: 7, jointWindowDays: 7, resultDueDays: 3, backfillLimitDays: 10, maxWindowDays: 30 });
    expect(v1.alerts).toEqual([
      { kind: 'frequency-7d', days: 7, max: 2 },
      { kind: 'frequency-30d', days: 30, max: 3 },
    ]);
    expect(v1.source).toContain('PRODUCT.md');
    expect(v1.source).toContain('RULES.md');
    expect(inspectionRuleSetSchema.parse(v1)).toEqual(v1);
    expect(reachDays(v1)).toBe(30);
  });

  it('picks the version in force at `now`, switching at 00:00 China time of its effective day', () => {
    expect(ruleSetInForce(lastInstantOfV1, [], sets)).toMatchObject({ id: 'part-a', version: 1 });
    expect(ruleSetInForce(firstInstantOfV2, [], sets)).toMatchObject({ id: 'part-a', version: 2 });
    // The same day in UTC terms (2026-12-31) yet already 2027 in China.
    expect(ruleSetInForce(new Date('2026-12-31T20:00:00Z'), [], sets).version).toBe(2);
  });

  it('a version not yet in force is never applied, and nothing in force is an error', () => {
    expect(latestInForce([v2], lastInstantOfV1)).toBeNull();
    expect(() => ruleSetInForce(lastInstantOfV1, [], [v2])).toThrow(/no part A rule set/);
  });

  it('a province’s own version in force wins over the built-in one; before it takes effect the built-in applies', () => {
    const anhui: InspectionRuleSet = { ...v1, id: 'anhui', version: 1, effectiveFrom: '2026-06-01', source: 'a province’s notice', plannedWindowDays: 14 };
    expect(ruleSetInForce(new Date('2026-05-31T15:59:59Z'), [anhui], sets)).toMatchObject({ id: 'part-a', version: 1 });
    expect(ruleSetInForce(new Date('2026-05-31T16:00:00Z'), [anhui], sets)).toMatchObject({ id: 'anhui', version: 1 });
    // …even after a later built-in version takes effect.
    expect(ruleSetInForce(firstInstantOfV2, [anhui], sets)).toMatchObject({ id: 'anhui', version: 1 });
  });

  it('A3 reads its window from the set in force: 8 days apart is allowed under version 1 and refused under version 2', () => {
    const probe = (now: Date) => {
      const r = ruleSetInForce(now, [], sets);
      const existing = [{ id: 'x', code: 'CODE-X', windowStart: now, windowEnd: now }];
      const later = new Date(now.getTime() + 8 * DAY_MS);
      return plannedCodeConflict(existing, { start: later, end: later }, r.plannedWindowDays);
    };
    expect(probe(lastInstantOfV1)).toBeNull();
    expect(probe(firstInstantOfV2)?.code).toBe('CODE-X');
  });

  it('A4 reads its joint window from the set in force: 6 days apart is proposed under version 1, not under version 2', () => {
    const probe = (now: Date) => {
      const r = ruleSetInForce(now, [], sets);
      const other = { id: 'y', code: 'CODE-Y', departmentIds: ['other'], windowStart: new Date(now.getTime() + 6 * DAY_MS), windowEnd: new Date(now.getTime() + 6 * DAY_MS), status: 'issued' as const };
      return jointCandidates([other], 'mine', now, r.jointWindowDays);
    };
    expect(probe(lastInstantOfV1)).toHaveLength(1);
    expect(probe(firstInstantOfV2)).toHaveLength(0);
  });

  it('A9 reads its thresholds from the set in force: a second visit in 7 days alerts only under version 2', () => {
    const probe = (now: Date) => frequencyBreaches([now, new Date(now.getTime() + DAY_MS)], new Date(now.getTime() + DAY_MS), ruleSetInForce(now, [], sets).alerts);
    expect(probe(lastInstantOfV1)).toEqual([]);
    expect(probe(firstInstantOfV2).map((b) => [b.kind, b.count, b.max])).toEqual([['frequency-7d', 2, 1]]);
  });

  it('A7 reads its deadline from the set in force: 3 days after the window under version 1, 5 under version 2', () => {
    const end = new Date('2027-01-10T08:00:00Z');
    expect(resultDueAt(end, ruleSetInForce(lastInstantOfV1, [], sets).resultDueDays).toISOString()).toBe('2027-01-13T08:00:00.000Z');
    expect(resultDueAt(end, ruleSetInForce(firstInstantOfV2, [], sets).resultDueDays).toISOString()).toBe('2027-01-15T08:00:00.000Z');
  });

  it('refuses a version without its source or effective day', () => {
    expect(inspectionRuleSetSchema.safeParse({ ...v1, source: '' }).success).toBe(false);
    expect(inspectionRuleSetSchema.safeParse({ ...v1, effectiveFrom: '2027-13-01' }).success).toBe(false);
  });
});

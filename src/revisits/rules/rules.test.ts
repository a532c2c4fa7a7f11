import { describe, expect, it } from 'vitest';
import { nextRatio } from './ratio.js';
import { watchScore } from './watch-list.js';
import { REVISIT_RULE_SETS, revisitRuleSetAt } from './rule-sets.js';
import { QUESTIONNAIRES, indicatorCodes, questionnaireAt, scoreAnswers, type Answer } from './questionnaire.js';
import { parsePeriod, periodOf, previousPeriod } from './period.js';

const rules = REVISIT_RULE_SETS[0]!;

describe('G5 — the next round’s ratio follows the rule (fixture: rule set 2026.1, base 0.2, bounds 0.1–0.5, step 0.1)', () => {
  const fixture = [
    { teamId: 'good', revisits: 10, satisfied: 10, problems: 1 }, // 100 %, 0.1 problems a revisit: base
    { teamId: 'unhappy', revisits: 10, satisfied: 8, problems: 2 }, // 80 % < 90 %: +0.1
    { teamId: 'problems', revisits: 4, satisfied: 4, problems: 3 }, // 0.75 > 0.5 a revisit: +0.1
    { teamId: 'both', revisits: 5, satisfied: 2, problems: 9 }, // both: +0.2
  ];
  it('keeps a team with good results at the base, raises weaker teams a step per reason, with the numbers', () => {
    const [good, unhappy, problems, both] = fixture.map((r) => nextRatio(r, r.teamId, rules.ratio));
    expect(good).toEqual({ teamId: 'good', ratio: 0.2, reasons: [{ code: 'base', ratio: 0.2 }] });
    expect(unhappy!.ratio).toBe(0.3);
    expect(unhappy!.reasons[1]).toEqual({ code: 'low-satisfaction', satisfaction: 0.8, threshold: 0.9, step: 0.1 });
    expect(problems!.ratio).toBe(0.3);
    expect(problems!.reasons[1]).toEqual({ code: 'many-problems', problemsPerRevisit: 0.75, threshold: 0.5, step: 0.1 });
    expect(both!.ratio).toBe(0.4);
    expect(both!.reasons.map((r) => r.code)).toEqual(['base', 'low-satisfaction', 'many-problems']);
  });
  it('stays within the bounds and says so', () => {
    const capped = nextRatio({ teamId: 'x', revisits: 5, satisfied: 0, problems: 20 }, 'x', rules.ratio, 0.45);
    expect(capped.ratio).toBe(0.5);
    expect(capped.reasons.at(-1)).toEqual({ code: 'capped', max: 0.5 });
    const low = nextRatio(undefined, 'y', rules.ratio, 0.05);
    expect(low.ratio).toBe(0.1);
    expect(low.reasons.at(-1)).toEqual({ code: 'raised-to-minimum', min: 0.1 });
  });
  it('a team not revisited last round keeps the base', () => {
    expect(nextRatio({ teamId: 'z', revisits: 0, satisfied: 0, problems: 0 }, 'z', rules.ratio).ratio).toBe(0.2);
  });
});

describe('G4 — the watch list explains each score by its parts', () => {
  it('sums weighted counts of complaints, inspections, problems and penalties; the parts add up to the score', () => {
    const s = watchScore({ complaints: 2, inspections: 3, inspectionsWithProblems: 1, penalties: { minor: 0, ordinary: 1, serious: 0 } }, rules.watch);
    expect(s.parts).toEqual([
      { code: 'complaints', count: 2, weight: 3, points: 6 },
      { code: 'inspections', count: 3, weight: 0.5, points: 1.5 },
      { code: 'inspection-problems', count: 1, weight: 2, points: 2 },
      { code: 'penalties-ordinary', count: 1, weight: 3, points: 3 },
    ]);
    expect(s.score).toBe(12.5);
    expect(s.parts.reduce((n, p) => n + p.points, 0)).toBe(s.score);
    expect(s.level).toBe('high');
  });
  it('levels: medium from 5, low below', () => {
    expect(watchScore({ complaints: 0, inspections: 0, inspectionsWithProblems: 0, penalties: { minor: 0, ordinary: 0, serious: 1 } }, rules.watch).level).toBe('medium');
    expect(watchScore({ complaints: 1, inspections: 0, inspectionsWithProblems: 0, penalties: { minor: 0, ordinary: 0, serious: 0 } }, rules.watch)).toEqual({ score: 3, level: 'low', parts: [{ code: 'complaints', count: 1, weight: 3, points: 3 }] });
  });
});

describe('G1 — the questionnaire', () => {
  it('has the eight standards with at least 30 indicators, the first three in the seed’s wording', () => {
    for (const q of QUESTIONNAIRES) {
      expect(q.standards).toHaveLength(8);
      expect(indicatorCodes(q).length).toBeGreaterThanOrEqual(30);
      expect(new Set(indicatorCodes(q)).size).toBe(indicatorCodes(q).length);
      expect(q.standards.slice(0, 3).map((s) => s.zh)).toEqual(['执法主体合规性', '检查程序规范性', '纪律廉洁性']);
    }
    expect(questionnaireAt('2026-12-01').version).toBe('2026.1');
    expect(revisitRuleSetAt('2026-12-01').version).toBe('2026.1');
  });
  it('scores answers by standard; "no" answers are the problems found', () => {
    const q = QUESTIONNAIRES[0]!;
    const answers: Record<string, Answer> = Object.fromEntries(indicatorCodes(q).map((c) => [c, 'yes' as const]));
    answers['S3.1'] = 'no';
    const s = scoreAnswers(q, { ...answers, 'S1.1': 'unknown' });
    expect(s.byStandard.S3).toBe(0.75);
    expect(s.byStandard.S1).toBe(1);
    expect(s.noAnswers).toEqual(['S3.1']);
  });
});

describe('G2 — periods are China half years', () => {
  it('parses 2026H2 to 1 July – 1 January, China time', () => {
    const p = parsePeriod('2026H2')!;
    expect(p.start.toISOString()).toBe('2026-06-30T16:00:00.000Z');
    expect(p.end.toISOString()).toBe('2026-12-31T16:00:00.000Z');
    expect(parsePeriod('2026H3')).toBeNull();
    expect(periodOf(new Date('2026-06-30T16:30:00Z'))).toBe('2026H2');
    expect(previousPeriod('2026H1')).toBe('2025H2');
    expect(previousPeriod('2026H2')).toBe('2026H1');
  });
});

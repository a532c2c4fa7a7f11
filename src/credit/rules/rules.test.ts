/**
 * The credit-repair rules read against RULES.md "Credit repair": 国家发展改革委令第36号 (the national default) and
 * the market-regulation set (总局令第45号, 国市监信规〔2021〕3号). Boundaries: 3 months, 6 months, 1 year,
 * 3 years; 31 January, 29 February 2028, month ends.
 */
import { describe, expect, it } from 'vitest';
import { addMonthsToDay, isDay, nextDay, shiftDay } from './days.js';
import { deriveSeverity } from './severity.js';
import { publicityOf, type PublicityInput } from './publicity.js';
import {
  applicationRefusal,
  autoRepairDue,
  expiryDue,
  isActive,
  repairableFrom,
  requiredProofs,
  type RecordState,
} from './eligibility.js';
import { DEFAULT_RULE_SETS, MARKET_REGULATION_RULE_SET as MARKET, NATIONAL_RULE_SET as NATIONAL, ruleSetProblems, type RuleSet } from './rule-set.js';
import type { PenaltyKind, Severity } from './kinds.js';
import { kindFromText } from './kinds.js';
import { inForceOn, judgeRecord, kinder, type RecordFacts } from './transition.js';
import { yoyPeriods } from './yoy.js';

const sev = (kinds: PenaltyKind[], fine: number | null = null, rules = NATIONAL.severity) => deriveSeverity(kinds, fine, rules);

function input(decisionDate: string, kinds: PenaltyKind[], opts: Partial<PublicityInput> = {}, rules: RuleSet = NATIONAL): PublicityInput {
  const fineAmount = opts.fineAmount ?? (kinds.includes('fine') ? 5000 : null);
  return {
    decisionDate,
    kinds,
    fineAmount,
    severity: opts.severity ?? deriveSeverity(kinds, fineAmount, rules.severity, opts.procedure),
    procedure: opts.procedure ?? 'ordinary',
    violationField: opts.violationField ?? 'other',
    // A department that publishes minor records, as the province does for 免申即享 (see the D7 tests below).
    publishReason: opts.publishReason === undefined ? '本省申诫类处罚信息免申即享，确有必要公示' : opts.publishReason,
  };
}

/** A published record as the rules would create it, with its duties done on `paidOn` (null: not yet). */
function record(p: PublicityInput, rules: RuleSet, paidOn: string | null = p.decisionDate): RecordState {
  const pub = publicityOf(p, rules);
  return {
    status: pub.published ? 'published' : 'not-published',
    severity: p.severity,
    kinds: p.kinds,
    fineAmount: p.fineAmount,
    minEnd: pub.minEnd,
    maxEnd: pub.maxEnd,
    autoRepair: pub.autoRepair,
    dutiesFulfilledOn: (p.fineAmount ?? 0) > 0 ? paidOn : p.decisionDate,
  };
}

describe('severity when the department gives none (C1)', () => {
  it('警告 or 通报批评 only is minor (申诫类)', () => {
    expect(sev(['warning'])).toBe('minor');
    expect(sev(['circulated-criticism'])).toBe('minor');
    expect(sev(['warning', 'circulated-criticism'])).toBe('minor');
  });
  it('a fine, confiscation or another penalty is ordinary', () => {
    expect(sev(['fine'], 5000)).toBe('ordinary');
    expect(sev(['warning', 'fine'], 200)).toBe('ordinary');
    expect(sev(['confiscation'])).toBe('ordinary');
    expect(sev(['other'])).toBe('ordinary');
  });
  it('suspension, revocation, production suspension or restriction of practice is serious', () => {
    for (const k of ['licence-suspension', 'licence-revocation', 'production-suspension', 'practice-restriction'] as const) {
      expect(sev([k])).toBe('serious');
      expect(sev(['fine', k], 100)).toBe('serious');
    }
  });
  it('is configurable: a threshold makes a large fine (巨额罚款) serious', () => {
    const rules = { ...NATIONAL.severity, seriousFineFrom: 1_000_000 };
    expect(sev(['fine'], 999_999.99, rules)).toBe('ordinary');
    expect(sev(['fine'], 1_000_000, rules)).toBe('serious');
    expect(sev(['warning'], null, { ...NATIONAL.severity, minorKinds: [] })).toBe('ordinary');
  });
});

describe('calendar months from the decision date, clamped to the month end', () => {
  it('31 January + 1 month is the last day of February', () => {
    expect(addMonthsToDay('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonthsToDay('2028-01-31', 1)).toBe('2028-02-29');
  });
  it('29 February 2028 + 1 year is 28 February 2029; + 3 years 28 February 2031; + 4 years 29 February 2032', () => {
    expect(addMonthsToDay('2028-02-29', 12)).toBe('2029-02-28');
    expect(addMonthsToDay('2028-02-29', 36)).toBe('2031-02-28');
    expect(addMonthsToDay('2028-02-29', 48)).toBe('2032-02-29');
  });
  it('other month ends: 31 August + 6 months, 30 November + 3 months, 31 March + 6 months, 31 December + 2 months', () => {
    expect(addMonthsToDay('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonthsToDay('2026-11-30', 3)).toBe('2027-02-28');
    expect(addMonthsToDay('2026-03-31', 6)).toBe('2026-09-30');
    expect(addMonthsToDay('2027-12-31', 2)).toBe('2028-02-29');
    expect(addMonthsToDay('2026-05-15', 0)).toBe('2026-05-15');
  });
  it('is "the corresponding day, else the month’s last day" on every day of 2026–2029', () => {
    const byHand = (day: string, months: number) => {
      const [y, m, d] = day.split('-').map(Number) as [number, number, number];
      const target = new Date(Date.UTC(y, m - 1 + months, 1));
      const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
      target.setUTCDate(Math.min(d, last));
      return target.toISOString().slice(0, 10);
    };
    for (let day = '2026-01-01'; day < '2030-01-01'; day = nextDay(day)) {
      for (const m of [1, 3, 6, 12, 36]) expect(addMonthsToDay(day, m)).toBe(byHand(day, m));
    }
  });
  it('refuses what is not a day', () => {
    expect(isDay('2026-02-29')).toBe(false);
    expect(isDay('2028-02-29')).toBe(true);
    expect(() => addMonthsToDay('2026-13-01', 1)).toThrow(RangeError);
    expect(nextDay('2028-02-28')).toBe('2028-02-29');
    expect(shiftDay('2026-12-31', 1)).toBe('2027-01-01');
  });
});

describe('national rule set (国家发展改革委令第36号)', () => {
  it('ordinary: minimum 3 months, maximum 1 year; repairable on application only after the 3 months', () => {
    const p = publicityOf(input('2026-01-31', ['fine']), NATIONAL);
    expect(p).toEqual({ className: 'ordinary', published: true, start: '2026-01-31', minEnd: '2026-04-30', maxEnd: '2027-01-31', autoRepair: false });
    const r = record(input('2026-01-31', ['fine']), NATIONAL);
    expect(applicationRefusal(r, '2026-04-30')).toEqual({ reason: 'too-early', repairableFrom: '2026-05-01' });
    expect(applicationRefusal(r, '2026-05-01')).toBeNull();
    expect(autoRepairDue(r, '2026-05-01')).toBe(false);
  });
  it('ordinary: shown through the last day of the year, stopped by itself the day after', () => {
    const r = record(input('2026-01-31', ['fine']), NATIONAL);
    expect(isActive(r, '2027-01-31')).toBe(true);
    expect(expiryDue(r, '2027-01-31')).toBe(false);
    expect(isActive(r, '2027-02-01')).toBe(false);
    expect(expiryDue(r, '2027-02-01')).toBe(true);
    expect(applicationRefusal(r, '2027-02-01')).toEqual({ reason: 'expired' });
  });
  it('serious: minimum 1 year, maximum 3 years, from 29 February 2028', () => {
    const p = publicityOf(input('2028-02-29', ['licence-revocation']), NATIONAL);
    expect(p).toMatchObject({ className: 'serious', minEnd: '2029-02-28', maxEnd: '2031-02-28', autoRepair: false });
    const r = record(input('2028-02-29', ['licence-revocation']), NATIONAL);
    expect(applicationRefusal(r, '2029-02-28')).toEqual({ reason: 'too-early', repairableFrom: '2029-03-01' });
    expect(applicationRefusal(r, '2029-03-01')).toBeNull();
    expect(isActive(r, '2031-02-28')).toBe(true);
    expect(expiryDue(r, '2031-03-01')).toBe(true);
  });
  it('minor: at most 3 months, repaired automatically (免申即享) once the duties are done — no minimum', () => {
    const warning = record(input('2026-06-10', ['warning']), NATIONAL);
    expect(warning).toMatchObject({ minEnd: '2026-06-10', maxEnd: '2026-09-10', autoRepair: true });
    expect(repairableFrom(warning)).toBe('2026-06-11');
    expect(autoRepairDue(warning, '2026-06-10')).toBe(false);
    expect(autoRepairDue(warning, '2026-06-11')).toBe(true);
    expect(expiryDue(warning, '2026-09-11')).toBe(false); // repaired rather than expired
  });
  it('minor with a fine (简易程序): not repaired while the fine is unpaid; stops after 3 months if never paid', () => {
    const p = input('2026-06-10', ['fine'], { severity: 'minor', fineAmount: 200 });
    const unpaid = record(p, NATIONAL, null);
    expect(unpaid.autoRepair).toBe(true);
    expect(autoRepairDue(unpaid, '2026-07-01')).toBe(false);
    expect(isActive(unpaid, '2026-09-10')).toBe(true);
    expect(expiryDue(unpaid, '2026-09-11')).toBe(true);
    expect(autoRepairDue(record(p, NATIONAL, '2026-06-20'), '2026-07-01')).toBe(true);
  });
  it('a severity given by the department wins over the derived one', () => {
    expect(publicityOf(input('2026-03-01', ['fine'], { severity: 'serious' }), NATIONAL)).toMatchObject({ className: 'serious', maxEnd: '2029-03-01' });
  });
});

describe('market-regulation rule set (总局令第45号, 国市监信规〔2021〕3号)', () => {
  const market = (day: string, kinds: PenaltyKind[], opts: Partial<PublicityInput> = {}) =>
    input(day, kinds, { ...opts }, MARKET);

  it('a warning only is not published', () => {
    expect(publicityOf(market('2026-03-01', ['warning']), MARKET)).toEqual({
      className: 'warning-only', published: false, start: null, minEnd: null, maxEnd: null, autoRepair: false,
    });
  });
  it('通报批评: shown 3 months, then its publicity stops — a stop, not a repair (defect 9)', () => {
    const r = record(market('2026-11-30', ['circulated-criticism']), MARKET);
    expect(r).toMatchObject({ minEnd: null, maxEnd: '2027-02-28', autoRepair: false });
    expect(isActive(r, '2027-02-28')).toBe(true);
    expect(autoRepairDue(r, '2027-03-01')).toBe(false);
    expect(expiryDue(r, '2027-03-01')).toBe(true);
    expect(applicationRefusal(r, '2027-01-15')).toEqual({ reason: 'never-early' });
  });
  it('the summary procedure (简易程序) is not published at all (公示规定: ordinary procedure only)', () => {
    expect(publicityOf(market('2026-03-01', ['fine'], { fineAmount: 200, procedure: 'summary' }), MARKET)).toMatchObject({ className: 'summary-procedure', published: false });
  });
  it('a lower fine (≤ 10 000 yuan): stops by itself after 3 months, not repaired', () => {
    const r = record(market('2026-01-31', ['fine'], { fineAmount: 10_000 }), MARKET);
    expect(r).toMatchObject({ severity: 'ordinary', minEnd: null, maxEnd: '2026-04-30', autoRepair: false });
    expect(expiryDue(r, '2026-04-30')).toBe(false);
    expect(expiryDue(r, '2026-05-01')).toBe(true);
    expect(publicityOf(market('2026-01-31', ['fine'], { fineAmount: 10_000.01 }), MARKET).className).toBe('other');
  });
  it('others: repairable after 6 months, shown 3 years at most', () => {
    const r = record(market('2026-08-31', ['fine', 'confiscation'], { fineAmount: 50_000 }), MARKET);
    expect(r).toMatchObject({ minEnd: '2027-02-28', maxEnd: '2029-08-31' });
    expect(applicationRefusal(r, '2027-02-28')).toEqual({ reason: 'too-early', repairableFrom: '2027-03-01' });
    expect(applicationRefusal(r, '2027-03-01')).toBeNull();
    expect(isActive(r, '2029-08-31')).toBe(true);
    expect(expiryDue(r, '2029-09-01')).toBe(true);
  });
  it('food, drugs and special equipment — the field of the violation, not the subject’s industry: 1 year before repair (defect 5)', () => {
    for (const violationField of ['food', 'drugs', 'special-equipment'] as const) {
      expect(publicityOf(market('2028-02-29', ['fine'], { fineAmount: 50_000, violationField }), MARKET)).toMatchObject({ minEnd: '2029-02-28', maxEnd: '2031-02-28' });
    }
    for (const violationField of ['medical-devices', 'cosmetics', 'other'] as const) {
      expect(publicityOf(market('2028-02-29', ['fine'], { fineAmount: 50_000, violationField }), MARKET).minEnd).toBe('2028-08-29');
    }
  });
  it('suspension of business, licence revocation, restriction of practice: never stopped early, 3 years', () => {
    for (const k of ['production-suspension', 'licence-revocation', 'practice-restriction'] as const) {
      const r = record(market('2026-01-31', ['fine', k], { fineAmount: 20_000 }), MARKET);
      expect(r).toMatchObject({ severity: 'serious', minEnd: null, maxEnd: '2029-01-31' });
      expect(applicationRefusal(r, '2028-12-31')).toEqual({ reason: 'never-early' });
      expect(repairableFrom(r)).toBeNull();
      expect(expiryDue(r, '2029-01-31')).toBe(false);
      expect(expiryDue(r, '2029-02-01')).toBe(true);
    }
  });
});

describe('what an application needs', () => {
  it('the fine’s receipt when there is a fine; rectification unless minor', () => {
    expect(requiredProofs({ fineAmount: 5000, severity: 'ordinary' }, NATIONAL)).toEqual(['fine-receipt', 'rectification']);
    expect(requiredProofs({ fineAmount: null, severity: 'serious' }, NATIONAL)).toEqual(['rectification']);
    expect(requiredProofs({ fineAmount: 200, severity: 'minor' }, NATIONAL)).toEqual(['fine-receipt']);
    expect(requiredProofs({ fineAmount: 0, severity: 'minor' as Severity }, { requireRectification: false })).toEqual([]);
  });
  it('refuses a repaired or not-published record', () => {
    const r = record(input('2026-01-31', ['fine']), NATIONAL);
    expect(applicationRefusal({ ...r, status: 'repaired' }, '2026-06-01')).toEqual({ reason: 'already-repaired' });
    expect(applicationRefusal({ ...r, status: 'not-published' }, '2026-06-01')).toEqual({ reason: 'not-published' });
  });
});

describe('rule sets', () => {
  it('the defaults cover every record', () => {
    for (const set of Object.values(DEFAULT_RULE_SETS)) expect(ruleSetProblems(set)).toEqual([]);
  });
  it('a set some records fall through, or with a minimum beyond its maximum, is refused', () => {
    expect(ruleSetProblems({ ...NATIONAL, classes: NATIONAL.classes.slice(0, 2) })[0]).toMatch(/no class/);
    expect(ruleSetProblems({ ...NATIONAL, classes: NATIONAL.classes.map((c) => ({ ...c, minMonths: 40 })) })[0]).toMatch(/minimum beyond maximum/);
  });
  it('kinds are read from spreadsheets in Chinese or English', () => {
    expect(kindFromText('罚款')).toBe('fine');
    expect(kindFromText('通报批评')).toBe('circulated-criticism');
    expect(kindFromText('Licence revocation')).toBe('licence-revocation');
    expect(kindFromText('吊销营业执照')).toBe('licence-revocation');
    expect(kindFromText('拘留')).toBeUndefined();
  });
});

describe('procedure and amount thresholds (defect 6)', () => {
  it('a penalty of the summary procedure (简易程序) is minor under 令第36号', () => {
    expect(deriveSeverity(['fine'], 200, NATIONAL.severity, 'summary')).toBe('minor');
    expect(deriveSeverity(['fine'], 200, NATIONAL.severity, 'ordinary')).toBe('ordinary');
    expect(deriveSeverity(['fine'], 200, NATIONAL.severity)).toBe('ordinary');
  });
  it('a fine from the set’s threshold on is serious, and the set cites where the threshold comes from', () => {
    expect(NATIONAL.severity.seriousFineFrom).toBe(1_000_000);
    expect(NATIONAL.severity.thresholdSource).toMatch(/令第36号/);
    expect(deriveSeverity(['fine'], 10_000_000, NATIONAL.severity)).toBe('serious');
    expect(deriveSeverity(['fine'], 999_999, NATIONAL.severity)).toBe('ordinary');
    expect(deriveSeverity(['fine'], 10_000_000, MARKET.severity)).toBe('serious');
  });
});

describe('minor records are not published in principle (defect 7)', () => {
  it('a minor record is not published unless the department recorded why it must be (确有必要)', () => {
    expect(publicityOf(input('2026-06-10', ['warning'], { publishReason: null }), NATIONAL)).toMatchObject({ className: 'minor', published: false, autoRepair: false });
    expect(publicityOf(input('2026-06-10', ['warning'], { publishReason: '确有必要：本省免申即享' }), NATIONAL)).toMatchObject({
      className: 'minor',
      published: true,
      maxEnd: '2026-09-10',
      autoRepair: true,
    });
  });
});

describe('transition between rule sets (defect 8, 从旧兼从轻)', () => {
  const cands = Object.entries(DEFAULT_RULE_SETS).map(([code, rules]) => ({ code, rules, ref: code }));
  const national = cands.find((c) => c.code === 'national')!;
  const market = cands.find((c) => c.code === 'market-regulation')!;
  const facts = (decisionDate: string, kinds: PenaltyKind[], extra: Partial<RecordFacts> = {}): RecordFacts => ({
    decisionDate,
    kinds,
    fineAmount: kinds.includes('fine') ? 5000 : null,
    procedure: 'ordinary',
    violationField: 'other',
    publishReason: null,
    ...extra,
  });
  it('each set has an effective date and names the set it replaced', () => {
    expect(NATIONAL).toMatchObject({ effectiveFrom: '2026-04-01', replaces: 'national-2023' });
    expect(DEFAULT_RULE_SETS['national-2023']).toMatchObject({ effectiveFrom: '2023-05-01' });
    expect(MARKET).toMatchObject({ effectiveFrom: '2025-12-25', replaces: 'market-regulation-2021' });
    expect(inForceOn(national, cands, '2026-03-31').code).toBe('national-2023');
    expect(inForceOn(national, cands, '2026-04-01').code).toBe('national');
    expect(inForceOn(market, cands, '2025-12-24').code).toBe('market-regulation-2021');
    expect(inForceOn(market, cands, '2025-12-25').code).toBe('market-regulation');
  });
  it('a record decided before 2026-04-01 keeps the old set where the new one is not kinder', () => {
    const j = judgeRecord(national, cands, facts('2026-03-31', ['fine']));
    expect(j).toMatchObject({ reason: 'in-force', set: { code: 'national-2023' }, publicity: { minEnd: '2026-06-30', maxEnd: '2027-03-31' } });
  });
  it('…and gets the new set where it is more favourable: a warning, ordinary under 令第58号, is minor and unpublished under 令第36号', () => {
    const j = judgeRecord(national, cands, facts('2026-03-31', ['warning']));
    expect(j).toMatchObject({ reason: 'more-favourable', set: { code: 'national' }, severity: 'minor', publicity: { published: false } });
  });
  it('a record decided on or after the effective date is judged by the new set', () => {
    expect(judgeRecord(national, cands, facts('2026-04-01', ['fine']))).toMatchObject({ reason: 'in-force', set: { code: 'national' } });
  });
  it('kinder: unpublished beats published; then the earlier maximum; then repairable sooner', () => {
    const pub = (maxEnd: string, minEnd: string | null) => ({ className: 'x', published: true, start: '2026-01-01', minEnd, maxEnd, autoRepair: false });
    const hidden = { className: 'x', published: false, start: null, minEnd: null, maxEnd: null, autoRepair: false };
    expect(kinder(hidden, pub('2026-04-01', null))).toBe(true);
    expect(kinder(pub('2026-04-01', null), hidden)).toBe(false);
    expect(kinder(pub('2026-04-01', null), pub('2026-05-01', '2026-02-01'))).toBe(true);
    expect(kinder(pub('2026-05-01', '2026-02-01'), pub('2026-05-01', null))).toBe(true);
    expect(kinder(pub('2026-05-01', '2026-02-01'), pub('2026-05-01', '2026-02-01'))).toBe(false);
  });
});

describe('year on year (defect 4: 今年以来…同比 is the same stretch of the previous year)', () => {
  it('this year to date against 1 January to the same moment of last year, China time', () => {
    const p = yoyPeriods(2027, new Date('2027-02-28T02:00:00Z'));
    expect(p.current).toEqual({ from: new Date('2026-12-31T16:00:00Z'), to: new Date('2027-02-28T02:00:00Z') });
    expect(p.previous).toEqual({ from: new Date('2025-12-31T16:00:00Z'), to: new Date('2026-02-28T02:00:00Z') });
  });
  it('a past year whole against the whole year before', () => {
    const p = yoyPeriods(2026, new Date('2027-02-28T02:00:00Z'));
    expect(p.current).toEqual({ from: new Date('2025-12-31T16:00:00Z'), to: new Date('2026-12-31T16:00:00Z') });
    expect(p.previous).toEqual({ from: new Date('2024-12-31T16:00:00Z'), to: new Date('2025-12-31T16:00:00Z') });
  });
  it('29 February: the same stretch ends on 28 February of the year before', () => {
    expect(yoyPeriods(2028, new Date('2028-02-29T04:00:00Z')).previous.to).toEqual(new Date('2027-02-28T04:00:00Z'));
  });
});

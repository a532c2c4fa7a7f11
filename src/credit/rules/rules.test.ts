/**
 * The credit-repair rules read against RULES.md "Credit repair": 国家发展改革委令第36号 (the national default) and
 * the market-regulation set (总局令第45号, 国市监信规〔2021〕3号). Boundaries: 3 months, 6 months, 1 year,
 * 3 years; 31 January, 29 February 2028, month ends.
 */
import { describe, expect, it } from 'vitest';
import { addMonthsToDay, addDaysToDay, isDay, nextDay } from './days.js';
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
import { MARKET_REGULATION_RULE_SET as MARKET, NATIONAL_RULE_SET as NATIONAL, ruleSetProblems, type RuleSet } from './rule-set.js';
import type { PenaltyKind, Severity } from './kinds.js';
import { kindFromText } from './kinds.js';

const sev = (kinds: PenaltyKind[], fine: number | null = null, rules = NATIONAL.severity) => deriveSeverity(kinds, fine, rules);

function input(decisionDate: string, kinds: PenaltyKind[], opts: Partial<PublicityInput> = {}, rules: RuleSet = NATIONAL): PublicityInput {
  const fineAmount = opts.fineAmount ?? (kinds.includes('fine') ? 5000 : null);
  return {
    decisionDate,
    kinds,
    fineAmount,
    severity: opts.severity ?? deriveSeverity(kinds, fineAmount, rules.severity),
    industry: opts.industry ?? 'factory',
    departmentField: opts.departmentField ?? 'ecology',
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
    expect(addDaysToDay('2026-12-31', 1)).toBe('2027-01-01');
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
    input(day, kinds, { departmentField: 'market', ...opts }, MARKET);

  it('a warning only is not published', () => {
    expect(publicityOf(market('2026-03-01', ['warning']), MARKET)).toEqual({
      className: 'warning-only', published: false, start: null, minEnd: null, maxEnd: null, autoRepair: false,
    });
  });
  it('通报批评: shown 3 months, then repaired automatically', () => {
    const r = record(market('2026-11-30', ['circulated-criticism']), MARKET);
    expect(r).toMatchObject({ minEnd: '2027-02-28', maxEnd: '2027-02-28', autoRepair: true });
    expect(isActive(r, '2027-02-28')).toBe(true);
    expect(autoRepairDue(r, '2027-02-28')).toBe(false);
    expect(autoRepairDue(r, '2027-03-01')).toBe(true);
    expect(expiryDue(r, '2027-03-01')).toBe(false);
  });
  it('a lower fine (≤ 10 000 yuan): stops by itself after 3 months, not repaired', () => {
    const r = record(market('2026-01-31', ['fine'], { fineAmount: 10_000 }), MARKET);
    expect(r).toMatchObject({ severity: 'ordinary', minEnd: '2026-04-30', maxEnd: '2026-04-30', autoRepair: false });
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
  it('food and drugs: 1 year before repair (29 February 2028 + 1 year)', () => {
    expect(publicityOf(market('2028-02-29', ['fine'], { fineAmount: 50_000, industry: 'restaurant' }), MARKET)).toMatchObject({ minEnd: '2029-02-28', maxEnd: '2031-02-28' });
    expect(publicityOf(market('2028-02-29', ['fine'], { fineAmount: 50_000, departmentField: 'drugs' }), MARKET).minEnd).toBe('2029-02-28');
    expect(publicityOf(market('2028-02-29', ['fine'], { fineAmount: 50_000, industry: 'factory' }), MARKET).minEnd).toBe('2028-08-29');
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
    expect(ruleSetProblems(NATIONAL)).toEqual([]);
    expect(ruleSetProblems(MARKET)).toEqual([]);
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

import { describe, it, expect } from 'vitest';
import { checkIdNumber, idNumberCheckCharacter, makeIdNumber } from './id-number.js';

const NOW = new Date('2025-06-15T04:00:00Z'); // 12:00 in China

function replaceAt(s: string, position: number, char: string): string {
  return s.slice(0, position - 1) + char + s.slice(position);
}

// Synthetic numbers (not real people): Jinghu district, Wuhu.
const MALE = makeIdNumber('34020219900307123'); // 17th digit 3 → male
const FEMALE = makeIdNumber('34020219851231002'); // 17th digit 2 → female

describe('idNumberCheckCharacter / makeIdNumber', () => {
  it('computes the GB 11643 check character', () => {
    // The standard's example: 11010519491231002X.
    expect(idNumberCheckCharacter('11010519491231002')).toBe('X');
    expect(makeIdNumber('11010519491231002')).toBe('11010519491231002X');
    // Σ = 0 → index 0 → '1'.
    expect(idNumberCheckCharacter('00000000000000000')).toBe('1');
  });

  it('rejects anything but 17 digits', () => {
    expect(() => makeIdNumber('3402021990030712')).toThrow(RangeError);
    expect(() => makeIdNumber('3402021990030712X')).toThrow(RangeError);
  });
});

describe('checkIdNumber', () => {
  it('accepts valid numbers and extracts birth date, sex and division', () => {
    expect(checkIdNumber(MALE, NOW)).toEqual({
      ok: true,
      idNumber: MALE,
      birthDate: '1990-03-07',
      sex: 'male',
      division: '340202',
    });
    expect(checkIdNumber(FEMALE, NOW)).toMatchObject({ ok: true, birthDate: '1985-12-31', sex: 'female' });
    expect(checkIdNumber('11010519491231002X', NOW)).toMatchObject({
      ok: true,
      sex: 'female',
      division: '110105',
    });
  });

  it('accepts a lowercase x and surrounding spaces', () => {
    expect(checkIdNumber(' 11010519491231002x ', NOW)).toMatchObject({
      ok: true,
      idNumber: '11010519491231002X',
    });
  });

  it('reports empty input and wrong length', () => {
    expect(checkIdNumber('  ', NOW)).toEqual({ ok: false, reason: 'empty' });
    expect(checkIdNumber(MALE.slice(0, 17), NOW)).toEqual({
      ok: false,
      reason: 'length',
      expected: '18',
      found: '17',
    });
    // First-generation 15-digit numbers are not accepted.
    expect(checkIdNumber('340202900307123', NOW)).toMatchObject({ reason: 'length', found: '15' });
  });

  it('reports a bad character, including X anywhere but the last position', () => {
    expect(checkIdNumber(replaceAt(MALE, 5, 'A'), NOW)).toEqual({
      ok: false,
      reason: 'character',
      position: 5,
      found: 'A',
    });
    expect(checkIdNumber(replaceAt(MALE, 17, 'X'), NOW)).toMatchObject({ reason: 'character', position: 17 });
    expect(checkIdNumber(replaceAt(MALE, 18, 'Y'), NOW)).toMatchObject({ reason: 'character', position: 18 });
  });

  it('reports an unknown province in the division', () => {
    for (const prefix of ['00', '10', '19', '66', '90', '99']) {
      const id = makeIdNumber(prefix + MALE.slice(2, 17));
      expect(checkIdNumber(id, NOW)).toEqual({
        ok: false,
        reason: 'division',
        position: 1,
        found: prefix + MALE.slice(2, 6),
      });
    }
  });

  it('checks that the birth date is a real calendar date', () => {
    const withBirth = (yyyymmdd: string) => makeIdNumber(`340202${yyyymmdd}123`);
    for (const bad of ['19901301', '19900001', '19900100', '19900431', '19900230', '19000229', '21000229']) {
      expect(checkIdNumber(withBirth(bad), NOW), bad).toEqual({
        ok: false,
        reason: 'birth-date',
        position: 7,
        found: bad,
      });
    }
  });

  it('handles 29 February on leap and non-leap years', () => {
    const withBirth = (yyyymmdd: string) => makeIdNumber(`340202${yyyymmdd}123`);
    expect(checkIdNumber(withBirth('20000229'), NOW)).toMatchObject({ ok: true, birthDate: '2000-02-29' }); // ÷400
    expect(checkIdNumber(withBirth('19960229'), NOW)).toMatchObject({ ok: true, birthDate: '1996-02-29' });
    expect(checkIdNumber(withBirth('20240229'), NOW)).toMatchObject({ ok: true, birthDate: '2024-02-29' });
    expect(checkIdNumber(withBirth('19000229'), NOW)).toMatchObject({ ok: false, reason: 'birth-date' }); // ÷100
    expect(checkIdNumber(withBirth('20230229'), NOW)).toMatchObject({ ok: false, reason: 'birth-date' });
    expect(checkIdNumber(withBirth('19970229'), NOW)).toMatchObject({ ok: false, reason: 'birth-date' });
  });

  it('rejects birth dates in the future or implausibly old', () => {
    const withBirth = (yyyymmdd: string) => makeIdNumber(`340202${yyyymmdd}123`);
    expect(checkIdNumber(withBirth('20250615'), NOW)).toMatchObject({ ok: true }); // born today
    expect(checkIdNumber(withBirth('20250616'), NOW)).toMatchObject({ ok: false, reason: 'birth-date' });
    expect(checkIdNumber(withBirth('20300101'), NOW)).toMatchObject({ ok: false, reason: 'birth-date' });
    expect(checkIdNumber(withBirth('18991231'), NOW)).toMatchObject({ ok: false, reason: 'birth-date' });
    // "Today" is the date in China: at 2025-06-15T17:00Z it is already 16 June in China.
    expect(checkIdNumber(withBirth('20250616'), new Date('2025-06-15T17:00:00Z'))).toMatchObject({
      ok: true,
    });
  });

  it('reports a wrong check character with expected and found', () => {
    const wrong = MALE.charAt(17) === '0' ? '1' : '0';
    expect(checkIdNumber(replaceAt(MALE, 18, wrong), NOW)).toEqual({
      ok: false,
      reason: 'check-character',
      position: 18,
      expected: MALE.charAt(17),
      found: wrong,
    });
    expect(checkIdNumber('110105194912310021', NOW)).toEqual({
      ok: false,
      reason: 'check-character',
      position: 18,
      expected: 'X',
      found: '1',
    });
  });

  it('detects single-digit changes in the sequence and adjacent swaps in the body', () => {
    for (const c of '0123456789') {
      if (c === MALE.charAt(14)) continue;
      expect(checkIdNumber(replaceAt(MALE, 15, c), NOW)).toMatchObject({
        ok: false,
        reason: 'check-character',
      });
    }
    // 15 ↔ 16 and 16 ↔ 17 swaps ('123' → '213', '132').
    expect(checkIdNumber(`${MALE.slice(0, 14)}213${MALE.charAt(17)}`, NOW).ok).toBe(false);
    expect(checkIdNumber(`${MALE.slice(0, 14)}132${MALE.charAt(17)}`, NOW).ok).toBe(false);
  });
});

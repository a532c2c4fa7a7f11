import { chinaDayOf } from '../platform/time/china.js';
/**
 * 公民身份号码 (resident ID number) — GB 11643-1999.
 *
 * | positions | part                                    | 中文           |
 * |-----------|-----------------------------------------|----------------|
 * | 1–6       | division of the registered residence    | 地址码 (GB/T 2260) |
 * | 7–14      | birth date YYYYMMDD                     | 出生日期码     |
 * | 15–17     | sequence; 17th odd = male, even = female | 顺序码        |
 * | 18        | check character (0–9 or X)              | 校验码         |
 *
 * Pure functions, no I/O. See RULES.md, section "Identifiers".
 */

const ID_WEIGHTS: readonly number[] = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK_CHARACTERS = '10X98765432';

/**
 * First two digits (province level) accepted in the division part. 11–65 are the mainland provinces,
 * 71 Taiwan, 81 Hong Kong, 82 Macao (81/82/83 are also used by residence permits for Hong Kong, Macao and
 * Taiwan residents, 港澳台居民居住证). The 2023 foreign permanent-resident ID card (starting with 9) is not
 * a resident ID number and is rejected.
 */
// prettier-ignore
const PROVINCE_PREFIXES: ReadonlySet<string> = new Set([
  '11', '12', '13', '14', '15',
  '21', '22', '23',
  '31', '32', '33', '34', '35', '36', '37',
  '41', '42', '43', '44', '45', '46',
  '50', '51', '52', '53', '54',
  '61', '62', '63', '64', '65',
  '71', '81', '82', '83',
]);

/** Earliest birth year accepted (a sanity bound, not from the standard). */
const EARLIEST_BIRTH_YEAR = 1900;


export type IdNumberProblem =
  'empty' | 'length' | 'character' | 'division' | 'birth-date' | 'check-character';

/**
 * Result of {@link checkIdNumber}. On success `birthDate` is `YYYY-MM-DD`, `division` the first 6 digits.
 * On failure `position` is 1-based (the first position of the offending part); `expected`/`found` are
 * given for the check character (and `found` for a bad character, `expected`/`found` for the length).
 */
export type IdNumberCheck =
  | { ok: true; idNumber: string; birthDate: string; sex: 'male' | 'female'; division: string }
  | { ok: false; reason: IdNumberProblem; position?: number; expected?: string; found?: string };

/** The check character (0–9 or `X`) for the first 17 digits. Throws a RangeError on bad input. */
export function idNumberCheckCharacter(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new RangeError(`expected 17 digits: ${JSON.stringify(first17)}`);
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17.charAt(i)) * (ID_WEIGHTS[i] ?? 0);
  return ID_CHECK_CHARACTERS.charAt(sum % 11);
}

/** Completes 17 digits into an 18-character ID number by appending its check character. */
export function makeIdNumber(first17: string): string {
  return first17 + idNumberCheckCharacter(first17);
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Today's date in China as `YYYYMMDD`. */
function chinaDateDigits(now: Date): string {
  return chinaDayOf(now).replaceAll('-', '');
}

/**
 * Validates an 18-character resident ID number (trimmed; a lowercase `x` is accepted). The birth date
 * must be a real calendar date (leap years included), not before 1900 and not after `now` (compared as
 * calendar dates in China Standard Time). 15-digit first-generation numbers are rejected as `length`.
 *
 * Order of checks: empty, length, characters, division (positions 1–6), birth date (7–14), check (18).
 */
export function checkIdNumber(input: string, now: Date): IdNumberCheck {
  const id = input.trim().toUpperCase();
  if (id === '') return { ok: false, reason: 'empty' };

  const chars = Array.from(id);
  if (chars.length !== 18)
    return { ok: false, reason: 'length', expected: '18', found: String(chars.length) };

  for (let i = 0; i < 18; i++) {
    const c = chars[i] ?? '';
    const allowed = (c >= '0' && c <= '9') || (i === 17 && c === 'X');
    if (!allowed) return { ok: false, reason: 'character', position: i + 1, found: c };
  }

  const division = id.slice(0, 6);
  if (!PROVINCE_PREFIXES.has(division.slice(0, 2))) {
    return { ok: false, reason: 'division', position: 1, found: division };
  }

  const birth = id.slice(6, 14);
  const year = Number(birth.slice(0, 4));
  const month = Number(birth.slice(4, 6));
  const day = Number(birth.slice(6, 8));
  const realDate = month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
  if (!realDate || year < EARLIEST_BIRTH_YEAR || birth > chinaDateDigits(now)) {
    return { ok: false, reason: 'birth-date', position: 7, found: birth };
  }

  const check = idNumberCheckCharacter(id.slice(0, 17));
  if (check !== id.charAt(17)) {
    return { ok: false, reason: 'check-character', position: 18, expected: check, found: id.charAt(17) };
  }

  return {
    ok: true,
    idNumber: id,
    birthDate: `${birth.slice(0, 4)}-${birth.slice(4, 6)}-${birth.slice(6, 8)}`,
    sex: Number(id.charAt(16)) % 2 === 1 ? 'male' : 'female',
    division,
  };
}

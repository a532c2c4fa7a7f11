import { describe, it, expect } from 'vitest';
import {
  USCC_ALPHABET,
  checkUscc,
  makeUscc,
  organisationCheckCharacter,
  usccCheckCharacter,
} from './uscc.js';

/**
 * Publicly displayed codes (business licences, 国家企业信用信息公示系统). Each passes both checks with this
 * implementation; the company names are given as recalled.
 */
const REAL_CODES = [
  '91330100716105852F', // 阿里巴巴（中国）有限公司
  '91440300708461136T', // 深圳市腾讯计算机系统有限公司
  '914403001922038216', // 华为技术有限公司
  '91110108551385082Q', // 小米科技有限责任公司
  '91110000802100433B', // 百度在线网络技术（北京）有限公司
  '91340000148975314D', // 安徽海螺水泥股份有限公司
];

/** A synthetic valid code (Wuhu, Jinghu district, new-style "MA" organisation code). */
const VALID = makeUscc({
  authority: '9',
  entityType: '1',
  division: '340202',
  organisationBase8: 'MA2N1234',
});

function replaceAt(s: string, position: number, char: string): string {
  return s.slice(0, position - 1) + char + s.slice(position);
}

/** What checkUscc answers for a code refused at one position (1-based), with the character it expected there. */
function refused(reason: string, position: number, found: string, expected?: string) {
  return { ok: false, reason, position, found, ...(expected === undefined ? {} : { expected }) };
}

describe('usccCheckCharacter / organisationCheckCharacter', () => {
  it('reproduces the check characters of real codes', () => {
    for (const code of REAL_CODES) {
      expect(usccCheckCharacter(code.slice(0, 17))).toBe(code.charAt(17));
      expect(organisationCheckCharacter(code.slice(8, 16))).toBe(code.charAt(16));
    }
  });

  it('maps 10 to X and 11 to 0 in the organisation check', () => {
    // Σ = 3·1 = 3 → 11 − 3 = 8; Σ = 0 → 11 → '0'; Σ = 3·4 = 12 → 12 mod 11 = 1 → 10 → 'X'.
    expect(organisationCheckCharacter('10000000')).toBe('8');
    expect(organisationCheckCharacter('00000000')).toBe('0');
    expect(organisationCheckCharacter('40000000')).toBe('X');
    // Letters count 10–35, including ones the USCC alphabet forbids: Z = 35, 35·3 = 105 ≡ 6 → 5.
    expect(organisationCheckCharacter('Z0000000')).toBe('5');
  });

  it('accepts lowercase and rejects bad input', () => {
    expect(usccCheckCharacter(VALID.slice(0, 17).toLowerCase())).toBe(VALID.charAt(17));
    expect(() => usccCheckCharacter('91340202')).toThrow(RangeError);
    expect(() => usccCheckCharacter('91340202MA2N1234O')).toThrow(RangeError);
    expect(() => organisationCheckCharacter('MA2N123')).toThrow(RangeError);
    expect(() => organisationCheckCharacter('MA2N123-')).toThrow(RangeError);
  });
});

describe('makeUscc', () => {
  it('builds codes that pass every check', () => {
    expect(VALID).toHaveLength(18);
    expect(VALID.startsWith('91340202MA2N1234')).toBe(true);
    expect(checkUscc(VALID)).toEqual({ ok: true, uscc: VALID });
    const individual = makeUscc({
      authority: '9',
      entityType: '2',
      division: '340223',
      organisationBase8: '12345678',
    });
    expect(checkUscc(individual).ok).toBe(true);
    const society = makeUscc({
      authority: '5',
      entityType: '1',
      division: '340200',
      organisationBase8: 'ma0abcde',
    });
    expect(checkUscc(society)).toEqual({ ok: true, uscc: society });
  });

  it('rejects invalid parts', () => {
    const base = { authority: '9', entityType: '1', division: '340202', organisationBase8: 'MA2N1234' };
    expect(() => makeUscc({ ...base, authority: 'B' })).toThrow(RangeError);
    expect(() => makeUscc({ ...base, authority: '91' })).toThrow(RangeError);
    expect(() => makeUscc({ ...base, entityType: '9' })).toThrow(RangeError);
    expect(() => makeUscc({ ...base, division: '34020' })).toThrow(RangeError);
    expect(() => makeUscc({ ...base, division: '34020A' })).toThrow(RangeError);
    expect(() => makeUscc({ ...base, organisationBase8: 'MA2N123' })).toThrow(RangeError);
    expect(() => makeUscc({ ...base, organisationBase8: 'MA2N123O' })).toThrow(RangeError);
  });
});

describe('checkUscc', () => {
  it('accepts real-world codes', () => {
    for (const code of REAL_CODES) expect(checkUscc(code)).toEqual({ ok: true, uscc: code });
  });

  it('normalises: trims and upper-cases', () => {
    expect(checkUscc(`  ${VALID.toLowerCase()}\n`)).toEqual({ ok: true, uscc: VALID });
    expect(checkUscc(' 91330100716105852f ')).toEqual({ ok: true, uscc: '91330100716105852F' });
  });

  it('reports empty input', () => {
    expect(checkUscc('')).toEqual({ ok: false, reason: 'empty' });
    expect(checkUscc('   ')).toEqual({ ok: false, reason: 'empty' });
  });

  it('reports a wrong length', () => {
    expect(checkUscc(VALID.slice(0, 17))).toEqual({
      ok: false,
      reason: 'length',
      expected: '18',
      found: '17',
    });
    expect(checkUscc(`${VALID}0`)).toEqual({ ok: false, reason: 'length', expected: '18', found: '19' });
    expect(checkUscc('340202199001011234')).toMatchObject({ ok: false }); // an ID number is not a USCC
    expect(checkUscc('913402020000')).toMatchObject({ ok: false, reason: 'length', found: '12' });
  });

  it('rejects the forbidden letters I, O, S, V, Z at their position', () => {
    for (const letter of ['I', 'O', 'S', 'V', 'Z']) {
      expect(USCC_ALPHABET.includes(letter)).toBe(false);
      expect(checkUscc(replaceAt(VALID, 12, letter))).toEqual(refused('character', 12, letter));
      // Lowercase forms are upper-cased first and still rejected.
      expect(checkUscc(replaceAt(VALID, 18, letter.toLowerCase()))).toMatchObject({
        reason: 'character',
        position: 18,
        found: letter,
      });
    }
    expect(checkUscc(replaceAt(VALID, 5, '-'))).toMatchObject({
      reason: 'character',
      position: 5,
      found: '-',
    });
    expect(checkUscc(replaceAt(VALID, 9, 'Ｍ'))).toMatchObject({
      reason: 'character',
      position: 9,
      found: 'Ｍ',
    });
  });

  it('reports an unknown registration authority (position 1)', () => {
    for (const c of ['0', 'B', 'X']) {
      expect(checkUscc(replaceAt(VALID, 1, c))).toEqual(refused('registration-authority', 1, c));
    }
  });

  it('reports an entity type not valid for the authority (position 2)', () => {
    expect(checkUscc(replaceAt(VALID, 2, '4'))).toEqual(refused('entity-type', 2, '4', '123'));
    expect(checkUscc(replaceAt(VALID, 2, '9'))).toMatchObject({ reason: 'entity-type', expected: '123' });
    // Y (其他) only has type 1.
    const other = replaceAt(replaceAt(VALID, 1, 'Y'), 2, '2');
    expect(checkUscc(other)).toMatchObject({ reason: 'entity-type', position: 2, expected: '1', found: '2' });
  });

  it('reports a non-digit division (positions 3–8)', () => {
    expect(checkUscc(replaceAt(VALID, 3, 'A'))).toEqual(refused('division', 3, 'A'));
    expect(checkUscc(replaceAt(VALID, 8, 'X'))).toEqual(refused('division', 8, 'X'));
  });

  it('reports a wrong 18th character with expected and found', () => {
    const wrong = VALID.charAt(17) === '0' ? '1' : '0';
    expect(checkUscc(replaceAt(VALID, 18, wrong))).toEqual(
      refused('check-character', 18, wrong, VALID.charAt(17)),
    );
    expect(checkUscc('91330100716105852G')).toEqual(refused('check-character', 18, 'G', 'F'));
  });

  it('reports a wrong organisation check (position 17) when the 18th character is consistent', () => {
    // Codes of this shape exist in the wild: self-consistent but with an organisation code that fails
    // GB 11714. They are reported distinctly so an audited manual override can accept them.
    const body = VALID.slice(0, 16);
    const right = VALID.charAt(16);
    const wrong = right === '1' ? '2' : '1';
    const first17 = body + wrong;
    const code = first17 + usccCheckCharacter(first17);
    expect(checkUscc(code)).toEqual(refused('organisation-check', 17, wrong, right));
  });

  it('reports a single changed character in each region', () => {
    // 1: authority → one that does not allow the entity type or does not exist.
    expect(checkUscc(replaceAt(VALID, 1, 'B'))).toMatchObject({
      ok: false,
      reason: 'registration-authority',
    });
    // 2: entity type.
    expect(checkUscc(replaceAt(VALID, 2, '5'))).toMatchObject({ ok: false, reason: 'entity-type' });
    // 3–8: a different digit in the division is caught by the 18th check.
    expect(checkUscc(replaceAt(VALID, 6, '9'))).toMatchObject({
      ok: false,
      reason: 'check-character',
      position: 18,
    });
    // 9–16: organisation body.
    expect(checkUscc(replaceAt(VALID, 11, '7'))).toMatchObject({ ok: false, reason: 'check-character' });
    // 17: organisation check.
    const c17 = VALID.charAt(16) === 'X' ? '0' : 'X';
    expect(checkUscc(replaceAt(VALID, 17, c17))).toMatchObject({ ok: false, reason: 'check-character' });
  });

  it('detects every single-character substitution', () => {
    for (const code of [VALID, ...REAL_CODES]) {
      for (let position = 1; position <= 18; position++) {
        for (const c of USCC_ALPHABET) {
          if (c === code.charAt(position - 1)) continue;
          expect(checkUscc(replaceAt(code, position, c)).ok).toBe(false);
        }
      }
    }
  });

  it('detects every swap of adjacent characters', () => {
    for (const code of [VALID, ...REAL_CODES]) {
      for (let i = 0; i < 17; i++) {
        const a = code.charAt(i);
        const b = code.charAt(i + 1);
        if (a === b) continue;
        const swapped = code.slice(0, i) + b + a + code.slice(i + 2);
        expect(checkUscc(swapped).ok, `${code} swap ${i + 1}/${i + 2}`).toBe(false);
      }
    }
  });
});

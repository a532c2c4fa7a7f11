/**
 * 统一社会信用代码 (USCC) — GB 32100-2015 "法人和其他组织统一社会信用代码编码规则".
 *
 * Layout of the 18 characters (positions are 1-based):
 *
 * | positions | part                                   | 中文                   |
 * |-----------|----------------------------------------|------------------------|
 * | 1         | registration-authority code            | 登记管理部门代码       |
 * | 2         | entity-type code (per authority)       | 机构类别代码           |
 * | 3–8       | division of the registering authority  | 登记管理机关行政区划码 (GB/T 2260) |
 * | 9–17      | organisation code, 8 chars + check     | 主体标识码 / 组织机构代码 (GB 11714) |
 * | 18        | check character                        | 校验码                 |
 *
 * Pure functions, no I/O. See RULES.md, section "Identifiers".
 */

/** The 31 characters a USCC may contain (values 0–30); I, O, S, V and Z are never used. */
export const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** Weights of positions 1–17 for the 18th character: 3^(i−1) mod 31. */
const USCC_WEIGHTS: readonly number[] = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** GB 11714 organisation-code alphabet: 0–9 then A–Z, values 0–35. */
const ORGANISATION_ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** GB 11714 weights of the 8 body characters of an organisation code. */
const ORGANISATION_WEIGHTS: readonly number[] = [3, 7, 9, 10, 5, 8, 4, 2];

export type UsccRegistrationAuthority = {
  zh: string;
  en: string;
  /** Allowed entity-type codes (机构类别代码) with their Chinese names. */
  entityTypes: Readonly<Record<string, string>>;
};

/**
 * Registration-authority codes (登记管理部门代码) and, per authority, the entity-type codes (机构类别代码)
 * of the GB 32100-2015 table (with the later additions A and N).
 *
 * Certain: 1, 5, 9 and Y with their types. Less certain (recalled from the standard's annex; the table has
 * been extended by notices since 2015): 2, 3, 4, 6, 7, 8, A and N. To stay permissive, every authority
 * except 9 (工商) and Y (其他) also accepts 9 (其他) as entity type. Extend this table rather than
 * loosening the check.
 */
export const USCC_REGISTRATION_AUTHORITIES: Readonly<Record<string, UsccRegistrationAuthority>> = {
  '1': {
    zh: '机构编制',
    en: 'establishment administration',
    entityTypes: { '1': '机关', '2': '事业单位', '3': '中央编办直接管理机构编制的群众团体', '9': '其他' },
  },
  '2': { zh: '外交', en: 'foreign affairs', entityTypes: { '1': '外国常驻新闻机构', '9': '其他' } },
  '3': {
    zh: '司法行政',
    en: 'justice administration',
    entityTypes: {
      '1': '律师执业机构',
      '2': '公证处',
      '3': '基层法律服务所',
      '4': '司法鉴定机构',
      '5': '仲裁委员会',
      '9': '其他',
    },
  },
  '4': { zh: '文化', en: 'culture', entityTypes: { '1': '外国在华文化中心', '9': '其他' } },
  '5': {
    zh: '民政',
    en: 'civil affairs',
    entityTypes: { '1': '社会团体', '2': '民办非企业单位', '3': '基金会', '9': '其他' },
  },
  '6': {
    zh: '旅游',
    en: 'tourism',
    entityTypes: {
      '1': '外国旅游部门常驻代表机构',
      '2': '港澳台地区旅游部门常驻内地（大陆）代表机构',
      '9': '其他',
    },
  },
  '7': {
    zh: '宗教',
    en: 'religious affairs',
    entityTypes: { '1': '宗教活动场所', '2': '宗教院校', '9': '其他' },
  },
  '8': { zh: '工会', en: 'trade unions', entityTypes: { '1': '基层工会', '9': '其他' } },
  '9': {
    zh: '工商',
    en: 'market regulation (industry and commerce)',
    entityTypes: { '1': '企业', '2': '个体工商户', '3': '农民专业合作社' },
  },
  A: {
    zh: '中央军委改革和编制办公室',
    en: 'Central Military Commission',
    entityTypes: { '1': '军队事业单位', '9': '其他' },
  },
  N: {
    zh: '农业',
    en: 'agriculture',
    entityTypes: { '1': '组级集体经济组织', '2': '村级集体经济组织', '3': '乡镇级集体经济组织', '9': '其他' },
  },
  Y: { zh: '其他', en: 'other', entityTypes: { '1': '其他' } },
};

export type UsccProblem =
  | 'empty'
  | 'length'
  | 'character'
  | 'registration-authority'
  | 'entity-type'
  | 'division'
  | 'organisation-check'
  | 'check-character';

/**
 * Result of {@link checkUscc}. On failure `position` is 1-based; `found` is the offending character (or,
 * for `length`, the length found); `expected` is the right check character for `check-character` and
 * `organisation-check`, the required length for `length`, and the allowed characters for `entity-type`.
 */
export type UsccCheck =
  | { ok: true; uscc: string }
  | { ok: false; reason: UsccProblem; position?: number; expected?: string; found?: string };

function usccValue(char: string): number {
  const value = USCC_ALPHABET.indexOf(char);
  if (value < 0 || char.length !== 1) throw new RangeError(`not a USCC character: ${JSON.stringify(char)}`);
  return value;
}

/**
 * The 18th character (校验码) for the first 17 characters of a USCC. Throws a RangeError when the input is
 * not 17 characters of {@link USCC_ALPHABET} (lowercase is accepted).
 */
export function usccCheckCharacter(first17: string): string {
  const chars = first17.toUpperCase();
  if (chars.length !== 17) throw new RangeError(`expected 17 characters, got ${chars.length}`);
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += usccValue(chars.charAt(i)) * (USCC_WEIGHTS[i] ?? 0);
  return USCC_ALPHABET.charAt((31 - (sum % 31)) % 31);
}

/**
 * The 9th character (check) of a GB 11714 organisation code for its first 8 characters (0–9, A–Z;
 * lowercase accepted): c = 11 − (Σ v·w mod 11), 10 → `X`, 11 → `0`. Throws a RangeError on bad input.
 */
export function organisationCheckCharacter(first8: string): string {
  const chars = first8.toUpperCase();
  if (chars.length !== 8) throw new RangeError(`expected 8 characters, got ${chars.length}`);
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const char = chars.charAt(i);
    const value = ORGANISATION_ALPHABET.indexOf(char);
    if (value < 0) throw new RangeError(`not an organisation-code character: ${JSON.stringify(char)}`);
    sum += value * (ORGANISATION_WEIGHTS[i] ?? 0);
  }
  const check = 11 - (sum % 11);
  if (check === 10) return 'X';
  if (check === 11) return '0';
  return String(check);
}

/**
 * Validates a USCC. The input is trimmed and upper-cased first; on success `uscc` is that normalised form.
 *
 * Order of checks: empty, length, alphabet (first bad character), registration authority (position 1),
 * entity type (position 2), division (positions 3–8, six digits), the 18th check character, then the
 * organisation-code check (position 17).
 *
 * The 18th check is tested before the organisation check on purpose: it covers the whole code and catches
 * every single-character change and every swap of adjacent characters, so a typo is reported as
 * `check-character`. `organisation-check` is therefore only reported for a code that is self-consistent
 * but whose organisation code does not satisfy GB 11714 — which does happen with some real, legally issued
 * codes; callers may accept those through an audited manual override (RULES.md, "Identifiers").
 */
export function checkUscc(input: string): UsccCheck {
  const uscc = input.trim().toUpperCase();
  if (uscc === '') return { ok: false, reason: 'empty' };

  const chars = Array.from(uscc);
  if (chars.length !== 18)
    return { ok: false, reason: 'length', expected: '18', found: String(chars.length) };

  const bad = chars.findIndex((c) => !USCC_ALPHABET.includes(c));
  if (bad >= 0) return { ok: false, reason: 'character', position: bad + 1, found: chars[bad] };

  const authorityCode = uscc.charAt(0);
  const authority = USCC_REGISTRATION_AUTHORITIES[authorityCode];
  if (!authority) return { ok: false, reason: 'registration-authority', position: 1, found: authorityCode };

  const entityType = uscc.charAt(1);
  if (!Object.hasOwn(authority.entityTypes, entityType)) {
    const expected = Object.keys(authority.entityTypes).join('');
    return { ok: false, reason: 'entity-type', position: 2, expected, found: entityType };
  }

  for (let i = 2; i < 8; i++) {
    const c = uscc.charAt(i);
    if (c < '0' || c > '9') return { ok: false, reason: 'division', position: i + 1, found: c };
  }

  const check = usccCheckCharacter(uscc.slice(0, 17));
  if (check !== uscc.charAt(17)) {
    return { ok: false, reason: 'check-character', position: 18, expected: check, found: uscc.charAt(17) };
  }

  const organisationCheck = organisationCheckCharacter(uscc.slice(8, 16));
  if (organisationCheck !== uscc.charAt(16)) {
    return {
      ok: false,
      reason: 'organisation-check',
      position: 17,
      expected: organisationCheck,
      found: uscc.charAt(16),
    };
  }

  return { ok: true, uscc };
}

export type UsccParts = {
  /** Registration-authority code, e.g. `9` (工商). */
  authority: string;
  /** Entity-type code valid for the authority, e.g. `1` (企业) or `2` (个体工商户) under `9`. */
  entityType: string;
  /** Six-digit GB/T 2260 division code of the registering authority, e.g. `340202`. */
  division: string;
  /** The first 8 characters of the organisation code (USCC alphabet), e.g. `MA2N1234`. */
  organisationBase8: string;
};

/**
 * Builds a fully valid USCC from its parts, computing the organisation-code check (position 17) and the
 * 18th check character. Throws a RangeError when a part is invalid.
 */
export function makeUscc(parts: UsccParts): string {
  const authorityCode = parts.authority.toUpperCase();
  const entityType = parts.entityType.toUpperCase();
  const base8 = parts.organisationBase8.toUpperCase();
  const authority = USCC_REGISTRATION_AUTHORITIES[authorityCode];
  if (authorityCode.length !== 1 || !authority) {
    throw new RangeError(`unknown registration authority: ${JSON.stringify(parts.authority)}`);
  }
  if (entityType.length !== 1 || !Object.hasOwn(authority.entityTypes, entityType)) {
    throw new RangeError(
      `entity type ${JSON.stringify(parts.entityType)} is not valid for authority ${authorityCode}`,
    );
  }
  if (!/^\d{6}$/.test(parts.division)) throw new RangeError(`division must be 6 digits: ${parts.division}`);
  if (base8.length !== 8 || !Array.from(base8).every((c) => USCC_ALPHABET.includes(c))) {
    throw new RangeError(
      `organisation base must be 8 USCC characters: ${JSON.stringify(parts.organisationBase8)}`,
    );
  }
  const first17 = authorityCode + entityType + parts.division + base8 + organisationCheckCharacter(base8);
  return first17 + usccCheckCharacter(first17);
}

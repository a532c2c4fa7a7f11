/**
 * 行政区划代码 (GB/T 2260) — the subset the demo needs: Anhui province, its 16 prefecture-level cities and
 * Wuhu's county-level units after the 2020 restructuring (芜湖县 → 湾沚区, 繁昌县 → 繁昌区, 三山区 merged
 * into 弋江区 and 鸠江区; 无为 moved to Wuhu in 2011 and became a county-level city in 2019).
 *
 * This is not the full national table; a code missing here may still be valid.
 */

export type Division = {
  code: string;
  name: string;
  level: 'province' | 'city' | 'county';
  parentCode: string | null;
};

const ANHUI = '340000';
const WUHU = '340200';

const LIST: Division[] = [
  { code: ANHUI, name: '安徽省', level: 'province', parentCode: null },

  { code: '340100', name: '合肥市', level: 'city', parentCode: ANHUI },
  { code: WUHU, name: '芜湖市', level: 'city', parentCode: ANHUI },
  { code: '340300', name: '蚌埠市', level: 'city', parentCode: ANHUI },
  { code: '340400', name: '淮南市', level: 'city', parentCode: ANHUI },
  { code: '340500', name: '马鞍山市', level: 'city', parentCode: ANHUI },
  { code: '340600', name: '淮北市', level: 'city', parentCode: ANHUI },
  { code: '340700', name: '铜陵市', level: 'city', parentCode: ANHUI },
  { code: '340800', name: '安庆市', level: 'city', parentCode: ANHUI },
  { code: '341000', name: '黄山市', level: 'city', parentCode: ANHUI },
  { code: '341100', name: '滁州市', level: 'city', parentCode: ANHUI },
  { code: '341200', name: '阜阳市', level: 'city', parentCode: ANHUI },
  { code: '341300', name: '宿州市', level: 'city', parentCode: ANHUI },
  { code: '341500', name: '六安市', level: 'city', parentCode: ANHUI },
  { code: '341600', name: '亳州市', level: 'city', parentCode: ANHUI },
  { code: '341700', name: '池州市', level: 'city', parentCode: ANHUI },
  { code: '341800', name: '宣城市', level: 'city', parentCode: ANHUI },

  { code: '340202', name: '镜湖区', level: 'county', parentCode: WUHU },
  { code: '340207', name: '鸠江区', level: 'county', parentCode: WUHU },
  { code: '340209', name: '弋江区', level: 'county', parentCode: WUHU },
  { code: '340210', name: '湾沚区', level: 'county', parentCode: WUHU },
  { code: '340212', name: '繁昌区', level: 'county', parentCode: WUHU },
  { code: '340223', name: '南陵县', level: 'county', parentCode: WUHU },
  { code: '340281', name: '无为市', level: 'county', parentCode: WUHU },
];

export const DIVISIONS: readonly Division[] = Object.freeze(LIST.map((d) => Object.freeze({ ...d })));

const BY_CODE: ReadonlyMap<string, Division> = new Map(DIVISIONS.map((d) => [d.code, d]));

/** The division with this code from {@link DIVISIONS}, or undefined. */
export function findDivision(code: string): Division | undefined {
  return BY_CODE.get(code.trim());
}

/**
 * Whether `code` is a six-digit GB/T 2260 code inside Anhui (prefix `34`). Checks the form only, not
 * membership in {@link DIVISIONS}, which lists just the demo's subset.
 */
export function isAnhuiDivision(code: string): boolean {
  return /^34\d{4}$/.test(code.trim());
}

/** The county-level divisions under a city (from {@link DIVISIONS}). */
export function childDivisions(parentCode: string): Division[] {
  return DIVISIONS.filter((d) => d.parentCode === parentCode);
}

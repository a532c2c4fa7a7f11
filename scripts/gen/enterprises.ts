/**
 * Enterprises of a whole province (安徽省), one at a time from (seed, index): no state, so any worker can produce
 * any slice. USCCs are valid (makeUscc) and unique by construction: the organisation code is a bijection of the
 * index. Names, addresses and phones follow the habits of the demo generator, at province scale.
 */
import { DIVISIONS } from '../../src/identifiers/divisions.js';
import { makeUscc, USCC_ALPHABET } from '../../src/identifiers/uscc.js';
import { personName, surname } from '../../src/demo/data/names.js';
import type { IndustryCode } from '../../src/enterprises/industries.js';
import type { DemoEnterprise } from '../../src/demo/data/enterprises.js';
import type { Random } from '../../src/platform/demo/random.js';
import { DAY_MS, streamOf, weighted } from './lib.js';

/** Rough share of Anhui's market entities by city (Wuhu's share goes to its county-level units). */
// prettier-ignore
const CITY_WEIGHTS: Record<string, number> = {
  '340100': 25, '340200': 10, '340300': 5, '340400': 4, '340500': 4, '340600': 3, '340700': 2, '340800': 7,
  '341000': 2, '341100': 6, '341200': 10, '341300': 6, '341500': 6, '341600': 6, '341700': 2, '341800': 4,
};
const WUHU = '340200';

export interface Place {
  code: string;
  /** 合肥 */
  cityShort: string;
  /** 合肥市 / 芜湖市镜湖区 */
  prefix: string;
  /** 合肥市 / 镜湖区 */
  local: string;
  areaCode: string;
}

const short = (name: string) => (name.length > 2 && /[省市区县]$/.test(name) ? name.slice(0, -1) : name);
// prettier-ignore
const AREA_CODES: Record<string, string> = {
  '3401': '0551', '3402': '0553', '3403': '0552', '3404': '0554', '3405': '0555', '3406': '0561', '3407': '0562', '3408': '0556',
  '3410': '0559', '3411': '0550', '3412': '0558', '3413': '0557', '3415': '0564', '3416': '0558', '3417': '0566', '3418': '0563',
};

/** The divisions enterprises are registered in: Wuhu's county-level units and the other 15 cities, with weights. */
export const PLACES: readonly (readonly [Place, number])[] = (() => {
  const out: [Place, number][] = [];
  const wuhuCounties = DIVISIONS.filter((d) => d.parentCode === WUHU);
  for (const city of DIVISIONS.filter((d) => d.level === 'city' && d.parentCode === '340000')) {
    const w = CITY_WEIGHTS[city.code] ?? 1;
    const areaCode = AREA_CODES[city.code.slice(0, 4)] ?? '0551';
    if (city.code === WUHU) {
      for (const c of wuhuCounties) {
        out.push([{ code: c.code, cityShort: short(city.name), prefix: city.name + c.name, local: c.name, areaCode }, w / wuhuCounties.length]);
      }
    } else {
      out.push([{ code: city.code, cityShort: short(city.name), prefix: city.name, local: city.name, areaCode }, w]);
    }
  }
  return out;
})();

type Kind = 'company' | 'individual' | 'cooperative';
const ENTITY_TYPE: Record<Kind, string> = { company: '1', individual: '2', cooperative: '3' };

// prettier-ignore
const INDUSTRY_MIX: readonly (readonly [IndustryCode, number, number, number])[] = [
  // industry, weight, individual share, above-size share of companies
  ['restaurant', 20, 0.65, 0.03], ['pharmacy', 8, 0.2, 0.05], ['petrol-station', 4, 0, 0.15], ['factory', 12, 0, 0.45],
  ['internet-cafe', 3, 0.4, 0], ['hotel', 6, 0.4, 0.08], ['supermarket', 12, 0.5, 0.08], ['hazardous-chemicals', 4, 0, 0.35],
  ['medical-devices', 4, 0, 0.1], ['cosmetics', 5, 0.5, 0.03], ['logistics', 6, 0.1, 0.12], ['entertainment', 4, 0.3, 0.02],
  ['construction', 6, 0, 0.25], ['food-production', 6, 0.1, 0.3],
];
const INDUSTRY_WEIGHTS = INDUSTRY_MIX.map(([code, w]) => [code, w] as const);
const PROFILE = new Map(INDUSTRY_MIX.map(([code, , individual, above]) => [code, { individual, above }]));

// prettier-ignore
const BRANDS = [
  '鑫源', '顺通', '老城南', '江淮', '华信', '恒通', '宏达', '金鼎', '瑞丰', '永盛', '皖江', '徽州', '天成', '德胜', '同兴', '聚源',
  '润泽', '盛世', '佳美', '百乐', '一品', '徽韵', '明珠', '大江', '荣华', '兴隆', '福源', '安康', '利民', '新时代', '金海', '银湖',
  '天宇', '宏泰', '中达', '东方', '海纳', '长盛', '昌达', '博远', '正和', '九华', '祥瑞', '鼎盛', '旺达', '乐家', '美佳', '康宁',
  '泰和', '春和', '合众', '万通', '信诚', '永安', '和美', '嘉禾', '富春', '金润', '锦华', '瑞景', '华阳', '三江', '四季', '五湖',
  '滨江', '弘毅', '卓越', '远航', '启明', '晨光', '星辰', '蓝天', '绿源', '青山', '碧水', '佳禾', '家和', '福满', '喜来', '好运来',
];
// prettier-ignore
const SUFFIX: Record<IndustryCode, readonly [string, string]> = {
  // [individual business, company]
  restaurant: ['餐饮店', '餐饮管理有限公司'], pharmacy: ['大药房', '医药有限公司'], 'petrol-station': ['加油站', '能源有限公司加油站'],
  factory: ['机械加工厂', '科技有限公司'], 'internet-cafe': ['网吧', '网络科技有限公司'], hotel: ['宾馆', '酒店管理有限公司'],
  supermarket: ['便利店', '超市有限公司'], 'hazardous-chemicals': ['化工经营部', '化工有限公司'], 'medical-devices': ['医疗器械店', '医疗器械有限公司'],
  cosmetics: ['化妆品店', '化妆品有限公司'], logistics: ['货运部', '物流有限公司'], entertainment: ['歌舞厅', '文化娱乐有限公司'],
  construction: ['建筑队', '建设工程有限公司'], 'food-production': ['食品加工坊', '食品有限公司'],
};
// prettier-ignore
const ROADS = ['人民路', '解放路', '建设路', '新华路', '文化路', '长江路', '胜利路', '和平路', '工业大道', '迎宾大道', '黄山路', '淮河路', '金寨路', '徽州大道', '九华山路', '花园街'];
// prettier-ignore
const MOBILE = ['133', '135', '136', '137', '138', '139', '150', '151', '152', '155', '156', '158', '159', '177', '180', '181', '186', '187', '188', '189', '199'];

const FIRST_DAY = Date.UTC(1998, 0, 1) / DAY_MS;
const LAST_DAY = Date.UTC(2025, 5, 30) / DAY_MS;
const USCC_ERA = Date.UTC(2015, 9, 1) / DAY_MS;

/** 'MA' + six USCC characters from a bijection of [0, 31^6): unique for every index. */
function maBase(index: number): string {
  const space = 887_503_681; // 31^6
  let v = (index * 1_000_003 + 12_345) % space;
  let s = '';
  for (let i = 0; i < 6; i++) {
    s = USCC_ALPHABET.charAt(v % 31) + s;
    v = Math.floor(v / 31);
  }
  return 'MA' + s;
}
/** Legacy all-digit organisation code (before 2015-10), leading digit 1–7, from a bijection of [0, 7·10^7). */
function legacyBase(index: number): string {
  const v = (index * 48_271 + 777) % 70_000_000;
  return String(1 + Math.floor(v / 10_000_000)) + String(v % 10_000_000).padStart(7, '0');
}

const digits = (rng: Random, n: number) => {
  let s = '';
  for (let i = 0; i < n; i++) s += String(rng.int(0, 9));
  return s;
};

/** A generated enterprise: the demo's fields, its place in the generated city and its registry status. */
export interface GenEnterprise extends DemoEnterprise {
  index: number;
  status: 'active' | 'deregistered' | 'revoked';
}

/** Stream numbers of an enterprise's random streams. */
export const STREAM = { enterprise: 1, activity: 2, inspections: 3, penalties: 4, licences: 5 } as const;

/** Whether the enterprise is still active (its own stream, so the planner can ask without building the row). */
export function statusAt(seed: number, index: number): GenEnterprise['status'] {
  const u = streamOf(seed, index, STREAM.activity).next();
  return u < 0.02 ? 'deregistered' : u < 0.03 ? 'revoked' : 'active';
}

/** The enterprise's industry alone (the same draws as `enterpriseAt`, so the planner can ask without building the row). */
export function industryAt(seed: number, index: number): IndustryCode {
  const rng = streamOf(seed, index, STREAM.enterprise);
  weighted(rng, PLACES);
  return weighted(rng, INDUSTRY_WEIGHTS);
}

export function enterpriseAt(seed: number, index: number): GenEnterprise {
  const rng = streamOf(seed, index, STREAM.enterprise);
  const place = weighted(rng, PLACES);
  const industry = weighted(rng, INDUSTRY_WEIGHTS);
  const profile = PROFILE.get(industry)!;
  const roll = rng.next();
  const kind: Kind = roll < profile.individual ? 'individual' : industry === 'food-production' && roll < profile.individual + 0.15 ? 'cooperative' : 'company';
  const day = rng.int(FIRST_DAY, LAST_DAY);
  const registeredOn = new Date(day * DAY_MS).toISOString().slice(0, 10);
  const base = kind === 'company' && day < USCC_ERA ? legacyBase(index) : maBase(index);
  const brand = rng.pick(BRANDS) + (rng.chance(0.5) ? rng.pick(BRANDS) : '');
  const [indSuffix, coSuffix] = SUFFIX[industry];
  const road = rng.pick(ROADS);
  const name =
    kind === 'individual'
      ? `${place.local}${rng.chance(0.3) ? `${surname(rng)}记` : brand}${indSuffix}`
      : kind === 'cooperative'
        ? `${place.local}${brand}农产品专业合作社`
        : rng.chance(0.3)
          ? `安徽${brand}${coSuffix}`
          : `${place.cityShort}${brand}${coSuffix}`;
  const phone = kind === 'individual' || rng.chance(0.2) ? rng.pick(MOBILE) + digits(rng, 8) : `${place.areaCode}-${rng.int(3, 8)}${digits(rng, place.areaCode === '0551' ? 7 : 6)}`;
  return {
    index,
    uscc: makeUscc({ authority: '9', entityType: ENTITY_TYPE[kind], division: place.code, organisationBase8: base }),
    name,
    legalRepresentative: personName(rng),
    address: `${place.prefix}${road}${rng.int(1, 899)}号`,
    divisionCode: place.code,
    industry,
    aboveDesignatedSize: kind === 'company' && rng.chance(profile.above),
    status: statusAt(seed, index),
    registeredOn,
    phone,
  };
}

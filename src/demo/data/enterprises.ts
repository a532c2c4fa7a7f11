/**
 * Deterministic demo enterprises (经营主体): realistic Chinese names, Wuhu addresses, valid USCCs.
 * Pure: every random choice comes from the {@link Random} passed in, so a seed always yields the same set.
 */
import { findDivision } from '../../identifiers/divisions.js';
import { USCC_ALPHABET, makeUscc } from '../../identifiers/uscc.js';
import { personName, surname } from './names.js';
import type { Random } from '../../platform/demo/random.js';

import { INDUSTRIES, type IndustryCode } from '../../enterprises/industries.js';

export { INDUSTRIES, type IndustryCode };

export type DemoEnterprise = {
  uscc: string;
  name: string;
  /** 法定代表人 (for an individual business: 经营者). */
  legalRepresentative: string;
  address: string;
  /** GB/T 2260 code of the county-level division; also positions 3–8 of the USCC. */
  divisionCode: string;
  industry: IndustryCode;
  /** 规模以上 (above designated size); only ever true for companies. */
  aboveDesignatedSize: boolean;
  /** YYYY-MM-DD */
  registeredOn: string;
  phone: string;
};

/** Legal form, mapped to the USCC entity type under authority 9 (工商). */
type Kind = 'company' | 'individual' | 'cooperative';
const ENTITY_TYPE: Record<Kind, string> = { company: '1', individual: '2', cooperative: '3' };

type IndustryProfile = {
  /** Relative frequency in a generated set. */
  weight: number;
  /** Probability of each non-company legal form; the rest are companies (incl. sole proprietorships). */
  individual: number;
  cooperative?: number;
  /** Probability that a company is above designated size (规上). */
  aboveSize: number;
};

const PROFILES: Record<IndustryCode, IndustryProfile> = {
  restaurant: { weight: 20, individual: 0.65, aboveSize: 0.03 },
  pharmacy: { weight: 8, individual: 0.2, aboveSize: 0.05 },
  'petrol-station': { weight: 4, individual: 0, aboveSize: 0.15 },
  factory: { weight: 12, individual: 0, aboveSize: 0.45 },
  'internet-cafe': { weight: 3, individual: 0.4, aboveSize: 0 },
  hotel: { weight: 6, individual: 0.4, aboveSize: 0.08 },
  supermarket: { weight: 12, individual: 0.5, aboveSize: 0.08 },
  'hazardous-chemicals': { weight: 4, individual: 0, aboveSize: 0.35 },
  'medical-devices': { weight: 4, individual: 0, aboveSize: 0.1 },
  cosmetics: { weight: 5, individual: 0.5, aboveSize: 0.03 },
  logistics: { weight: 6, individual: 0.1, aboveSize: 0.12 },
  entertainment: { weight: 4, individual: 0.3, aboveSize: 0.02 },
  construction: { weight: 6, individual: 0, aboveSize: 0.25 },
  'food-production': { weight: 6, individual: 0.1, cooperative: 0.15, aboveSize: 0.3 },
};

/** Trade names (字号); invented, avoiding well-known brands. */
// prettier-ignore
const BRANDS: readonly string[] = [
  '鑫源', '顺通', '老城南', '江城', '华信', '恒通', '宏达', '金鼎', '瑞丰', '永盛', '皖江', '鸠兹',
  '赭山', '天成', '德胜', '同兴', '聚源', '润泽', '盛世', '佳美', '百乐', '一品', '徽韵', '明珠',
  '大江', '荣华', '兴隆', '福源', '安康', '利民', '新时代', '金海', '银湖', '天宇', '宏泰', '中达',
  '东方', '海纳', '长盛', '昌达', '博远', '正和', '九华', '祥瑞', '鼎盛', '旺达', '乐家', '美佳',
  '康宁', '泰和', '春和', '合众', '万通', '信诚', '永安', '和美', '嘉禾', '富春', '金润', '锦华',
  '瑞景', '华阳', '三江', '四季', '五湖', '滨江', '弘毅', '卓越', '远航', '启明', '晨光', '星辰',
  '蓝天', '绿源', '青山', '碧水', '佳禾', '家和', '福满', '喜来', '好运来', '老街', '古城', '江南',
  '吉祥', '如意', '兴旺', '顺发', '利达', '通达', '盛源', '广源', '金鑫', '鑫达', '华鑫', '恒泰',
];

/** Real road names of Wuhu's urban districts. */
// prettier-ignore
const WUHU_ROADS: Readonly<Record<string, readonly string[]>> = {
  '340202': [
    '中山路', '中山北路', '北京中路', '九华中路', '银湖中路', '赭山东路', '长江中路', '文化路',
    '新芜路', '环城南路', '劳动路', '吉和街',
  ], // 镜湖区
  '340209': ['弋江中路', '弋江北路', '花津南路', '花津中路', '九华南路', '中江大道', '峨山路'], // 弋江区
  '340207': ['九华北路', '长江北路', '赤铸山东路', '北京东路', '银湖北路', '万春东路'], // 鸠江区
};

/** Seat towns (驻地) of Wuhu's outer county-level units; addresses there are "town + road". */
const COUNTY_TOWNS: Readonly<Record<string, string>> = {
  '340210': '湾沚镇', // 湾沚区
  '340212': '繁阳镇', // 繁昌区
  '340223': '籍山镇', // 南陵县
  '340281': '无城镇', // 无为市
};

/** Common road names used outside Wuhu's urban districts. */
// prettier-ignore
const GENERIC_ROADS: readonly string[] = [
  '人民路', '解放路', '建设路', '新华路', '文化路', '长江路', '胜利路', '和平路', '工业大道', '迎宾大道',
];

/** Telephone area codes (区号) of Anhui's cities and local-number lengths (Hefei has 8 digits). */
// prettier-ignore
const AREA_CODES: Readonly<Record<string, string>> = {
  '3401': '0551', '3402': '0553', '3403': '0552', '3404': '0554', '3405': '0555', '3406': '0561',
  '3407': '0562', '3408': '0556', '3410': '0559', '3411': '0550', '3412': '0558', '3413': '0557',
  '3415': '0564', '3416': '0558', '3417': '0566', '3418': '0563',
};

// prettier-ignore
const MOBILE_PREFIXES: readonly string[] = [
  '133', '135', '136', '137', '138', '139', '150', '151', '152', '155', '156', '158', '159', '177',
  '180', '181', '186', '187', '188', '189', '199',
];

// prettier-ignore
const FACTORY_PRODUCTS: readonly string[] = [
  '机械制造', '汽车零部件', '电子科技', '新材料科技', '精密铸造', '塑胶制品', '电缆', '电机', '智能装备',
  '建材', '纺织', '包装材料', '环保设备', '铝业',
];

const USCC_CHARACTERS: readonly string[] = Array.from(USCC_ALPHABET);

const SNACKS: readonly string[] = ['虾籽面馆', '小笼汤包店', '牛肉汤馆', '馄饨店', '烧烤店', '小吃店', '面馆'];

/** Earliest and latest registration dates generated, as UTC day numbers. */
const FIRST_DAY = Date.UTC(1998, 0, 1) / 86_400_000;
const LAST_DAY = Date.UTC(2025, 5, 30) / 86_400_000;
/** From this date on, newly registered entities get "MA…" organisation codes (GB 32100 in force). */
const USCC_ERA_START = '2015-10-01';

type Place = {
  /** 芜湖 */
  cityShort: string;
  /** 芜湖市镜湖区 — the address prefix */
  prefix: string;
  /** 镜湖区 */
  county: string;
  /** Prefix of an individual business's name: 芜湖市镜湖区 for a district, 南陵县 / 无为市 otherwise. */
  localPrefix: string;
  roads: readonly string[];
  town: string | null;
  areaCode: string;
  localDigits: number;
};

function stripSuffix(name: string): string {
  return name.length > 2 && /[省市区县]$/.test(name) ? name.slice(0, -1) : name;
}

function placeOf(division: { code: string; name: string }): Place {
  const known = findDivision(division.code);
  const parent = known?.parentCode ? findDivision(known.parentCode) : undefined;
  const cityName = parent?.level === 'city' ? parent.name : known?.level === 'city' ? known.name : null;
  const county = division.name;
  const prefix = cityName && cityName !== county ? cityName + county : county;
  const cityShort = stripSuffix(cityName ?? county);
  const areaCode = AREA_CODES[division.code.slice(0, 4)] ?? '0551';
  return {
    cityShort,
    prefix,
    county,
    localPrefix: county.endsWith('区') ? prefix : county,
    roads: WUHU_ROADS[division.code] ?? GENERIC_ROADS,
    town: COUNTY_TOWNS[division.code] ?? null,
    areaCode,
    localDigits: areaCode === '0551' ? 8 : 7,
  };
}

function pickWeighted<T>(rng: Random, items: readonly (readonly [T, number])[]): T {
  const total = items.reduce((sum, [, w]) => sum + w, 0);
  let ticket = rng.next() * total;
  for (const [item, w] of items) {
    ticket -= w;
    if (ticket < 0) return item;
  }
  const last = items[items.length - 1];
  if (!last) throw new RangeError('no items to pick from');
  return last[0];
}

const INDUSTRY_WEIGHTS: readonly (readonly [IndustryCode, number])[] = INDUSTRIES.map(
  (i) => [i.code, PROFILES[i.code].weight] as const,
);

type NameContext = { place: Place; brand: string; road: string; surname: string };

/** One name for an enterprise of this industry and legal form; templates follow real naming habits. */
function enterpriseName(rng: Random, industry: IndustryCode, kind: Kind, ctx: NameContext): string {
  const { brand, road, surname: sn } = ctx;
  const { cityShort: city, county } = ctx.place;
  const full = ctx.place.localPrefix;
  const pick = (options: readonly string[]): string => rng.pick(options);
  const individual = kind === 'individual';
  switch (industry) {
    case 'restaurant':
      return individual
        ? pick([
            `${full}${brand}餐饮店`,
            `${county}${sn}记${rng.pick(SNACKS)}`,
            `${county}${brand}饭店`,
            `${county}${brand}小吃店`,
            `${full}${brand}土菜馆`,
          ])
        : pick([`${city}${brand}餐饮管理有限公司`, `${city}${brand}酒楼有限公司`, `安徽${brand}餐饮有限公司${county}分公司`]);
    case 'pharmacy':
      return individual
        ? pick([`${county}${brand}大药房`, `${county}${brand}药店`])
        : pick([
            `安徽${brand}大药房连锁有限公司${city}${road}店`,
            `${city}${brand}医药有限公司`,
            `${city}${brand}大药房有限公司`,
          ]);
    case 'petrol-station':
      return pick([
        `${county}${brand}加油站`,
        `中国石化销售股份有限公司安徽${city}${brand}加油站`,
        `安徽${brand}能源有限公司${stripSuffix(county)}加油站`,
      ]);
    case 'factory':
      return pick([`${city}${brand}${rng.pick(FACTORY_PRODUCTS)}有限公司`, `安徽${brand}${rng.pick(FACTORY_PRODUCTS)}股份有限公司`]);
    case 'internet-cafe':
      return individual
        ? pick([`${county}${brand}网吧`, `${county}${brand}网咖`])
        : pick([`${city}${brand}网络科技有限公司`, `${city}${brand}网咖有限公司`]);
    case 'hotel':
      return individual
        ? pick([`${county}${brand}宾馆`, `${county}${brand}旅馆`, `${county}${brand}民宿`])
        : pick([`${city}${brand}酒店管理有限公司`, `${city}${brand}大酒店有限公司`, `${city}${brand}快捷酒店有限公司`]);
    case 'supermarket':
      return individual
        ? pick([`${county}${brand}便利店`, `${county}${brand}生活超市`, `${county}${brand}百货商店`])
        : pick([`${city}${brand}超市有限公司`, `安徽${brand}商贸连锁有限公司${city}${road}店`]);
    case 'hazardous-chemicals':
      return pick([
        `${city}${brand}化工有限公司`,
        `安徽${brand}化工贸易有限公司`,
        `${city}${brand}气体有限公司`,
        `${city}${brand}石化有限公司`,
      ]);
    case 'medical-devices':
      return pick([`${city}${brand}医疗器械有限公司`, `安徽${brand}医疗科技有限公司`, `${city}${brand}医疗设备有限公司`]);
    case 'cosmetics':
      return individual
        ? pick([`${county}${brand}化妆品店`, `${county}${brand}美妆店`])
        : pick([`${city}${brand}化妆品有限公司`, `${city}${brand}美妆商贸有限公司`]);
    case 'logistics':
      return individual
        ? `${county}${brand}货运部`
        : pick([`${city}${brand}物流有限公司`, `${city}${brand}运输有限公司`, `${city}${brand}货运有限公司`]);
    case 'entertainment':
      return individual
        ? pick([`${county}${brand}歌舞厅`, `${county}${brand}游艺厅`])
        : pick([`${city}${brand}娱乐有限公司`, `${city}${brand}文化娱乐有限公司`, `${city}${brand}量贩歌厅有限公司`]);
    case 'construction':
      return pick([
        `安徽${brand}建设工程有限公司`,
        `${city}${brand}建筑安装工程有限公司`,
        `安徽${brand}建工集团有限公司`,
        `${city}${brand}市政工程有限公司`,
      ]);
    case 'food-production':
      if (kind === 'cooperative') {
        return pick([`${county}${brand}粮油专业合作社`, `${county}${brand}农产品专业合作社`, `${county}${brand}茶叶专业合作社`]);
      }
      return individual
        ? pick([`${county}${brand}糕点加工坊`, `${county}${brand}豆制品加工坊`])
        : pick([`${city}${brand}食品有限公司`, `安徽${brand}粮油食品有限公司`, `${city}${brand}食品科技有限公司`]);
  }
}

function formatDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

function digits(rng: Random, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += String(rng.int(0, 9));
  return s;
}

/** First 8 characters of an organisation code: legacy all-digit codes before 2015-10, "MA…" after. */
function organisationBase(rng: Random, registeredOn: string, kind: Kind): string {
  if (kind === 'company' && registeredOn < USCC_ERA_START) return String(rng.int(1, 7)) + digits(rng, 7);
  let s = 'MA';
  for (let i = 0; i < 6; i++) s += rng.pick(USCC_CHARACTERS);
  return s;
}

function phoneNumber(rng: Random, place: Place, kind: Kind): string {
  if (kind === 'individual' || rng.chance(0.2)) return rng.pick(MOBILE_PREFIXES) + digits(rng, 8);
  return `${place.areaCode}-${String(rng.int(3, 8))}${digits(rng, place.localDigits - 1)}`;
}

/**
 * Generates `count` enterprises spread over the given county-level divisions (e.g. Wuhu's districts from
 * `DIVISIONS`). Names and USCCs are unique within the set; the USCC uses authority 9 (工商), entity type
 * 1 (company), 2 (个体工商户) or 3 (农民专业合作社), and the enterprise's division code.
 */
export function generateEnterprises(
  rng: Random,
  count: number,
  divisions: readonly { code: string; name: string }[],
): DemoEnterprise[] {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`bad count: ${count}`);
  if (count > 0 && divisions.length === 0) throw new RangeError('at least one division is needed');
  for (const d of divisions) {
    if (!/^\d{6}$/.test(d.code)) throw new RangeError(`division code must be 6 digits: ${d.code}`);
  }

  const places = new Map(divisions.map((d) => [d.code, placeOf(d)]));
  const names = new Set<string>();
  const organisationCodes = new Set<string>();
  const result: DemoEnterprise[] = [];

  for (let n = 0; n < count; n++) {
    const division = rng.pick(divisions);
    const place = places.get(division.code) ?? placeOf(division);
    const industry = pickWeighted(rng, INDUSTRY_WEIGHTS);
    const profile = PROFILES[industry];
    const roll = rng.next();
    const kind: Kind =
      roll < profile.individual
        ? 'individual'
        : roll < profile.individual + (profile.cooperative ?? 0)
          ? 'cooperative'
          : 'company';

    const road = rng.pick(place.roads);
    let name = '';
    for (let attempt = 0; ; attempt++) {
      // After a few clashes, widen the space with a two-part trade name (e.g. 鑫源华信).
      const brand = attempt < 8 ? rng.pick(BRANDS) : rng.pick(BRANDS) + rng.pick(BRANDS);
      name = enterpriseName(rng, industry, kind, { place, brand, road, surname: surname(rng) });
      if (attempt >= 64) name += `（${attempt - 63}）`; // always terminates; practically never reached
      if (!names.has(name)) break;
    }
    names.add(name);

    const registeredOn = formatDay(rng.int(FIRST_DAY, LAST_DAY));
    let base = organisationBase(rng, registeredOn, kind);
    while (organisationCodes.has(base)) base = organisationBase(rng, registeredOn, kind);
    organisationCodes.add(base);

    const street = place.town ? `${place.town}${road}` : road;
    result.push({
      uscc: makeUscc({ authority: '9', entityType: ENTITY_TYPE[kind], division: division.code, organisationBase8: base }),
      name,
      legalRepresentative: personName(rng),
      address: `${place.prefix}${street}${rng.int(1, 299)}号`,
      divisionCode: division.code,
      industry,
      aboveDesignatedSize: kind === 'company' && rng.chance(profile.aboveSize),
      registeredOn,
      phone: phoneNumber(rng, place, kind),
    });
  }
  return result;
}

/**
 * The demo's proof-free data: the register (data interfaces of the data-sharing exchange, e-licence kinds, another
 * city's platform), the proof kinds and a catalog of service items with their proof materials. The exemption rate
 * is counted from these rows, never stated.
 */
import type { ExemptionRule } from './rules/exemption.js';
import type { proofInterfaces } from './schema.js';

/** A registered interface as the demo ships it (its id, status and date are given when seeded). */
export type DemoInterface = Omit<typeof proofInterfaces.$inferSelect, 'id' | 'status' | 'createdAt'>;

const PIPL = '《中华人民共和国个人信息保护法》第十三条（经个人同意）';
const PROOFS_42 = '国办发〔2020〕42号《关于全面推行证明事项告知承诺制的指导意见》';

export const DEMO_INTERFACES: DemoInterface[] = [
  {
    code: 'DS-GA-JTZS',
    name: '交通肇事犯罪记录查询',
    kind: 'data',
    ownerName: '市公安局交通管理支队',
    dataKinds: ['交通肇事犯罪记录'],
    endpoint: '/datashare/records/traffic-crimes',
    region: 'local',
    agreedResponseMs: 2000,
  },
  {
    code: 'DS-GA-YJJS',
    name: '饮酒后驾驶记录查询',
    kind: 'data',
    ownerName: '市公安局交通管理支队',
    dataKinds: ['饮酒后驾驶记录', '醉酒驾驶记录'],
    endpoint: '/datashare/records/drink-driving',
    region: 'local',
    agreedResponseMs: 2000,
  },
  {
    code: 'DS-GA-WFFZ',
    name: '违法犯罪记录查询',
    kind: 'data',
    ownerName: '市公安局',
    dataKinds: ['违法犯罪记录'],
    endpoint: '/datashare/records/criminal-records',
    region: 'local',
    agreedResponseMs: 3000,
  },
  {
    code: 'DS-GA-HJ',
    name: '户籍信息核验',
    kind: 'data',
    ownerName: '市公安局',
    dataKinds: ['户籍登记', '亲属关系'],
    endpoint: '/datashare/records/household-registration',
    region: 'local',
    agreedResponseMs: 1500,
  },
  {
    code: 'DS-RS-SB',
    name: '社会保险参保缴费查询',
    kind: 'data',
    ownerName: '市人力资源和社会保障局',
    dataKinds: ['养老保险缴费', '医疗保险缴费', '失业保险缴费'],
    endpoint: '/datashare/records/social-insurance',
    region: 'local',
    agreedResponseMs: 2000,
  },
  {
    code: 'DS-MZ-HY',
    name: '婚姻登记信息核验',
    kind: 'data',
    ownerName: '市民政局',
    dataKinds: ['结婚登记', '离婚登记'],
    endpoint: '/datashare/records/marriage-registration',
    region: 'local',
    agreedResponseMs: 2000,
  },
  {
    code: 'DS-SW-WS',
    name: '完税证明查询',
    kind: 'data',
    ownerName: '市税务局',
    dataKinds: ['完税记录'],
    endpoint: '/datashare/records/tax-payment',
    region: 'local',
    agreedResponseMs: 3000,
  },
  {
    code: 'DS-BDC-DJ',
    name: '不动产登记信息查询',
    kind: 'data',
    ownerName: '市不动产登记中心',
    dataKinds: ['不动产权属', '抵押登记'],
    endpoint: '/datashare/records/real-estate',
    region: 'local',
    agreedResponseMs: 3000,
  },
  {
    code: 'EL-SC-YYZZ',
    name: '电子营业执照',
    kind: 'e-licence',
    ownerName: '市市场监督管理局',
    dataKinds: ['营业执照'],
    endpoint: '/elicence/records/business-licence',
    region: 'local',
    agreedResponseMs: 1500,
  },
  {
    code: 'EL-GA-JSZ',
    name: '电子驾驶证',
    kind: 'e-licence',
    ownerName: '市公安局交通管理支队',
    dataKinds: ['机动车驾驶证'],
    endpoint: '/elicence/records/driving-licence',
    region: 'local',
    agreedResponseMs: 1500,
  },
  {
    code: 'EL-GA-SFZ',
    name: '电子身份证',
    kind: 'e-licence',
    ownerName: '市公安局',
    dataKinds: ['居民身份证'],
    endpoint: '/elicence/records/id-card',
    region: 'local',
    agreedResponseMs: 1000,
  },
  {
    code: 'EL-CL-CJRZ',
    name: '残疾人证',
    kind: 'e-licence',
    ownerName: '市残疾人联合会',
    dataKinds: ['残疾人证'],
    endpoint: '/elicence/records/disability-card',
    region: 'local',
    agreedResponseMs: 2000,
  },
  {
    code: 'XQ-HF-JTZS',
    name: '合肥市交通肇事犯罪记录（跨区域）',
    kind: 'data',
    ownerName: '合肥市公安局交通管理支队',
    dataKinds: ['交通肇事犯罪记录'],
    endpoint: '/othercity/records/traffic-crimes',
    region: 'other-city',
    agreedResponseMs: 5000,
  },
  {
    code: 'XQ-HF-YJJS',
    name: '合肥市饮酒后驾驶记录（跨区域）',
    kind: 'data',
    ownerName: '合肥市公安局交通管理支队',
    dataKinds: ['饮酒后驾驶记录'],
    endpoint: '/othercity/records/drink-driving',
    region: 'other-city',
    agreedResponseMs: 5000,
  },
  {
    code: 'XQ-HF-JZ',
    name: '合肥市居住登记（跨区域）',
    kind: 'data',
    ownerName: '合肥市公安局',
    dataKinds: ['居住登记'],
    endpoint: '/othercity/records/residence',
    region: 'other-city',
    agreedResponseMs: 5000,
  },
];

export interface DemoProofKind {
  code: string;
  nameZh: string;
  nameEn: string;
  proves: 'absence' | 'presence';
  interfaceCode: string | null;
  dataset: string;
  legalBasis: string;
  holdingDepartmentCode: string | null;
}

export const DEMO_PROOF_KINDS: DemoProofKind[] = [
  {
    code: 'no-traffic-crime',
    nameZh: '无交通肇事犯罪记录证明',
    nameEn: 'No traffic-crime record',
    proves: 'absence',
    interfaceCode: 'DS-GA-JTZS',
    dataset: 'traffic-crimes',
    legalBasis: `《道路运输从业人员管理规定》第九条；${PIPL}`,
    holdingDepartmentCode: null,
  },
  {
    code: 'no-drink-driving',
    nameZh: '无饮酒后驾驶记录证明',
    nameEn: 'No drink-driving record',
    proves: 'absence',
    interfaceCode: 'DS-GA-YJJS',
    dataset: 'drink-driving',
    legalBasis: `《网络预约出租汽车经营服务管理暂行办法》第十四条；${PIPL}`,
    holdingDepartmentCode: null,
  },
  {
    code: 'no-criminal-record',
    nameZh: '无违法犯罪记录证明',
    nameEn: 'No criminal record',
    proves: 'absence',
    interfaceCode: 'DS-GA-WFFZ',
    dataset: 'criminal-records',
    legalBasis: `《公安机关办理犯罪记录查询工作规定》；${PIPL}`,
    holdingDepartmentCode: null,
  },
  {
    code: 'household-registration',
    nameZh: '户籍证明',
    nameEn: 'Household registration',
    proves: 'presence',
    interfaceCode: 'DS-GA-HJ',
    dataset: 'household-registration',
    legalBasis: `《中华人民共和国户口登记条例》；${PIPL}`,
    holdingDepartmentCode: null,
  },
  {
    code: 'social-insurance',
    nameZh: '社会保险参保缴费证明',
    nameEn: 'Social insurance contributions',
    proves: 'presence',
    interfaceCode: 'DS-RS-SB',
    dataset: 'social-insurance',
    legalBasis: `《中华人民共和国社会保险法》第七十四条；${PIPL}`,
    holdingDepartmentCode: null,
  },
  {
    code: 'marriage-status',
    nameZh: '婚姻状况证明',
    nameEn: 'Marital status',
    proves: 'presence',
    interfaceCode: 'DS-MZ-HY',
    dataset: 'marriage-registration',
    legalBasis: `《婚姻登记条例》；${PIPL}`,
    holdingDepartmentCode: null,
  },
  {
    code: 'tax-paid',
    nameZh: '完税证明',
    nameEn: 'Tax payment',
    proves: 'presence',
    interfaceCode: 'DS-SW-WS',
    dataset: 'tax-payment',
    legalBasis: `《中华人民共和国税收征收管理法》；${PIPL}`,
    holdingDepartmentCode: null,
  },
  {
    code: 'real-estate',
    nameZh: '不动产权属证明',
    nameEn: 'Real-estate ownership',
    proves: 'presence',
    interfaceCode: 'DS-BDC-DJ',
    dataset: 'real-estate',
    legalBasis: `《不动产登记暂行条例》第二十七条；${PIPL}`,
    holdingDepartmentCode: null,
  },
  {
    code: 'business-licence',
    nameZh: '营业执照',
    nameEn: 'Business licence',
    proves: 'presence',
    interfaceCode: 'EL-SC-YYZZ',
    dataset: 'business-licence',
    legalBasis: `《电子证照共享应用管理办法》；${PROOFS_42}`,
    holdingDepartmentCode: null,
  },
  {
    code: 'driving-licence',
    nameZh: '机动车驾驶证',
    nameEn: 'Driving licence',
    proves: 'presence',
    interfaceCode: 'EL-GA-JSZ',
    dataset: 'driving-licence',
    legalBasis: `《机动车驾驶证申领和使用规定》；${PIPL}`,
    holdingDepartmentCode: null,
  },
  {
    code: 'no-traffic-crime-hefei',
    nameZh: '无交通肇事犯罪记录证明（合肥市）',
    nameEn: 'No traffic-crime record (Hefei)',
    proves: 'absence',
    interfaceCode: 'XQ-HF-JTZS',
    dataset: 'traffic-crimes',
    legalBasis: `《道路运输从业人员管理规定》第九条；长三角政务服务跨区域通办协议；${PIPL}`,
    holdingDepartmentCode: null,
  },
  {
    code: 'no-drink-driving-hefei',
    nameZh: '无饮酒后驾驶记录证明（合肥市）',
    nameEn: 'No drink-driving record (Hefei)',
    proves: 'absence',
    interfaceCode: 'XQ-HF-YJJS',
    dataset: 'drink-driving',
    legalBasis: `《网络预约出租汽车经营服务管理暂行办法》第十四条；跨区域通办协议；${PIPL}`,
    holdingDepartmentCode: null,
  },
  {
    code: 'residence-hefei',
    nameZh: '居住证明（合肥市）',
    nameEn: 'Residence (Hefei)',
    proves: 'presence',
    interfaceCode: 'XQ-HF-JZ',
    dataset: 'residence',
    legalBasis: `《居住证暂行条例》；跨区域通办协议；${PIPL}`,
    holdingDepartmentCode: null,
  },
  {
    code: 'market-compliance',
    nameZh: '无违法违规经营记录证明',
    nameEn: 'No unlawful business record',
    proves: 'absence',
    interfaceCode: null,
    dataset: 'market-violations',
    legalBasis: `${PROOFS_42}；部门间协查`,
    holdingDepartmentCode: 'WH-SCJG',
  },
  {
    code: 'environmental-compliance',
    nameZh: '环境违法行为情况证明',
    nameEn: 'Environmental violations',
    proves: 'absence',
    interfaceCode: null,
    dataset: 'environmental-violations',
    legalBasis: `${PROOFS_42}；部门间协查`,
    holdingDepartmentCode: 'WH-STHJ',
  },
  {
    code: 'fire-acceptance',
    nameZh: '消防验收（备案）情况证明',
    nameEn: 'Fire-safety acceptance',
    proves: 'presence',
    interfaceCode: null,
    dataset: 'fire-acceptance',
    legalBasis: `《建设工程消防设计审查验收管理暂行规定》；部门间协查`,
    holdingDepartmentCode: 'WH-XF',
  },
];

export interface DemoMaterial {
  name: string;
  rule: ExemptionRule;
  basis: string;
  proofKind?: string;
  commitment?: boolean;
  /** Months before the seed day the exemption took effect. */
  since?: number;
}

export interface DemoItem {
  department: string;
  code: string;
  name: string;
  materials: DemoMaterial[];
}

const N = (basis: string) => `国家、省已免提交：${basis}`;
const A = (basis: string) => `先进地区已免提交：${basis}`;
const R = '经综合研判，强化事中事后监管风险可控（马鞍山市“三个免提交”做法）';
/** The business licence, asked by most items: exempt nationally (the e-licence), read from the exchange. */
const BUSINESS_LICENCE = {
  name: '营业执照',
  rule: 'national',
  basis: N('电子营业执照全国通用'),
  proofKind: 'business-licence',
  since: 24,
} as const;
/** Proof of identity: exempt nationally (the electronic identity card), read as the household registration. */
const IDENTITY = {
  name: '身份证明',
  rule: 'national',
  basis: N('电子身份证应用'),
  proofKind: 'household-registration',
  since: 30,
} as const;
/** Proof of the premises in use: waived on a commitment where the risk was judged controllable. */
const PREMISES_IN_USE = { name: '经营场所使用证明', rule: 'risk-assessed', basis: R, commitment: true, since: 6 } as const;

export const DEMO_CATALOG: DemoItem[] = [
  {
    department: 'WH-JT',
    code: '340200-JT-001',
    name: '道路旅客运输驾驶员从业资格证核发',
    materials: [
      {
        name: '无交通肇事犯罪记录证明',
        rule: 'national',
        basis: N('交通运输部《道路运输从业人员管理规定》（2022年修正）'),
        proofKind: 'no-traffic-crime',
        since: 14,
      },
      {
        name: '无饮酒后驾驶记录证明',
        rule: 'national',
        basis: N('交通运输部《道路运输从业人员管理规定》'),
        proofKind: 'no-drink-driving',
        since: 14,
      },
      {
        name: '机动车驾驶证',
        rule: 'national',
        basis: N('《国务院关于在全国推广电子证照的意见》'),
        proofKind: 'driving-licence',
        since: 20,
      },
      { name: '身体健康证明', rule: 'required', basis: '涉及公共安全与生命健康，保留' },
    ],
  },
  {
    department: 'WH-JT',
    code: '340200-JT-002',
    name: '网络预约出租汽车驾驶员证核发',
    materials: [
      {
        name: '无交通肇事犯罪记录证明',
        rule: 'national',
        basis: N('《网络预约出租汽车经营服务管理暂行办法》'),
        proofKind: 'no-traffic-crime',
        since: 12,
      },
      {
        name: '无饮酒后驾驶记录证明',
        rule: 'national',
        basis: N('《网络预约出租汽车经营服务管理暂行办法》'),
        proofKind: 'no-drink-driving',
        since: 12,
      },
      {
        name: '无暴力犯罪记录证明',
        rule: 'national',
        basis: N('《网络预约出租汽车经营服务管理暂行办法》第十四条'),
        proofKind: 'no-criminal-record',
        since: 12,
      },
      {
        name: '外地驾驶记录证明',
        rule: 'advanced-region',
        basis: A('长三角“跨省通办”驾驶记录互认'),
        proofKind: 'no-drink-driving-hefei',
        since: 8,
      },
    ],
  },
  {
    department: 'WH-JT',
    code: '340200-JT-003',
    name: '道路货物运输经营许可',
    materials: [
      BUSINESS_LICENCE,
      { name: '车辆技术等级评定证明', rule: 'risk-assessed', basis: R, commitment: true, since: 5 },
      { name: '安全生产管理制度文本', rule: 'required', basis: '涉及公共安全，保留' },
    ],
  },
  {
    department: 'WH-SCJG',
    code: '340200-SC-001',
    name: '食品经营许可',
    materials: [
      BUSINESS_LICENCE,
      PREMISES_IN_USE,
      {
        name: '无违法违规经营记录证明',
        rule: 'advanced-region',
        basis: A('浙江省“无证明城市”做法'),
        proofKind: 'market-compliance',
        commitment: true,
        since: 9,
      },
      { name: '食品安全管理人员健康证明', rule: 'required', basis: '涉及生命健康，保留' },
    ],
  },
  {
    department: 'WH-SCJG',
    code: '340200-SC-002',
    name: '个体工商户设立登记',
    materials: [
      IDENTITY,
      { name: '经营场所使用证明', rule: 'risk-assessed', basis: R, commitment: true, since: 10 },
      {
        name: '住所（经营场所）产权证明',
        rule: 'national',
        basis: N('不动产登记信息共享'),
        proofKind: 'real-estate',
        since: 16,
      },
    ],
  },
  {
    department: 'WH-SCJG',
    code: '340200-SC-003',
    name: '特种设备使用登记',
    materials: [
      BUSINESS_LICENCE,
      { name: '特种设备安装监督检验证明', rule: 'required', basis: '涉及公共安全，保留' },
    ],
  },
  {
    department: 'WH-WJ',
    code: '340200-WJ-001',
    name: '医师执业注册',
    materials: [
      IDENTITY,
      {
        name: '无违法犯罪记录证明',
        rule: 'national',
        basis: N('《医师执业注册管理办法》'),
        proofKind: 'no-criminal-record',
        since: 11,
      },
      { name: '健康体检证明', rule: 'required', basis: '涉及生命健康，保留' },
    ],
  },
  {
    department: 'WH-WJ',
    code: '340200-WJ-002',
    name: '公共场所卫生许可',
    materials: [
      BUSINESS_LICENCE,
      { name: '卫生管理制度', rule: 'risk-assessed', basis: R, commitment: true, since: 4 },
      {
        name: '从业人员健康合格证明',
        rule: 'advanced-region',
        basis: A('上海市“一网通办”健康证明电子化'),
        since: 7,
      },
    ],
  },
  {
    department: 'WH-STHJ',
    code: '340200-HJ-001',
    name: '排污许可证核发',
    materials: [
      BUSINESS_LICENCE,
      {
        name: '环境违法行为情况证明',
        rule: 'advanced-region',
        basis: A('江苏省“证明事项清单”'),
        proofKind: 'environmental-compliance',
        commitment: true,
        since: 9,
      },
      { name: '环境影响评价批复文件', rule: 'risk-assessed', basis: R, since: 3 },
      { name: '自行监测方案', rule: 'required', basis: '技术文件，保留' },
    ],
  },
  {
    department: 'WH-YJ',
    code: '340200-YJ-001',
    name: '药品零售企业许可',
    materials: [
      BUSINESS_LICENCE,
      { name: '执业药师注册证明', rule: 'national', basis: N('执业药师注册信息共享'), since: 15 },
      PREMISES_IN_USE,
      { name: '质量管理文件', rule: 'required', basis: '涉及生命健康，保留' },
    ],
  },
  {
    department: 'WH-XF',
    code: '340200-XF-001',
    name: '公众聚集场所投入使用、营业前消防安全检查',
    materials: [
      BUSINESS_LICENCE,
      {
        name: '消防验收（备案）情况证明',
        rule: 'advanced-region',
        basis: A('部门间协查替代'),
        proofKind: 'fire-acceptance',
        since: 8,
      },
      { name: '场所平面布置图', rule: 'required', basis: '涉及公共安全，保留' },
    ],
  },
  {
    department: 'WH-ZWFW',
    code: '340200-ZW-001',
    name: '人才公寓租赁资格确认',
    materials: [
      {
        name: '户籍证明',
        rule: 'national',
        basis: N('户籍信息共享'),
        proofKind: 'household-registration',
        since: 18,
      },
      {
        name: '社会保险参保缴费证明',
        rule: 'national',
        basis: N('社保信息共享'),
        proofKind: 'social-insurance',
        since: 18,
      },
      {
        name: '婚姻状况证明',
        rule: 'national',
        basis: N('婚姻登记信息共享'),
        proofKind: 'marriage-status',
        since: 13,
      },
      {
        name: '本市无住房证明',
        rule: 'national',
        basis: N('不动产登记信息共享'),
        proofKind: 'real-estate',
        since: 13,
      },
      {
        name: '外地居住证明',
        rule: 'advanced-region',
        basis: A('长三角居住证互认'),
        proofKind: 'residence-hefei',
        since: 5,
      },
    ],
  },
  {
    department: 'WH-ZWFW',
    code: '340200-ZW-002',
    name: '企业开办补贴申领',
    materials: [
      BUSINESS_LICENCE,
      { name: '完税证明', rule: 'national', basis: N('税务信息共享'), proofKind: 'tax-paid', since: 10 },
      {
        name: '无违法违规经营记录证明',
        rule: 'risk-assessed',
        basis: R,
        proofKind: 'market-compliance',
        commitment: true,
        since: 2,
      },
    ],
  },
];

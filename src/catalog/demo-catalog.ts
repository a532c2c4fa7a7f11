/**
 * A1 demo data: each enforcement department's inspection items (检查事项, from its 权责清单, each with its legal
 * basis) and the joint scenarios (联查场景, "综合查一次") that merge them for one kind of enterprise. Most items are
 * published; one or two per department are deliberately left unpublished (drafts that may not be inspected).
 */
import { and, asc, eq } from 'drizzle-orm';
import type { DbOrTx, Tx } from '../platform/db/client.js';
import { newId } from '../platform/db/ids.js';
import { departments } from '../organisation/schema.js';
import type { IndustryCode } from '../enterprises/index.js';
import type { DemoContext } from '../platform/parts/part.js';
import { inspectionItems, jointScenarioItems, jointScenarios } from './schema.js';

export interface DemoItem {
  code: string;
  name: string;
  legalBasis: string;
  /** Empty = applies to any industry. */
  industries: IndustryCode[];
  /** Defaults to published. */
  draft?: true;
}

export interface DemoScenario {
  code: string;
  name: string;
  industry: IndustryCode;
  description: string;
  /** Items as `DEPARTMENT-CODE/ITEM-CODE`. */
  items: string[];
}

const FOOD_LAW = '《中华人民共和国食品安全法》';
const FIRE_LAW = '《中华人民共和国消防法》';
const SAFETY_LAW = '《中华人民共和国安全生产法》';
const DRUG_LAW = '《中华人民共和国药品管理法》';
const AIR_LAW = '《中华人民共和国大气污染防治法》';
const HAZCHEM = '《危险化学品安全管理条例》';
const NET_CAFE = '《互联网上网服务营业场所管理条例》';
const ENTERTAINMENT = '《娱乐场所管理条例》';
const PUBLIC_PLACES = '《公共场所卫生管理条例》';

/** Inspection items by demo department code. */
export const DEMO_ITEMS: Record<string, DemoItem[]> = {
  'WH-SCJG': [
    {
      code: 'SCJG-001',
      name: '食品经营许可及从业人员健康管理检查',
      legalBasis: `${FOOD_LAW}第三十五条、第四十五条；《食品经营许可和备案管理办法》`,
      industries: ['restaurant', 'supermarket'],
    },
    {
      code: 'SCJG-002',
      name: '餐饮服务食品安全操作规范执行情况检查（原料进货查验、加工制作、餐用具清洗消毒）',
      legalBasis: `${FOOD_LAW}第五十三条、第五十五条、第五十六条；《餐饮服务食品安全操作规范》`,
      industries: ['restaurant'],
    },
    {
      code: 'SCJG-003',
      name: '食品生产过程控制及出厂检验检查',
      legalBasis: `${FOOD_LAW}第四十六条、第五十一条；《食品生产许可管理办法》`,
      industries: ['food-production'],
    },
    {
      code: 'SCJG-004',
      name: '食品安全监督抽检',
      legalBasis: `${FOOD_LAW}第八十七条；《食品安全抽样检验管理办法》`,
      industries: ['restaurant', 'supermarket', 'food-production'],
    },
    {
      code: 'SCJG-005',
      name: '加油机等强制检定计量器具及计量行为检查',
      legalBasis: '《中华人民共和国计量法》第九条；《加油站计量监督管理办法》',
      industries: ['petrol-station'],
    },
    {
      code: 'SCJG-006',
      name: '特种设备（电梯、锅炉、压力容器、压力管道）使用登记及定期检验检查',
      legalBasis: '《中华人民共和国特种设备安全法》第三十二条、第三十三条、第四十条',
      industries: ['hotel', 'supermarket', 'factory', 'food-production', 'hazardous-chemicals'],
    },
    {
      code: 'SCJG-007',
      name: '明码标价及价格行为检查',
      legalBasis: '《中华人民共和国价格法》第十三条；《明码标价和禁止价格欺诈规定》',
      industries: ['restaurant', 'hotel', 'supermarket', 'pharmacy', 'petrol-station'],
    },
    {
      code: 'SCJG-008',
      name: '成品油产品质量监督抽查',
      legalBasis: '《中华人民共和国产品质量法》第十五条',
      industries: ['petrol-station'],
    },
    {
      code: 'SCJG-009',
      name: '营业执照公示及年度报告信息公示检查',
      legalBasis: '《中华人民共和国市场主体登记管理条例》第三十五条、第三十六条；《企业信息公示暂行条例》',
      industries: [],
      draft: true,
    },
    {
      code: 'SCJG-010',
      name: '广告发布内容合规性检查',
      legalBasis: '《中华人民共和国广告法》第四条、第九条',
      industries: [],
      draft: true,
    },
  ],
  'WH-STHJ': [
    {
      code: 'STHJ-001',
      name: '餐饮服务业油烟净化设施安装及正常使用检查',
      legalBasis: `${AIR_LAW}第八十一条`,
      industries: ['restaurant'],
    },
    {
      code: 'STHJ-002',
      name: '排污许可证执行情况检查',
      legalBasis: '《中华人民共和国环境保护法》第四十五条；《排污许可管理条例》',
      industries: ['factory', 'food-production', 'hazardous-chemicals'],
    },
    {
      code: 'STHJ-003',
      name: '建设项目环境影响评价及环境保护设施“三同时”执行情况检查',
      legalBasis: '《中华人民共和国环境影响评价法》第二十五条；《建设项目环境保护管理条例》第十五条',
      industries: ['factory', 'construction', 'petrol-station', 'hazardous-chemicals', 'food-production'],
    },
    {
      code: 'STHJ-004',
      name: '加油站油气回收装置安装及正常使用检查',
      legalBasis: `${AIR_LAW}第四十七条`,
      industries: ['petrol-station'],
    },
    {
      code: 'STHJ-005',
      name: '危险废物规范化环境管理检查（识别标志、管理台账、转移联单）',
      legalBasis: '《中华人民共和国固体废物污染环境防治法》第七十七条、第七十八条、第八十二条',
      industries: ['factory', 'hazardous-chemicals', 'petrol-station'],
    },
    {
      code: 'STHJ-006',
      name: '重点排污单位自动监测设备安装、联网及运行检查',
      legalBasis: '《中华人民共和国环境保护法》第四十二条',
      industries: ['factory'],
    },
    {
      code: 'STHJ-007',
      name: '挥发性有机物废气收集处理检查',
      legalBasis: `${AIR_LAW}第四十五条`,
      industries: ['factory', 'hazardous-chemicals'],
    },
    {
      code: 'STHJ-008',
      name: '突发环境事件应急预案备案及落实检查',
      legalBasis: '《中华人民共和国环境保护法》第四十七条；《突发环境事件应急管理办法》',
      industries: ['factory', 'hazardous-chemicals'],
      draft: true,
    },
  ],
  'WH-YJ': [
    {
      code: 'YJ-001',
      name: '药品经营许可及《药品经营质量管理规范》执行情况检查',
      legalBasis: `${DRUG_LAW}第五十一条、第五十三条；《药品经营质量管理规范》`,
      industries: ['pharmacy'],
    },
    {
      code: 'YJ-002',
      name: '执业药师在岗及处方药凭处方销售检查',
      legalBasis: `${DRUG_LAW}第五十二条、第五十八条；《处方药与非处方药分类管理办法（试行）》`,
      industries: ['pharmacy'],
    },
    {
      code: 'YJ-003',
      name: '药品进货查验及购销记录检查',
      legalBasis: `${DRUG_LAW}第五十六条、第五十七条`,
      industries: ['pharmacy'],
    },
    {
      code: 'YJ-004',
      name: '含特殊药品复方制剂（含麻黄碱类）销售管理检查',
      legalBasis: '《易制毒化学品管理条例》；《药品经营质量管理规范》',
      industries: ['pharmacy'],
    },
    {
      code: 'YJ-005',
      name: '医疗器械经营备案（许可）及进货查验检查',
      legalBasis: '《医疗器械监督管理条例》第四十一条、第四十五条；《医疗器械经营质量管理规范》',
      industries: ['medical-devices', 'pharmacy'],
    },
    {
      code: 'YJ-006',
      name: '化妆品经营者进货查验及贮存条件检查',
      legalBasis: '《化妆品监督管理条例》第三十八条；《化妆品生产经营监督管理办法》',
      industries: ['cosmetics', 'supermarket', 'pharmacy'],
    },
    {
      code: 'YJ-007',
      name: '药品不良反应监测与报告制度落实检查',
      legalBasis: `${DRUG_LAW}第八十一条；《药品不良反应报告和监测管理办法》`,
      industries: ['pharmacy'],
      draft: true,
    },
  ],
  'WH-JT': [
    {
      code: 'JT-001',
      name: '道路运输经营许可及车辆道路运输证检查',
      legalBasis: '《中华人民共和国道路运输条例》；《道路货物运输及站场管理规定》',
      industries: ['logistics'],
    },
    {
      code: 'JT-002',
      name: '危险货物道路运输安全检查（运输许可、驾驶员押运员从业资格、罐体）',
      legalBasis: `${HAZCHEM}第四十三条、第四十四条；《危险货物道路运输安全管理办法》`,
      industries: ['logistics', 'hazardous-chemicals'],
    },
    {
      code: 'JT-003',
      name: '道路运输企业安全生产主体责任落实检查',
      legalBasis: `${SAFETY_LAW}第四条、第二十一条`,
      industries: ['logistics'],
    },
    {
      code: 'JT-004',
      name: '重点营运车辆动态监控系统使用检查',
      legalBasis: '《道路运输车辆动态监督管理办法》',
      industries: ['logistics'],
    },
    {
      code: 'JT-005',
      name: '机动车维修经营备案及维修质量检查',
      legalBasis: '《机动车维修管理规定》',
      industries: [],
    },
    {
      code: 'JT-006',
      name: '货运源头单位车辆装载超限超载检查',
      legalBasis: '《公路安全保护条例》；《超限运输车辆行驶公路管理规定》',
      industries: ['factory', 'construction', 'logistics'],
      draft: true,
    },
  ],
  'WH-WHZF': [
    {
      code: 'WHZF-001',
      name: '网吧接纳未成年人及上网消费者身份登记检查',
      legalBasis: `${NET_CAFE}第二十一条、第二十三条`,
      industries: ['internet-cafe'],
    },
    {
      code: 'WHZF-002',
      name: '网吧营业时间及《网络文化经营许可证》悬挂检查',
      legalBasis: `${NET_CAFE}第二十条、第二十二条`,
      industries: ['internet-cafe'],
    },
    {
      code: 'WHZF-003',
      name: '歌舞娱乐场所曲目内容及接纳未成年人检查',
      legalBasis: `${ENTERTAINMENT}第十三条、第二十三条`,
      industries: ['entertainment'],
    },
    {
      code: 'WHZF-004',
      name: '娱乐场所经营许可及营业时间检查',
      legalBasis: `${ENTERTAINMENT}第九条、第二十八条`,
      industries: ['entertainment'],
    },
    {
      code: 'WHZF-005',
      name: '出版物经营许可及经营内容检查',
      legalBasis: '《出版管理条例》；《出版物市场管理规定》',
      industries: ['supermarket'],
    },
    {
      code: 'WHZF-006',
      name: '营业性演出活动检查',
      legalBasis: '《营业性演出管理条例》第二十五条',
      industries: ['entertainment', 'hotel'],
    },
    {
      code: 'WHZF-007',
      name: '网吧经营内容及上网信息安全管理检查',
      legalBasis: `${NET_CAFE}第十四条、第十九条`,
      industries: ['internet-cafe'],
      draft: true,
    },
  ],
  'WH-YJGL': [
    {
      code: 'YJGL-001',
      name: '危险化学品经营许可及储存安全检查',
      legalBasis: `${HAZCHEM}第六条、第二十四条、第三十三条`,
      industries: ['hazardous-chemicals', 'petrol-station'],
    },
    {
      code: 'YJGL-002',
      name: '危险化学品重大危险源辨识、登记建档及监控检查',
      legalBasis: `${SAFETY_LAW}第四十条；《危险化学品重大危险源监督管理暂行规定》`,
      industries: ['hazardous-chemicals'],
    },
    {
      code: 'YJGL-003',
      name: '全员安全生产责任制及安全生产管理机构人员配备检查',
      legalBasis: `${SAFETY_LAW}第四条、第二十二条、第二十四条`,
      industries: ['factory', 'hazardous-chemicals', 'petrol-station', 'food-production'],
    },
    {
      code: 'YJGL-004',
      name: '从业人员安全生产教育培训及特种作业人员持证上岗检查',
      legalBasis: `${SAFETY_LAW}第二十八条、第三十条`,
      industries: ['factory', 'hazardous-chemicals', 'petrol-station', 'food-production'],
    },
    {
      code: 'YJGL-005',
      name: '生产安全事故应急救援预案及演练检查',
      legalBasis: `${SAFETY_LAW}第八十一条；《生产安全事故应急预案管理办法》`,
      industries: ['factory', 'hazardous-chemicals', 'petrol-station'],
    },
    {
      code: 'YJGL-006',
      name: '加油站作业安全及防雷防静电设施检查',
      legalBasis: `${SAFETY_LAW}第三十六条；《汽车加油加气加氢站技术标准》（GB 50156）`,
      industries: ['petrol-station'],
    },
    {
      code: 'YJGL-007',
      name: '有限空间作业安全检查',
      legalBasis: '《工贸企业有限空间作业安全规定》',
      industries: ['factory', 'food-production'],
    },
    {
      code: 'YJGL-008',
      name: '粉尘涉爆企业除尘系统及防爆安全检查',
      legalBasis: '《工贸企业粉尘防爆安全规定》',
      industries: ['factory'],
      draft: true,
    },
  ],
  'WH-XF': [
    {
      code: 'XF-001',
      name: '消防安全责任制及消防安全管理制度落实检查',
      legalBasis: `${FIRE_LAW}第十六条、第十七条`,
      industries: [],
    },
    {
      code: 'XF-002',
      name: '消防设施、器材配置及完好有效检查',
      legalBasis: `${FIRE_LAW}第十六条`,
      industries: [],
    },
    {
      code: 'XF-003',
      name: '疏散通道、安全出口、消防车通道畅通检查',
      legalBasis: `${FIRE_LAW}第二十八条`,
      industries: [],
    },
    {
      code: 'XF-004',
      name: '公众聚集场所投入使用、营业前消防安全检查',
      legalBasis: `${FIRE_LAW}第十五条`,
      industries: ['hotel', 'internet-cafe', 'entertainment', 'restaurant', 'supermarket'],
    },
    {
      code: 'XF-005',
      name: '单位遵守消防法律法规情况监督检查（“双随机”）',
      legalBasis: `${FIRE_LAW}第五十三条；《消防监督检查规定》`,
      industries: [],
    },
    {
      code: 'XF-006',
      name: '餐饮场所厨房燃气使用及排油烟管道清洗检查',
      legalBasis: `${FIRE_LAW}第十六条；《城镇燃气管理条例》第二十八条`,
      industries: ['restaurant'],
    },
    {
      code: 'XF-007',
      name: '易燃易爆危险品场所消防安全检查',
      legalBasis: `${FIRE_LAW}第十九条、第二十三条`,
      industries: ['hazardous-chemicals', 'petrol-station'],
    },
    {
      code: 'XF-008',
      name: '消防控制室值班及值班人员持证检查',
      legalBasis: `${FIRE_LAW}第十七条；《消防控制室通用技术要求》（GB 25506）`,
      industries: ['hotel', 'supermarket', 'entertainment'],
    },
    {
      code: 'XF-009',
      name: '电气线路及用火用电安全检查',
      legalBasis: `${FIRE_LAW}第二十一条、第二十七条`,
      industries: [],
      draft: true,
    },
  ],
  'WH-WJ': [
    {
      code: 'WJ-001',
      name: '公共场所卫生许可及从业人员健康合格证明检查',
      legalBasis: `${PUBLIC_PLACES}第七条、第八条；《公共场所卫生管理条例实施细则》`,
      industries: ['hotel', 'entertainment'],
    },
    {
      code: 'WJ-002',
      name: '住宿场所公共用品用具清洗消毒检查',
      legalBasis: `${PUBLIC_PLACES}第三条；《公共场所卫生管理条例实施细则》`,
      industries: ['hotel'],
    },
    {
      code: 'WJ-003',
      name: '公共场所集中空调通风系统卫生检查',
      legalBasis: '《公共场所卫生管理条例实施细则》；《公共场所集中空调通风系统卫生规范》（WS 394）',
      industries: ['hotel', 'supermarket', 'entertainment'],
    },
    {
      code: 'WJ-004',
      name: '二次供水设施卫生检查',
      legalBasis: '《生活饮用水卫生监督管理办法》',
      industries: ['hotel'],
    },
    {
      code: 'WJ-005',
      name: '职业病危害项目申报及职业病危害因素定期检测检查',
      legalBasis: '《中华人民共和国职业病防治法》第十六条、第二十六条',
      industries: ['factory', 'hazardous-chemicals'],
    },
    {
      code: 'WJ-006',
      name: '劳动者职业健康检查及监护档案检查',
      legalBasis: '《中华人民共和国职业病防治法》第三十五条、第三十六条',
      industries: ['factory', 'hazardous-chemicals'],
    },
    {
      code: 'WJ-007',
      name: '室内公共场所禁止吸烟管理检查',
      legalBasis: '《公共场所卫生管理条例实施细则》第十八条',
      industries: ['hotel', 'entertainment', 'internet-cafe', 'restaurant'],
      draft: true,
    },
  ],
};

/** 联查场景: each merges published items of 2–4 departments for one kind of enterprise. */
export const DEMO_SCENARIOS: DemoScenario[] = [
  {
    code: 'LC-CY-001',
    name: '餐饮服务单位综合查一次（食品安全 + 消防安全 + 油烟排放）',
    industry: 'restaurant',
    description: '市场监管、消防救援、生态环境三部门一次入企，检查食品安全、厨房消防和油烟净化。',
    items: ['WH-SCJG/SCJG-001', 'WH-SCJG/SCJG-002', 'WH-SCJG/SCJG-007', 'WH-XF/XF-003', 'WH-XF/XF-006', 'WH-STHJ/STHJ-001'],
  },
  {
    code: 'LC-YD-001',
    name: '药品零售企业综合查一次',
    industry: 'pharmacy',
    description: '药品监管、市场监管、消防救援联合检查药品经营质量、明码标价与消防安全。',
    items: ['WH-YJ/YJ-001', 'WH-YJ/YJ-002', 'WH-YJ/YJ-003', 'WH-SCJG/SCJG-007', 'WH-XF/XF-002', 'WH-XF/XF-003'],
  },
  {
    code: 'LC-JYZ-001',
    name: '加油站综合查一次',
    industry: 'petrol-station',
    description: '应急管理、消防救援、生态环境、市场监管四部门联合检查经营许可、消防、油气回收、计量和油品质量。',
    items: [
      'WH-YJGL/YJGL-001',
      'WH-YJGL/YJGL-006',
      'WH-XF/XF-007',
      'WH-STHJ/STHJ-004',
      'WH-SCJG/SCJG-005',
      'WH-SCJG/SCJG-008',
    ],
  },
  {
    code: 'LC-WB-001',
    name: '互联网上网服务营业场所（网吧）综合查一次',
    industry: 'internet-cafe',
    description: '文化执法、消防救援联合检查未成年人保护、营业时间与消防安全。',
    items: ['WH-WHZF/WHZF-001', 'WH-WHZF/WHZF-002', 'WH-XF/XF-003', 'WH-XF/XF-004'],
  },
  {
    code: 'LC-ZS-001',
    name: '住宿场所（宾馆酒店）综合查一次',
    industry: 'hotel',
    description: '卫生健康、消防救援、市场监管联合检查公共场所卫生、消防控制室与电梯等特种设备。',
    items: ['WH-WJ/WJ-001', 'WH-WJ/WJ-002', 'WH-WJ/WJ-003', 'WH-XF/XF-004', 'WH-XF/XF-008', 'WH-SCJG/SCJG-006'],
  },
  {
    code: 'LC-WHP-001',
    name: '危险化学品经营单位综合查一次',
    industry: 'hazardous-chemicals',
    description: '应急管理、消防救援、生态环境、交通运输四部门联合检查储存安全、重大危险源、危险废物与危险货物运输。',
    items: [
      'WH-YJGL/YJGL-001',
      'WH-YJGL/YJGL-002',
      'WH-YJGL/YJGL-003',
      'WH-XF/XF-007',
      'WH-STHJ/STHJ-005',
      'WH-JT/JT-002',
    ],
  },
  {
    code: 'LC-YL-001',
    name: '歌舞娱乐场所综合查一次',
    industry: 'entertainment',
    description: '文化执法、消防救援、卫生健康联合检查经营内容、营业时间、消防与公共场所卫生。',
    items: ['WH-WHZF/WHZF-003', 'WH-WHZF/WHZF-004', 'WH-XF/XF-004', 'WH-XF/XF-008', 'WH-WJ/WJ-001'],
  },
  {
    code: 'LC-SP-001',
    name: '食品生产企业综合查一次',
    industry: 'food-production',
    description: '市场监管、生态环境、应急管理联合检查生产过程控制、排污许可与有限空间作业。',
    items: ['WH-SCJG/SCJG-003', 'WH-SCJG/SCJG-004', 'WH-STHJ/STHJ-002', 'WH-YJGL/YJGL-007'],
  },
  {
    code: 'LC-GY-001',
    name: '工业企业安全环保综合查一次',
    industry: 'factory',
    description: '应急管理、生态环境、卫生健康、市场监管联合检查安全生产、污染防治、职业健康与特种设备。',
    items: [
      'WH-YJGL/YJGL-003',
      'WH-YJGL/YJGL-004',
      'WH-STHJ/STHJ-002',
      'WH-STHJ/STHJ-006',
      'WH-WJ/WJ-005',
      'WH-SCJG/SCJG-006',
    ],
  },
];

const DAY = 86_400_000;

/** Seeds the demo catalog: items (published ones stamped some weeks before `now`) and joint scenarios. */
export async function seedDemoCatalog(tx: Tx, demo: Pick<DemoContext, 'now' | 'deptIds'>): Promise<void> {
  const itemIds = new Map<string, string>();
  const rows: (typeof inspectionItems.$inferInsert)[] = [];
  let n = 0;
  for (const [deptCode, items] of Object.entries(DEMO_ITEMS)) {
    const departmentId = demo.deptIds.get(deptCode);
    if (!departmentId) continue;
    for (const item of items) {
      const id = newId();
      itemIds.set(`${deptCode}/${item.code}`, id);
      const published = !item.draft;
      rows.push({
        id,
        departmentId,
        code: item.code,
        name: item.name,
        legalBasis: item.legalBasis,
        industries: item.industries,
        published,
        publishedAt: published ? new Date(demo.now.getTime() - (120 - (n++ % 60)) * DAY) : null,
        createdAt: new Date(demo.now.getTime() - 180 * DAY),
      });
    }
  }
  if (rows.length > 0) await tx.insert(inspectionItems).values(rows);

  for (const { items, ...scenario } of DEMO_SCENARIOS) {
    const ids = items.map((key) => itemIds.get(key)).filter((id): id is string => id !== undefined);
    if (ids.length < 2) continue;
    const id = newId();
    const createdAt = new Date(demo.now.getTime() - 90 * DAY);
    await tx.insert(jointScenarios).values({ id, ...scenario, published: true, createdAt });
    await tx.insert(jointScenarioItems).values(ids.map((itemId) => ({ scenarioId: id, itemId })));
  }
}


/** For tests: the demo items of a department (by its demo code, e.g. WH-SCJG), optionally only (un)published ones. */
export async function demoItemsOf(db: DbOrTx, departmentCode: string, opts: { published?: boolean } = {}) {
  const conds = [eq(departments.code, departmentCode)];
  if (opts.published !== undefined) conds.push(eq(inspectionItems.published, opts.published));
  const rows = await db
    .select({ item: inspectionItems })
    .from(inspectionItems)
    .innerJoin(departments, eq(departments.id, inspectionItems.departmentId))
    .where(and(...conds))
    .orderBy(asc(inspectionItems.code));
  return rows.map((r) => r.item);
}

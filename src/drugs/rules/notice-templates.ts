/**
 * D3 — compliance notice (合规告知书) templates by industry: what the law requires of such a business, the
 * inspections it can expect, where to ask. Versioned: a notice records the version it was issued from and is
 * reprinted from the same text. Industries without a template are not covered.
 */
export interface NoticeTemplate {
  industry: string;
  version: number;
  title: string;
  requirements: string[];
  inspections: string[];
  contacts: string[];
}

const CONTACTS = [
  '芜湖市药品监督管理局 药品稽查大队，咨询电话 0553-12315（工作日 8:30–17:30）',
  '政务服务中心药品监管窗口，或“皖企通”在线咨询',
  '对执法行为有异议的，可向芜湖市司法局行政执法监督机构反映，或拨打 12345 热线',
];

export const NOTICE_TEMPLATES: readonly NoticeTemplate[] = [
  {
    industry: 'pharmacy',
    version: 1,
    title: '药品零售企业合规告知书',
    requirements: [
      '依法取得药品经营许可证，在许可的经营范围、经营方式内经营，许可证有效期届满需继续经营的，应在届满前六个月至两个月期间申请重新审查发证（《药品管理法》第五十一条，《药品经营和使用质量监督管理办法》）。',
      '配备依法经过资格认定的执业药师，负责处方审核，指导合理用药（《药品管理法》第五十八条）。',
      '处方药凭处方销售，不得采用开架自选方式销售处方药；不得以买药品赠药品等方式向公众赠送处方药、甲类非处方药。',
      '从具有资质的企业购进药品，建立并执行进货检查验收制度，如实记录购销信息，保存至超过药品有效期一年、不少于三年。',
      '按药品说明书要求储存、陈列药品，做好温湿度监测与记录，不得销售过期、变质药品。',
    ],
    inspections: [
      '日常监督检查：“双随机、一公开”抽查，检查前出示执法证件与检查码，企业可扫码核验。',
      '许可检查：许可证核发、换证时的现场检查。',
      '专项检查与抽检：根据风险监测、投诉举报开展，检查后可申请“延后一小时”答疑和现场教学服务。',
    ],
    contacts: CONTACTS,
  },
  {
    industry: 'medical-devices',
    version: 1,
    title: '医疗器械经营企业合规告知书',
    requirements: [
      '经营第三类医疗器械应取得医疗器械经营许可证，经营第二类医疗器械应办理备案（《医疗器械监督管理条例》第四十条至第四十二条）。',
      '许可证有效期届满需要延续的，应在届满前九十个工作日至三十个工作日期间提出延续申请。',
      '建立进货查验记录和销售记录制度，购进、验收、贮存、销售各环节可追溯。',
      '按说明书和标签要求运输、贮存医疗器械，不得经营未依法注册或备案、无合格证明文件以及过期、失效、淘汰的医疗器械。',
    ],
    inspections: [
      '日常监督检查与“双随机、一公开”抽查，检查前出示执法证件与检查码。',
      '重点品种专项检查；检查后可申请“延后一小时”答疑和现场教学服务。',
    ],
    contacts: CONTACTS,
  },
  {
    industry: 'cosmetics',
    version: 1,
    title: '化妆品经营企业合规告知书',
    requirements: [
      '建立并执行进货查验记录制度，查验供货者资质、化妆品注册或备案情况、产品出厂检验合格证明（《化妆品监督管理条例》第三十八条）。',
      '不得经营未经注册或备案、标签不符合规定、超过使用期限的化妆品，不得自行配制化妆品。',
      '按标签标示要求贮存、运输化妆品，定期检查并及时处理变质或超过使用期限的化妆品。',
    ],
    inspections: [
      '日常监督检查与“双随机、一公开”抽查，检查前出示执法证件与检查码。',
      '化妆品抽样检验；检查后可申请“延后一小时”答疑和现场教学服务。',
    ],
    contacts: CONTACTS,
  },
];

export const templateFor = (industry: string): NoticeTemplate | undefined => NOTICE_TEMPLATES.find((t) => t.industry === industry);
export const isCoveredIndustry = (industry: string): boolean => templateFor(industry) !== undefined;
export const COVERED_INDUSTRIES = NOTICE_TEMPLATES.map((t) => t.industry);

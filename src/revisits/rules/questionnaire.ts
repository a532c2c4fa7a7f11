/**
 * G1 — the revisit questionnaire: the eight mandatory standards (八项必查) and their indicators, versioned.
 *
 * Source: seed document, 经验做法六 (淮南市文化市场综合行政执法支队《涉企行政执法回访制度（试行）》):
 * "明确'八项必查'标准，覆盖执法主体合规性、检查程序规范性、纪律廉洁性等核心维度，细化30余项具体评价指标".
 * The seed names three of the eight (执法主体合规性, 检查程序规范性, 纪律廉洁性 — standards 1–3 below, in its
 * wording); the other five (文明执法, 告知权利, 说理充分, 整改指导, 服务态度) are this product's completion, drawn from
 * the same document's other practices (讲清违法事实…权利救济的途径, 现场教学, 跟踪指导整改). A new version is a
 * new entry here with its effective date; a revisit records the version it was answered on.
 */
export type Answer = 'yes' | 'no' | 'unknown';
export const ANSWERS: readonly Answer[] = ['yes', 'no', 'unknown'];

export interface Indicator {
  code: string;
  zh: string;
  en: string;
}
export interface Standard {
  code: string;
  zh: string;
  en: string;
  indicators: Indicator[];
}
export interface Questionnaire {
  version: string;
  effectiveFrom: string;
  source: string;
  standards: Standard[];
  /** What the caller says on a phone revisit (电话回访话术). */
  phoneScript: { zh: string; en: string };
}

const s = (code: string, zh: string, en: string, indicators: [string, string][]): Standard => ({
  code,
  zh,
  en,
  indicators: indicators.map(([z, e], i) => ({ code: `${code}.${i + 1}`, zh: z, en: e })),
});

export const QUESTIONNAIRES: readonly Questionnaire[] = [
  {
    version: '2026.1',
    effectiveFrom: '2026-07-01',
    source: '淮南市《涉企行政执法回访制度（试行）》“八项必查”（seed 经验做法六）',
    phoneScript: {
      zh: '您好，我是{team}的回访人员。为了解{date}对贵单位的{subject}情况，想占用您几分钟，就执法人员的主体资格、检查程序、纪律廉洁等八个方面逐项核实，请您如实回答“是”或“否”。回访不影响执法结果，您的意见仅用于改进执法工作。',
      en: 'Hello, I am calling from {team} to follow up on the {subject} of {date}. May I take a few minutes to check eight points — the officers’ authority, the procedure, their integrity and more? Please answer yes or no. This does not change any outcome; your views are used only to improve enforcement.',
    },
    standards: [
      s('S1', '执法主体合规性', 'Lawful enforcement body', [
        ['执法人员不少于两人', 'At least two officers came'],
        ['执法人员主动出示执法证件', 'The officers showed their enforcement certificates unasked'],
        ['入企前出示检查码（无码不入企）', 'They showed the inspection code before entering'],
        ['检查事项在部门权责清单范围内', 'What they checked is on the department’s responsibility list'],
      ]),
      s('S2', '检查程序规范性', 'Regular inspection procedure', [
        ['检查时间、事项与检查码载明的一致', 'Time and items matched the inspection code'],
        ['现场检查制作了检查记录并交企业确认', 'A record was made on site and shown to you to confirm'],
        ['没有超出检查事项范围检查', 'They did not check beyond the stated items'],
        ['检查结果在规定时间内告知企业', 'You were told the result in time'],
      ]),
      s('S3', '纪律廉洁性', 'Discipline and integrity', [
        ['没有吃拿卡要、收受礼品礼金', 'No meals, gifts or money were asked for or taken'],
        ['没有指定或推荐中介、产品和服务', 'No agent, product or service was named or recommended'],
        ['没有利用检查干扰企业正常生产经营', 'The visit did not disrupt your normal business'],
        ['没有向企业摊派费用或变相收费', 'No fee or charge was imposed in any form'],
      ]),
      s('S4', '文明执法', 'Civil conduct', [
        ['执法人员着装规范、举止文明', 'The officers were properly dressed and behaved civilly'],
        ['语言规范，没有态度粗暴、刁难企业', 'They spoke properly, were not rude or obstructive'],
        ['尊重企业经营安排，尽量减少打扰', 'They respected your business and kept disturbance low'],
        ['对企业商业秘密和个人信息予以保密', 'They kept your business secrets and personal data confidential'],
      ]),
      s('S5', '告知权利', 'Rights explained', [
        ['告知了陈述、申辩的权利', 'You were told of your right to state your case and defend it'],
        ['告知了申请回避的权利', 'You were told of your right to ask an officer to withdraw'],
        ['告知了申请复议或提起诉讼的途径和期限', 'You were told how and by when to seek review or sue'],
        ['告知了投诉举报渠道（12345、皖企通）', 'You were told where to complain (12345, 皖企通)'],
      ]),
      s('S6', '说理充分', 'Reasons given', [
        ['讲清了发现问题的事实', 'The facts of any problem found were explained'],
        ['讲清了适用的法律规定和判定标准', 'The law and the standard applied were explained'],
        ['讲清了裁量权适用的理由', 'The reasons for the discretion used were explained'],
        ['对企业提出的疑问给予了答复', 'Your questions were answered'],
      ]),
      s('S7', '整改指导', 'Guidance on rectification', [
        ['对发现的问题给出了明确的整改要求', 'Clear rectification requirements were given for problems found'],
        ['对能立行立改的问题现场指导整改', 'What could be fixed at once was guided on site'],
        ['对需要长期整改的问题指导制定整改方案', 'A plan was guided for what needs longer work'],
        ['整改期间有跟踪回访或复查', 'Rectification was followed up or re-checked'],
      ]),
      s('S8', '服务态度', 'Service attitude', [
        ['主动宣讲相关法律法规和惠企政策', 'Relevant law and support policies were explained unasked'],
        ['对企业诉求给予及时回应', 'Your requests were answered promptly'],
        ['提供了合规经营的指导建议', 'Advice on compliant operation was given'],
        ['对本次执法总体感到满意', 'Overall you are satisfied with this enforcement'],
      ]),
    ],
  },
];

export function questionnaireAt(day: string): Questionnaire {
  const inForce = QUESTIONNAIRES.filter((q) => q.effectiveFrom <= day).sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? 1 : -1));
  return inForce[0] ?? QUESTIONNAIRES[0]!;
}

export function questionnaireVersion(version: string): Questionnaire | undefined {
  return QUESTIONNAIRES.find((q) => q.version === version);
}

export const indicatorCodes = (q: Questionnaire) => q.standards.flatMap((st) => st.indicators.map((i) => i.code));

export interface Scored {
  /** Share of answered indicators answered "yes", per standard and overall (null when none answered). */
  byStandard: Record<string, number | null>;
  overall: number | null;
  /** Indicators answered "no": each is a problem found. */
  noAnswers: string[];
}

/** Scores a revisit's answers on its questionnaire. */
export function scoreAnswers(q: Questionnaire, answers: Record<string, Answer>): Scored {
  const byStandard: Record<string, number | null> = {};
  let yes = 0;
  let answered = 0;
  const noAnswers: string[] = [];
  for (const st of q.standards) {
    let y = 0;
    let n = 0;
    for (const i of st.indicators) {
      const a = answers[i.code];
      if (a === 'yes' || a === 'no') {
        n++;
        if (a === 'yes') y++;
        else noAnswers.push(i.code);
      }
    }
    byStandard[st.code] = n ? y / n : null;
    yes += y;
    answered += n;
  }
  return { byStandard, overall: answered ? yes / answered : null, noAnswers };
}

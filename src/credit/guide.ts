/**
 * C7 — the published guidance (信用修复指引, 答疑, 明白书), open to everyone. The periods are read from the rule
 * sets in force, so the guide never contradicts the system.
 */
import type { Db } from '../platform/db/client.js';
import type { Ctx } from '../platform/policy/actor.js';
import { currentRuleSets } from './rule-sets.js';
import { PLATFORM_NAMES } from './config.js';

const months = (n: number | null, zh: boolean) => (n === null ? (zh ? '不得提前修复' : 'never early') : zh ? `${n} 个月` : `${n} months`);

export async function creditGuide(db: Db, ctx: Ctx) {
  const zh = ctx.locale === 'zh-CN';
  const sets = await currentRuleSets(db, ctx.now);
  return {
    title: zh ? '信用修复指引（明白书）' : 'Credit repair guide',
    ruleSets: sets.map((s) => ({
      code: s.code,
      version: s.version,
      name: s.rules.name,
      basis: s.rules.basis,
      reviewWorkingDays: s.rules.reviewWorkingDays,
      classes: s.rules.classes.map((c) => ({
        name: c.name,
        published: c.publish,
        minimum: c.publish ? months(c.minMonths, zh) : null,
        maximum: c.publish ? months(c.maxMonths, zh) : null,
        automatic: c.autoRepair,
      })),
    })),
    steps: zh
      ? [
          '收到行政处罚决定书的同时，您会收到《信用修复告知书》（两书同达），写明公示期限和可修复日期。',
          '申诫类（警告、通报批评）处罚信息，履行完毕且满足最短期限后由系统自动修复（免申即享），无需申请。',
          '其他处罚信息在最短公示期满后，登录本平台选择该条信息，在线签署信用承诺书即可申请（无感申请）。',
          '罚款缴纳票据、整改记录由系统向财政电子票据平台、行业平台自动调取；调取不到的，系统会告诉您只需补充哪一项。',
          '信用修复审核员在受理后规定工作日内办结；修复结果一次推送至“信用中国”、国家企业信用信息公示系统和行业平台，无需多头申请。',
        ]
      : [
          'With the penalty decision you receive a credit repair notice stating the publicity period and the first day repair is possible.',
          'Warnings and circulated criticism are repaired automatically once performed and the minimum has passed — no application.',
          'For other records, after the minimum period, choose the record here and sign the credit commitment online.',
          'Fine receipts and rectification records are fetched by the system; you are told exactly what, if anything, to upload.',
          'The credit officer decides within the review deadline; the repair reaches every connected platform once.',
        ],
    faq: zh
      ? [
          { q: '期满后还需要申请吗？', a: '不需要。最长公示期满后，信息自动停止公示。' },
          { q: '各平台公示不一致怎么办？', a: '以“信用中国”网站为准；本平台的修复结果会推送至所有已联通平台，推送状态可查询。' },
          { q: '哪些信息不能提前修复？', a: '市场监管领域责令停产停业、吊销许可证件、限制从业等处罚信息，不得提前停止公示。' },
        ]
      : [
          { q: 'Must I apply when the maximum period has passed?', a: 'No. Publicity stops by itself.' },
          { q: 'What if platforms differ?', a: 'Credit China prevails; a repair here is delivered to every connected platform, with visible status.' },
          { q: 'What can never be repaired early?', a: 'Under market regulation: suspension of business, licence revocation, restriction of practice.' },
        ],
    platforms: Object.values(PLATFORM_NAMES).map((p) => (zh ? p.zh : p.en)),
  };
}

/**
 * 两书同达 — the repair notice (信用修复告知书) delivered together with the penalty decision: what is published,
 * for how long, when and how it can be repaired. Made from the record and the rule-set version it was decided
 * under (both never change), so the notice issued with the decision is the one read later.
 */
import type { Ctx } from '../platform/policy/actor.js';
import { KIND_NAMES, SEVERITY_NAMES } from './rules/kinds.js';
import { repairableFrom } from './rules/eligibility.js';
import { requiredProofs } from './rules/eligibility.js';
import { PROOF_NAMES } from './rules/kinds.js';
import type { LoadedPenalty } from './load-penalty.js';

export function repairNotice(p: LoadedPenalty, locale: Ctx['locale']) {
  const r = p.record;
  const rules = p.ruleSet.rules;
  const zh = locale === 'zh-CN';
  const lang = zh ? 'zh' : 'en';
  const kinds = r.kinds.map((k) => KIND_NAMES[k][lang]).join(zh ? '、' : ', ');
  const from = repairableFrom(r);
  const proofs = requiredProofs(r, rules).map((k) => PROOF_NAMES[k][lang]);
  const lines: string[] = [];
  if (zh) {
    lines.push(`${p.enterprise.name}（统一社会信用代码 ${r.uscc}）：`);
    lines.push(`本机关于 ${r.decisionDate} 作出 ${r.decisionNo} 行政处罚决定（${kinds}${r.fineAmount ? `，罚款 ${r.fineAmount} 元` : ''}）。依据${rules.basis}：`);
    if (r.publicityStart === null) lines.push('该行政处罚信息依规不予公示。');
    else {
      lines.push(`该信息属于${SEVERITY_NAMES[r.severity].zh}失信信息，自 ${r.publicityStart} 起公示，最长公示至 ${r.maxEnd}，期满自动停止公示。`);
      if (from === null) lines.push('该类处罚信息不得提前停止公示。');
      else if (r.autoRepair) lines.push(`该信息适用“免申即享”：${from} 起，履行完毕处罚决定后由系统自动修复，无需申请。`);
      else {
        lines.push(`自 ${from} 起，您可在本平台或“信用中国”网站申请信用修复。条件：履行完毕处罚决定${rules.requireRectification ? '、完成整改' : ''}，在线签署信用承诺书。`);
        if (proofs.length) lines.push(`所需材料（${proofs.join('、')}）由系统向财政电子票据、行业信用平台等自动调取，调取不到的才需要您补充上传。`);
        lines.push(`审核时限：受理之日起 ${rules.reviewWorkingDays} 个工作日。修复结果同步推送“信用中国”、国家企业信用信息公示系统及行业平台。`);
      }
    }
  } else {
    lines.push(`${p.enterprise.name} (USCC ${r.uscc}):`);
    lines.push(`On ${r.decisionDate} this authority decided ${r.decisionNo} (${kinds}${r.fineAmount ? `, fine ${r.fineAmount} yuan` : ''}). Under ${rules.basis}:`);
    if (r.publicityStart === null) lines.push('This penalty is not published.');
    else {
      lines.push(`It is a ${r.severity} record, published from ${r.publicityStart} until ${r.maxEnd} at most, when publicity stops by itself.`);
      if (from === null) lines.push('Publicity of this kind of penalty is never stopped early.');
      else if (r.autoRepair) lines.push(`Automatic repair applies: from ${from}, once the penalty is performed, it is repaired without application.`);
      else {
        lines.push(`From ${from} you may apply for credit repair here or on Credit China, once the penalty is performed${rules.requireRectification ? ' and rectified' : ''}, with the credit commitment signed online.`);
        if (proofs.length) lines.push(`The proofs (${proofs.join(', ')}) are fetched by the system; you upload only what no source holds.`);
        lines.push(`Review: within ${rules.reviewWorkingDays} working days of acceptance. The repair reaches every connected platform.`);
      }
    }
  }
  return {
    title: zh ? '信用修复告知书' : 'Credit repair notice',
    issuedAt: r.createdAt,
    penaltyId: r.id,
    ruleSet: { code: p.ruleSet.code, version: p.ruleSet.version },
    repairableFrom: from,
    repairPath: r.status !== 'published' || from === null ? 'none' : r.autoRepair ? 'automatic' : 'application',
    text: lines.join('\n'),
  };
}

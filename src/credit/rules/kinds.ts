/** C1 — the words of a penalty record (行政处罚信息). Pure. */

/** 行政处罚种类 (行政处罚法 第九条), by their English names in the glossary and the public contract. */
export const PENALTY_KINDS = [
  'warning', // 警告
  'circulated-criticism', // 通报批评
  'fine', // 罚款
  'confiscation', // 没收违法所得、没收非法财物
  'licence-suspension', // 暂扣许可证件
  'licence-revocation', // 吊销许可证件
  'production-suspension', // 责令停产停业、责令关闭
  'practice-restriction', // 限制从业
  'other',
] as const;
export type PenaltyKind = (typeof PENALTY_KINDS)[number];

export const KIND_NAMES: Record<PenaltyKind, { zh: string; en: string }> = {
  warning: { zh: '警告', en: 'Warning' },
  'circulated-criticism': { zh: '通报批评', en: 'Circulated criticism' },
  fine: { zh: '罚款', en: 'Fine' },
  confiscation: { zh: '没收', en: 'Confiscation' },
  'licence-suspension': { zh: '暂扣许可证件', en: 'Licence suspension' },
  'licence-revocation': { zh: '吊销许可证件', en: 'Licence revocation' },
  'production-suspension': { zh: '责令停产停业', en: 'Suspension of production or business' },
  'practice-restriction': { zh: '限制从业', en: 'Restriction of practice' },
  other: { zh: '其他行政处罚', en: 'Other' },
};

/** 简易程序 / 普通程序: a penalty decided under the summary procedure is minor under 令第36号. */
export const PROCEDURES = ['summary', 'ordinary'] as const;
export type Procedure = (typeof PROCEDURES)[number];

/**
 * The field of the violation (not the subject's industry): the market-regulation sets give food, drugs and
 * special equipment a longer minimum period (国市监信规〔2021〕3号).
 */
export const VIOLATION_FIELDS = ['food', 'drugs', 'medical-devices', 'cosmetics', 'special-equipment', 'other'] as const;
export type ViolationField = (typeof VIOLATION_FIELDS)[number];

/** 轻微 / 一般 / 严重 (国家发展改革委令第36号). */
export const SEVERITIES = ['minor', 'ordinary', 'serious'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const SEVERITY_NAMES: Record<Severity, { zh: string; en: string }> = {
  minor: { zh: '轻微', en: 'Minor' },
  ordinary: { zh: '一般', en: 'Ordinary' },
  serious: { zh: '严重', en: 'Serious' },
};

/**
 * published: shown in the public credit record; repaired: 信用修复 done; expired: the maximum period passed;
 * not-published: the rule set does not publish it (e.g. a warning under market regulation).
 */
export const PENALTY_STATUSES = ['published', 'repaired', 'expired', 'not-published'] as const;
export type PenaltyStatus = (typeof PENALTY_STATUSES)[number];

export const REPAIR_HOWS = ['automatic', 'application'] as const;
export type RepairHow = (typeof REPAIR_HOWS)[number];

/** Proofs an application may need; the commitment (信用承诺书) is signed online, not a proof. */
export const PROOF_KINDS = ['fine-receipt', 'rectification'] as const;
export type ProofKind = (typeof PROOF_KINDS)[number];

export const PROOF_NAMES: Record<ProofKind, { zh: string; en: string }> = {
  'fine-receipt': { zh: '罚款缴纳电子票据', en: 'Fine payment e-receipt' },
  rectification: { zh: '整改完成证明', en: 'Proof of rectification' },
};

/** Text → kind, for spreadsheets: the code, the Chinese or the English name. */
export function kindFromText(text: string): PenaltyKind | undefined {
  const t = text.trim().toLowerCase();
  const aliases: Record<string, PenaltyKind> = {
    没收违法所得: 'confiscation',
    没收非法财物: 'confiscation',
    暂扣许可证: 'licence-suspension',
    吊销许可证: 'licence-revocation',
    吊销营业执照: 'licence-revocation',
    责令停产停业: 'production-suspension',
    责令关闭: 'production-suspension',
    停产停业: 'production-suspension',
    其他: 'other',
  };
  if (aliases[t]) return aliases[t];
  return PENALTY_KINDS.find((k) => k === t || KIND_NAMES[k].zh === t || KIND_NAMES[k].en.toLowerCase() === t);
}

/**
 * F1 — 三个免提交: a proof material is exempt by national or provincial rule (`national`), exempt because advanced
 * regions exempt it (`advanced-region`), or exempt after a risk assessment with later supervision
 * (`risk-assessed`); otherwise it is still `required`. Exemption rate = exempt ÷ all materials (seed: 7099 ÷ 7274).
 * Pure: the figures are counted from the catalog's rows, never stored.
 */
export const EXEMPTION_RULES = ['national', 'advanced-region', 'risk-assessed', 'required'] as const;
export type ExemptionRule = (typeof EXEMPTION_RULES)[number];

export const isExempt = (rule: ExemptionRule): boolean => rule !== 'required';

export interface ExemptionCount {
  materials: number;
  exempt: number;
  exemptionRate: number;
}

/** exempt ÷ materials (0 for an empty catalog). */
export function exemptionRate(materials: number, exempt: number): number {
  return materials > 0 ? exempt / materials : 0;
}

/** The count over a list of materials' rules. */
export function countExemptions(rules: readonly ExemptionRule[]): ExemptionCount {
  const exempt = rules.filter(isExempt).length;
  return { materials: rules.length, exempt, exemptionRate: exemptionRate(rules.length, exempt) };
}

/** Sheet text → rule (Chinese labels of the catalog, or the English codes). */
const RULE_TEXT: Record<string, ExemptionRule> = {
  national: 'national',
  'advanced-region': 'advanced-region',
  'risk-assessed': 'risk-assessed',
  required: 'required',
  国家省已免提交: 'national',
  国家或省已免提交: 'national',
  国家省免提交: 'national',
  先进地区已免提交: 'advanced-region',
  先进地区免提交: 'advanced-region',
  风险可控免提交: 'risk-assessed',
  研判免提交: 'risk-assessed',
  仍需提交: 'required',
  需提交: 'required',
  保留: 'required',
};

export const RULE_LABELS: Record<ExemptionRule, { zh: string; en: string }> = {
  national: { zh: '国家省已免提交', en: 'Exempt by national/provincial rule' },
  'advanced-region': { zh: '先进地区已免提交', en: 'Exempt as in advanced regions' },
  'risk-assessed': { zh: '风险可控免提交', en: 'Exempt after risk assessment' },
  required: { zh: '仍需提交', en: 'Still required' },
};

export function ruleFromText(text: string): ExemptionRule | undefined {
  const t = text.replace(/[\s、，,（）()]/g, '');
  return RULE_TEXT[t] ?? RULE_TEXT[t.toLowerCase()];
}

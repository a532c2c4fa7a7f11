/**
 * B1 — whether a 12345 ticket concerns administrative enforcement toward an enterprise (涉企行政执法), so that
 * it goes to supervision as a `hotline` signal: its category says so, or its text names an enforcement act
 * or misconduct. Misconduct words (吃拿卡要 …) make the signal high severity. Pure.
 */
const CATEGORY_WORDS = ['执法', '检查', '处罚', '涉企', '营商环境', '监管'];
const ACT_WORDS = [
  '执法',
  '检查',
  '罚款',
  '处罚',
  '查封',
  '扣押',
  '责令停产',
  '停业整顿',
  '检查码',
  '亮码',
  '执法证',
  '多头检查',
  '重复检查',
  '频繁检查',
  '以罚代管',
  '乱罚款',
  '乱检查',
];
const MISCONDUCT_WORDS = [
  '吃拿卡要',
  '索要',
  '索贿',
  '刁难',
  '乱罚款',
  '以罚代管',
  '未出示',
  '没亮码',
  '不亮码',
  '态度恶劣',
  '威胁',
];

export interface EnforcementVerdict {
  related: boolean;
  severity: 'medium' | 'high';
  words: string[];
}

export function enforcementVerdict(t: { category?: string | null; content: string }): EnforcementVerdict {
  const category = t.category ?? '';
  const text = `${category} ${t.content}`;
  const words = [
    ...new Set([
      ...CATEGORY_WORDS.filter((w) => category.includes(w)),
      ...ACT_WORDS.filter((w) => t.content.includes(w)),
    ]),
  ];
  const misconduct = MISCONDUCT_WORDS.filter((w) => text.includes(w));
  return {
    related: words.length > 0 || misconduct.length > 0,
    severity: misconduct.length > 0 ? 'high' : 'medium',
    words: [...new Set([...words, ...misconduct])],
  };
}

import type { UsccCheck } from '../identifiers/index.js';

type Failed = Extract<UsccCheck, { ok: false }>;

const zh: Record<Failed['reason'], string> = {
  empty: '未填写',
  length: '长度应为 18 位',
  character: '第 {position} 位字符不合法（不得使用 I、O、S、V、Z）',
  'registration-authority': '第 1 位登记管理部门代码不合法',
  'entity-type': '第 2 位机构类别代码不合法',
  division: '第 3–8 位行政区划码不合法',
  'organisation-check': '第 17 位组织机构代码校验码错误（应为 {expected}，实为 {found}）',
  'check-character': '第 18 位校验码错误（应为 {expected}，实为 {found}）',
};
const en: Record<Failed['reason'], string> = {
  empty: 'empty',
  length: 'must be 18 characters',
  character: 'character {position} is not allowed (I, O, S, V, Z are never used)',
  'registration-authority': 'character 1 (registration authority) is invalid',
  'entity-type': 'character 2 (entity type) is invalid',
  division: 'characters 3–8 (division code) are invalid',
  'organisation-check': 'character 17 (organisation-code check) is wrong (expected {expected}, found {found})',
  'check-character': 'character 18 (check character) is wrong (expected {expected}, found {found})',
};

/** The precise, human reason a USCC failed, in the caller's language. */
export function usccReason(check: Failed, locale: 'zh-CN' | 'en-US'): string {
  const template = (locale === 'zh-CN' ? zh : en)[check.reason];
  return template.replace(/\{(\w+)\}/g, (_, k: string) => String((check as Record<string, unknown>)[k] ?? ''));
}

import type { Message } from '../platform/parts/part.js';

export const enterpriseMessages: Record<string, Message> = {
  'invalid-uscc': {
    'zh-CN': '统一社会信用代码无效：{reason}',
    'en-US': 'Invalid USCC: {reason}',
  },
  'enterprise-exists': {
    'zh-CN': '统一社会信用代码 {uscc} 已登记',
    'en-US': 'USCC {uscc} is already registered',
  },
  'unknown-division': { 'zh-CN': '行政区划代码 {code} 不存在', 'en-US': 'Unknown division code {code}' },
  'unknown-industry': { 'zh-CN': '行业 {industry} 不在目录中', 'en-US': 'Unknown industry {industry}' },
  'override-reason-required': {
    'zh-CN': '人工确认校验位不符的代码时须填写理由',
    'en-US': 'Accepting a code that fails its check needs a reason',
  },
  // Export (export-enterprises.ts)
  'export-too-many-rows': {
    'zh-CN': '导出结果超过 {limit} 条，请缩小筛选范围',
    'en-US': 'More than {limit} enterprises match; narrow the filter',
  },
  // Import (import-enterprises.ts)
  'import-required': { 'zh-CN': '未填写{column}', 'en-US': '{column} is required' },
  'import-invalid-value': {
    'zh-CN': '{column}「{value}」无法识别',
    'en-US': 'Unrecognised {column}: "{value}"',
  },
  'import-duplicate-uscc': {
    'zh-CN': '统一社会信用代码 {uscc} 与第 {firstRow} 行重复',
    'en-US': 'USCC {uscc} already appears in row {firstRow}',
  },
  'import-ambiguous-division': {
    'zh-CN': '行政区划「{name}」对应多个区划，请填写行政区划代码',
    'en-US': 'Division name "{name}" matches several divisions; give the division code',
  },
};

import type { Message } from '../platform/parts/part.js';

/** Error and row-error texts of the catalog (A1). */
export const catalogMessages: Record<string, Message> = {
  'item-code-exists': {
    'zh-CN': '本部门已有编码为 {code} 的检查事项',
    'en-US': 'The department already has an inspection item with code {code}',
  },
  'department-required': {
    'zh-CN': '请指定检查事项所属部门',
    'en-US': 'Name the department the inspection item belongs to',
  },
  'scenario-code-exists': {
    'zh-CN': '已有编码为 {code} 的联查场景',
    'en-US': 'A joint scenario with code {code} already exists',
  },
  // Same text as in inspections/messages.ts: the catalog raises it too, and must not depend on that part loading.
  'unknown-item': { 'zh-CN': '检查事项 {id} 不存在', 'en-US': 'Inspection item {id} does not exist' },
  'scenario-not-found': { 'zh-CN': '联查场景不存在', 'en-US': 'Joint scenario not found' },
  'scenario-single-department': {
    'zh-CN': '联查场景须包含至少两个部门的检查事项',
    'en-US': 'A joint scenario needs inspection items of at least two departments',
  },
  'scenario-item-industry': {
    'zh-CN': '检查事项“{name}”不适用于行业“{industry}”',
    'en-US': 'Inspection item “{name}” does not apply to industry “{industry}”',
  },
  'scenario-own-department-required': {
    'zh-CN': '部门管理员只能维护本部门参与的联查场景：请至少选择一项本部门的检查事项',
    'en-US': 'A department administrator keeps only scenarios its department takes part in: choose at least one of its items',
  },
  'row-scenario-own-department': {
    'zh-CN': '场景 {scenario} 不含本部门（{own}）的检查事项，部门管理员不能导入',
    'en-US': 'Scenario {scenario} holds no item of your department ({own}); a department administrator cannot import it',
  },
  'nothing-to-change': { 'zh-CN': '没有要修改的内容', 'en-US': 'Nothing to change' },
  // Row errors of the catalog imports.
  'row-required': { 'zh-CN': '未填写{column}', 'en-US': '{column} is required' },
  'row-invalid-value': { 'zh-CN': '{column}「{value}」无效：{reason}', 'en-US': 'Invalid {column} "{value}": {reason}' },
  'row-unknown-department': {
    'zh-CN': '部门「{department}」不存在（可填写部门编码、全称或简称）',
    'en-US': 'Unknown department "{department}" (give its code, full or short name)',
  },
  'row-other-department': {
    'zh-CN': '只能导入本部门（{own}）的检查事项，本行属于「{department}」',
    'en-US': 'You may import only items of your own department ({own}); this row belongs to "{department}"',
  },
  'row-unknown-industry': {
    'zh-CN': '行业「{industry}」不在行业目录中',
    'en-US': 'Industry "{industry}" is not in the industry list',
  },
  'row-duplicate-item': {
    'zh-CN': '事项编码 {code} 与第 {firstRow} 行重复',
    'en-US': 'Item code {code} already appears in row {firstRow}',
  },
  'row-unknown-item': {
    'zh-CN': '部门「{department}」没有编码为 {code} 的检查事项',
    'en-US': 'Department "{department}" has no inspection item with code {code}',
  },
  'row-duplicate-scenario-item': {
    'zh-CN': '检查事项 {code} 在场景 {scenario} 中与第 {firstRow} 行重复',
    'en-US': 'Item {code} already appears in scenario {scenario} in row {firstRow}',
  },
  'row-scenario-conflict': {
    'zh-CN': '场景 {scenario} 的{column}与第 {firstRow} 行不一致',
    'en-US': 'Scenario {scenario}: {column} differs from row {firstRow}',
  },
};

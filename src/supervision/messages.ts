import type { Message } from '../platform/parts/part.js';

/** Error codes of supervision (B), and the labels of signal kinds used in case titles. */
export const supervisionMessages: Record<string, Message> = {
  'signal-not-found': { 'zh-CN': '督办线索 {id} 不存在', 'en-US': 'Supervision signal {id} does not exist' },
  'signal-not-open': {
    'zh-CN': '督办线索 {id} 已处理（{status}），不能再次处理',
    'en-US': 'Supervision signal {id} has already been handled ({status})',
  },
  'case-department-required': {
    'zh-CN': '请指定承办部门（所选线索没有唯一的责任部门）',
    'en-US': 'Name the department that must act (the signals do not name a single department)',
  },
  'case-title-required': { 'zh-CN': '请填写督办事项标题', 'en-US': 'Give the case a title' },
  'case-unknown-department': { 'zh-CN': '部门 {id} 不存在', 'en-US': 'Department {id} does not exist' },
  'case-unknown-enterprise': {
    'zh-CN': '统一社会信用代码为 {uscc} 的企业不存在',
    'en-US': 'No enterprise with USCC {uscc}',
  },
  'case-not-found': { 'zh-CN': '督办件不存在', 'en-US': 'Supervision case not found' },
  'case-not-awaiting-answer': {
    'zh-CN': '督办件当前状态为“{status}”，不能反馈',
    'en-US': 'The case is {status}; it cannot be answered now',
  },
  'case-not-answered': {
    'zh-CN': '督办件当前状态为“{status}”，承办部门反馈后才能办结或退回',
    'en-US': 'The case is {status}; it can be closed or returned only after the department answers',
  },
  'case-file-not-found': { 'zh-CN': '附件不存在', 'en-US': 'File not found' },
  'evidence-type': {
    'zh-CN': '佐证材料须为图片（JPEG/PNG/WebP）、PDF 或 Office 文档（docx/xlsx）',
    'en-US': 'Evidence must be an image (JPEG/PNG/WebP), a PDF or an Office document (docx/xlsx)',
  },
  'evidence-too-large': {
    'zh-CN': '单个佐证材料不能超过 {mb} MB',
    'en-US': 'Each evidence file must be at most {mb} MB',
  },
  'answer-text-required': { 'zh-CN': '请填写办理情况', 'en-US': 'Describe how the case was handled' },
  'case-status.open': { 'zh-CN': '待办理', 'en-US': 'open' },
  'case-status.answered': { 'zh-CN': '已反馈待审核', 'en-US': 'answered' },
  'case-status.returned': { 'zh-CN': '已退回', 'en-US': 'returned' },
  'case-status.closed': { 'zh-CN': '已办结', 'en-US': 'closed' },
  'signal-status.case-opened': { 'zh-CN': '已发起督办', 'en-US': 'a case was opened' },
  'signal-status.dismissed': { 'zh-CN': '已排除', 'en-US': 'dismissed' },
  'signal-kind.frequency-7d': { 'zh-CN': '7日内检查超过2次', 'en-US': 'More than 2 inspections in 7 days' },
  'signal-kind.frequency-30d': {
    'zh-CN': '30日内检查超过3次',
    'en-US': 'More than 3 inspections in 30 days',
  },
  'signal-kind.over-frequency': { 'zh-CN': '触发式检查超频', 'en-US': 'Over-frequency triggered inspection' },
  'signal-kind.late-result': { 'zh-CN': '检查结果逾期上传', 'en-US': 'Late inspection result' },
  'signal-kind.low-rating': { 'zh-CN': '企业检查差评', 'en-US': 'Poor evaluation by the enterprise' },
  'signal-kind.complaint': {
    'zh-CN': '企业投诉不规范执法',
    'en-US': 'Enterprise complaint about misconduct',
  },
  'signal-kind.backfilled-code': {
    'zh-CN': '紧急检查补码',
    'en-US': 'Code back-filled after an emergency visit',
  },
  'signal-kind.hotline': {
    'zh-CN': '12345 热线涉企执法诉求',
    'en-US': '12345 hotline ticket about enforcement',
  },
  'signal-kind.assignment': { 'zh-CN': '上级交办', 'en-US': 'Assignment from a superior' },
};

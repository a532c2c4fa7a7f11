import type { Message } from '../platform/parts/part.js';

export const hotlineMessages: Record<string, Message> = {
  'hotline-ticket-not-found': { 'zh-CN': '12345 工单不存在', 'en-US': '12345 ticket not found' },
  'hotline-received-in-future': {
    'zh-CN': '受理时间 {receivedAt} 晚于当前时间',
    'en-US': 'The received time {receivedAt} is in the future',
  },
  'hotline-unknown-enterprise': {
    'zh-CN': '统一社会信用代码为 {uscc} 的企业不存在',
    'en-US': 'No enterprise with USCC {uscc}',
  },
  'hotline-import-duplicate': {
    'zh-CN': '工单编号 {ticketNo} 与第 {firstRow} 行重复',
    'en-US': 'Ticket number {ticketNo} already appears in row {firstRow}',
  },
  'hotline-import-missing-column': {
    'zh-CN': '缺少必需的列：{column}',
    'en-US': 'Missing required column: {column}',
  },
  'hotline-import-invalid-date': {
    'zh-CN': '受理时间「{value}」无法识别',
    'en-US': 'Unrecognised received time "{value}"',
  },
};

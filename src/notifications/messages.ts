import type { Message } from '../platform/parts/part.js';

/** Notification texts by kind (`notify.<kind>`), and the part's error codes. */
export const notificationMessages: Record<string, Message> = {
  'notify.case-opened': {
    'zh-CN': '新督办件 {caseNo}：{title}。请于 {dueDay} 前办理并反馈。',
    'en-US': 'New supervision case {caseNo}: {title}. Answer by {dueDay}.',
  },
  'notify.case-reminder': {
    'zh-CN': '督办件 {caseNo}（{title}）将于 {dueDay} 到期，请抓紧办理并反馈。',
    'en-US': 'Supervision case {caseNo} ({title}) is due on {dueDay}; please answer soon.',
  },
  'notify.case-escalated': {
    'zh-CN': '督办件 {caseNo}（{title}）已超过办理期限 {dueDay}，已升级督办。',
    'en-US': 'Supervision case {caseNo} ({title}) is overdue since {dueDay} and has been escalated.',
  },
  'notify.case-returned': {
    'zh-CN': '督办件 {caseNo}（{title}）被退回：{reason}。请重新办理并反馈。',
    'en-US': 'Supervision case {caseNo} ({title}) was returned: {reason}. Please answer again.',
  },
  'notify.case-answered': {
    'zh-CN': '{department} 已反馈督办件 {caseNo}（{title}），请审核。',
    'en-US': '{department} answered supervision case {caseNo} ({title}); please review it.',
  },
  'notify.case-closed': {
    'zh-CN': '督办件 {caseNo}（{title}）已办结。',
    'en-US': 'Supervision case {caseNo} ({title}) is closed.',
  },
  'notification-not-found': { 'zh-CN': '通知不存在', 'en-US': 'Notification not found' },
};

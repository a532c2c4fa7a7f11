import type { Message } from '../platform/parts/part.js';

export const calendarMessages: Record<string, Message> = {
  'calendar-entry-not-found': {
    'zh-CN': '日历中没有 {day} 的节假日或调休记录',
    'en-US': 'The calendar has no holiday or adjusted working day on {day}',
  },
  'calendar-invalid-day': { 'zh-CN': '日期 {day} 无效', 'en-US': 'Invalid day {day}' },
};

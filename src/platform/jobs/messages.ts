import type { Message } from '../parts/part.js';

export const jobMessages: Record<string, Message> = {
  'job-not-found': { 'zh-CN': '定时任务 {name} 不存在', 'en-US': 'No job named {name}' },
  'job-running': {
    'zh-CN': '定时任务 {name} 正在运行（{runner}），请稍后再试',
    'en-US': 'Job {name} is running ({runner}); try again later',
  },
};

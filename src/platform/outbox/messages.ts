import type { Message } from '../parts/part.js';

export const outboxMessages: Record<string, Message> = {
  'outbox-message-not-found': { 'zh-CN': '消息 {id} 不存在', 'en-US': 'No outbox message {id}' },
  'outbox-message-pending': {
    'zh-CN': '消息 {id} 仍在投递中，无需重发',
    'en-US': 'Message {id} is still being delivered; nothing to resend',
  },
};

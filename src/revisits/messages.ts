import type { Message } from '../platform/parts/part.js';

export const revisitMessages: Record<string, Message> = {
  'revisit-bad-period': { 'zh-CN': '回访期间 {period} 无效，应形如 2026H2', 'en-US': 'The revisit period {period} is not valid; write it like 2026H2' },
  'revisit-period-not-started': { 'zh-CN': '回访期间 {period} 尚未开始', 'en-US': 'The revisit period {period} has not started yet' },
  'revisit-draw-not-found': { 'zh-CN': '抽取记录不存在', 'en-US': 'No such draw' },
  'revisit-not-found': { 'zh-CN': '回访任务不存在', 'en-US': 'No such revisit' },
  'revisit-already-done': { 'zh-CN': '该回访已完成', 'en-US': 'This revisit has already been done' },
  'revisit-own-team': { 'zh-CN': '不能将回访交给被回访工作所属的执法大队（交叉回访）', 'en-US': 'A revisit cannot go to the team whose work it is (cross-revisiting)' },
  'revisit-unknown-team': { 'zh-CN': '执法大队不存在或没有在岗执法人员', 'en-US': 'No such team, or it has no active staff' },
  'revisit-answers-incomplete': { 'zh-CN': '问卷缺少指标 {missing} 的回答', 'en-US': 'The questionnaire lacks answers to {missing}' },
  'revisit-unknown-indicator': { 'zh-CN': '问卷没有指标 {indicator}', 'en-US': 'The questionnaire has no indicator {indicator}' },
  'revisit-link-invalid': { 'zh-CN': '链接无效、已过期或已使用', 'en-US': 'This link is not valid, has expired or has been used' },
  'revisit-problem-not-found': { 'zh-CN': '该回访没有第 {index} 个问题', 'en-US': 'This revisit has no problem number {index}' },
  'revisit-not-done': { 'zh-CN': '回访尚未完成，没有可跟进的问题', 'en-US': 'The revisit is not done yet; there is nothing to follow up' },
  'revisit-call-required': { 'zh-CN': '电话回访须填写通话记录', 'en-US': 'A phone revisit needs its call record' },
};

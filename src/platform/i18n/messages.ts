import { interpolate, type Locale } from './locale.js';

type Message = { 'zh-CN': string; 'en-US': string };

/**
 * Error and notice texts by stable code: these few of the request layer, and each part's dictionary (kept beside its
 * code, listed in its `part.ts`), added by `installParts()` (src/parts.ts) with `registerMessages` — so this file
 * does not grow with every part.
 */
const base: Record<string, Message> = {
  'validation-failed': { 'zh-CN': '提交的数据有误：{summary}', 'en-US': 'The request is invalid: {summary}' },
  'malformed-body': { 'zh-CN': '请求体不是有效的 JSON', 'en-US': 'The request body is not valid JSON' },
  'unsupported-media-type': { 'zh-CN': '不支持的内容类型', 'en-US': 'Unsupported content type' },
  'payload-too-large': { 'zh-CN': '提交的内容过大', 'en-US': 'The request is too large' },
  'not-found': { 'zh-CN': '未找到该资源', 'en-US': 'Not found' },
  'route-not-found': { 'zh-CN': '接口不存在：{method} {url}', 'en-US': 'No such endpoint: {method} {url}' },
  unauthenticated: { 'zh-CN': '请先登录', 'en-US': 'Please sign in first' },
  'session-expired': { 'zh-CN': '登录已超时，请重新登录', 'en-US': 'Your session has expired; please sign in again' },
  forbidden: { 'zh-CN': '无权访问该资源', 'en-US': 'You are not allowed to access this' },
  'bad-credentials': { 'zh-CN': '用户名或密码错误', 'en-US': 'Wrong username or password' },
  'sign-in-delayed': {
    'zh-CN': '失败次数过多，请 {seconds} 秒后再试',
    'en-US': 'Too many failed attempts; try again in {seconds} s',
  },
  'guessable-password': {
    'zh-CN': '该密码过于常见或容易被猜到（如常用密码、演示密码、含用户名或系统名），请换一个',
    'en-US': 'This password is too common or easy to guess (a common or demo password, your name or the system’s); choose another',
  },
  'account-disabled': { 'zh-CN': '账号已停用', 'en-US': 'The account is disabled' },
  'weak-password': {
    'zh-CN': '密码至少 8 位，且包含大写字母、小写字母、数字、符号中的至少三类',
    'en-US': 'A password needs at least 8 characters from at least 3 of: upper case, lower case, digits, symbols',
  },
  'invalid-api-key': { 'zh-CN': 'API 密钥无效', 'en-US': 'Invalid API key' },
  'insufficient-scope': { 'zh-CN': 'API 密钥无权调用该接口（需要 {scope}）', 'en-US': 'The API key lacks scope {scope}' },
  'too-many-requests': { 'zh-CN': '请求过于频繁，请稍后再试', 'en-US': 'Too many requests; try again later' },
  'username-taken': { 'zh-CN': '用户名 {username} 已被使用', 'en-US': 'Username {username} is taken' },
  conflict: { 'zh-CN': '数据冲突，请刷新后重试', 'en-US': 'Conflicting change; reload and retry' },
  'internal-error': { 'zh-CN': '服务器内部错误，请稍后重试（请求号 {requestId}）', 'en-US': 'Internal error (request {requestId})' },
  'service-unavailable': { 'zh-CN': '服务暂时不可用，请稍后重试', 'en-US': 'Service temporarily unavailable' },
};

const messages: Record<string, Message> = { ...base };

/** The codes this file itself defines (the parts' registry test tells them from the parts'). */
export const BASE_MESSAGE_CODES: readonly string[] = Object.keys(base);

/** Every code known now. */
export function messageCodes(): string[] {
  return Object.keys(messages);
}

export function registerMessages(more: Record<string, Message>): void {
  Object.assign(messages, more);
}

export function hasMessage(code: string): boolean {
  return code in messages;
}

export function translate(locale: Locale, code: string, params?: Record<string, unknown>): string {
  const m = messages[code];
  if (!m) return code;
  return interpolate(m[locale], params);
}

/** A short human title per status, for problem+json `title`. */
export function statusTitle(locale: Locale, status: number): string {
  const zh: Record<number, string> = {
    400: '请求错误', 401: '未登录', 403: '禁止访问', 404: '未找到', 409: '冲突', 413: '内容过大',
    415: '不支持的类型', 422: '数据校验失败', 423: '已锁定', 429: '请求过多', 500: '服务器错误', 503: '服务不可用',
  };
  const en: Record<number, string> = {
    400: 'Bad request', 401: 'Unauthenticated', 403: 'Forbidden', 404: 'Not found', 409: 'Conflict',
    413: 'Payload too large', 415: 'Unsupported media type', 422: 'Unprocessable content', 423: 'Locked',
    429: 'Too many requests', 500: 'Internal error', 503: 'Service unavailable',
  };
  return (locale === 'zh-CN' ? zh : en)[status] ?? String(status);
}

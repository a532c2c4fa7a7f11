import { z, type ZodType } from 'zod';
import type { FastifySchemaCompiler } from 'fastify';
import type { Locale } from '../i18n/locale.js';

type Issue = z.core.$ZodIssue;

/** A request part failed its schema; carries the raw issues so the message can follow the caller's language. */
export class RequestValidationError extends Error {
  constructor(
    readonly part: string,
    readonly issues: Issue[],
  ) {
    super('validation failed');
  }
}

/** The path of the first string holding U+0000 (PostgreSQL text cannot store it), if any. */
function nulPath(v: unknown, path: (string | number)[] = [], depth = 0): (string | number)[] | null {
  if (typeof v === 'string') return v.includes('\u0000') ? path : null;
  if (depth > 32 || v === null || typeof v !== 'object') return null;
  for (const [k, x] of Object.entries(v)) {
    const found = nulPath(x, [...path, Array.isArray(v) ? Number(k) : k], depth + 1);
    if (found) return found;
  }
  return null;
}

export const zodValidatorCompiler: FastifySchemaCompiler<ZodType> = ({ schema, httpPart }) => (data) => {
  const nul = nulPath(data);
  if (nul) {
    const issue = { code: 'custom', path: nul, message: '不得包含空字符（U+0000） / must not contain the NUL character', input: undefined } as unknown as Issue;
    return { error: new RequestValidationError(httpPart ?? 'body', [issue]) };
  }
  const result = schema.safeParse(data, { reportInput: true });
  if (result.success) return { value: result.data };
  return { error: new RequestValidationError(httpPart ?? 'body', result.error.issues) };
};

const zh = z.locales.zhCN();
const en = z.locales.en();

/** Issue text in the caller's language; a custom message (params.code) wins over Zod's own. */
export function issueMessage(issue: Issue, locale: Locale): string {
  if (issue.code === 'custom') return issue.message;
  const map = locale === 'zh-CN' ? zh : en;
  const out = map.localeError?.(issue as never);
  if (typeof out === 'string') return out;
  if (out && typeof out === 'object' && 'message' in out) return String(out.message);
  return issue.message;
}

export function issuePath(part: string, issue: Issue): string {
  return [part, ...issue.path.map(String)].join('.');
}

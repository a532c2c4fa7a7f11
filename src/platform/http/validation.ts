import { z, type ZodType } from 'zod';
import type { FastifyRequest, FastifySchemaCompiler } from 'fastify';
import type { Locale } from '../i18n/locale.js';
import { translate } from '../i18n/messages.js';
import { inputFlaw, type InputFlaw } from './input.js';

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

const FLAW_CODES = { nul: 'input-nul', surrogate: 'input-lone-surrogate', depth: 'input-too-deep' } as const;

/** A refusal of the input layer (`./input.ts`) for one request part, in the same shape as a schema failure. */
export function flawError(part: string, flaw: InputFlaw): RequestValidationError {
  const code = FLAW_CODES[flaw.kind];
  const issue = { code: 'custom', path: flaw.path, message: code, params: { code }, input: undefined } as unknown as Issue;
  return new RequestValidationError(part, [issue]);
}

/**
 * preValidation hook of every route (with a schema or not): path parameters, query and a parsed body pass the
 * input layer before any schema or handler sees them.
 */
export async function refuseFlawedInput(req: FastifyRequest): Promise<void> {
  const parts: [string, unknown][] = [
    ['params', req.params],
    ['querystring', req.query],
    ['body', req.body],
  ];
  for (const [part, value] of parts) {
    const flaw = inputFlaw(value);
    if (flaw) throw flawError(part, flaw);
  }
}

export const zodValidatorCompiler: FastifySchemaCompiler<ZodType> = ({ schema, httpPart }) => (data) => {
  const result = schema.safeParse(data, { reportInput: true });
  if (result.success) return { value: result.data };
  return { error: new RequestValidationError(httpPart ?? 'body', result.error.issues) };
};

const zh = z.locales.zhCN();
const en = z.locales.en();

/** Issue text in the caller's language; a custom message (params.code) wins over Zod's own. */
export function issueMessage(issue: Issue, locale: Locale): string {
  if (issue.code === 'custom') {
    const code = (issue as { params?: { code?: unknown } }).params?.code;
    return typeof code === 'string' ? translate(locale, code) : issue.message;
  }
  const map = locale === 'zh-CN' ? zh : en;
  const out = map.localeError?.(issue as never);
  if (typeof out === 'string') return out;
  if (out && typeof out === 'object' && 'message' in out) return String(out.message);
  return issue.message;
}

export function issuePath(part: string, issue: Issue): string {
  return [part, ...issue.path.map(String)].join('.');
}

import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../errors/app-error.js';
import { DeniedError } from '../policy/policy.js';
import { statusTitle, translate } from '../i18n/messages.js';
import type { Locale } from '../i18n/locale.js';
import { isInputDataException } from '../db/sql-state.js';
import { RequestValidationError, issueMessage, issuePath } from './validation.js';

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  instance?: string;
  requestId: string;
  [extra: string]: unknown;
}

export function problemOf(err: unknown, locale: Locale, requestId: string): Problem {
  const base = (status: number, code: string, detail: string, extra: Record<string, unknown> = {}): Problem => ({
    type: `https://qinqing.gov.cn/problems/${code}`,
    title: statusTitle(locale, status),
    status,
    detail,
    code,
    requestId,
    ...extra,
  });
  if (err instanceof RequestValidationError) {
    const errors = err.issues.map((i) => ({ path: issuePath(err.part, i), message: issueMessage(i, locale) }));
    const summary = errors
      .slice(0, 3)
      .map((e) => `${e.path}: ${e.message}`)
      .join('; ');
    return base(422, 'validation-failed', translate(locale, 'validation-failed', { summary }), { errors });
  }
  if (err instanceof AppError) {
    return base(err.status, err.code, translate(locale, err.code, err.params), err.extra);
  }
  if (isInputDataException(err)) return base(422, 'value-out-of-range', translate(locale, 'value-out-of-range'));
  const fe = err as FastifyError;
  if (fe && typeof fe.statusCode === 'number' && fe.statusCode >= 400 && fe.statusCode < 500) {
    const code =
      fe.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE'
        ? 'unsupported-media-type'
        : fe.code === 'FST_ERR_CTP_BODY_TOO_LARGE' || fe.statusCode === 413
          ? 'payload-too-large'
          : fe.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' || fe.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || fe instanceof SyntaxError
            ? 'malformed-body'
            : fe.statusCode === 429
              ? 'too-many-requests'
              : fe.statusCode === 404
                ? 'not-found'
                : 'malformed-body';
    return base(fe.statusCode, code, translate(locale, code));
  }
  return base(500, 'internal-error', translate(locale, 'internal-error', { requestId }));
}

export function sendProblem(reply: FastifyReply, problem: Problem): FastifyReply {
  return reply.status(problem.status).type('application/problem+json; charset=utf-8').send(problem);
}

export const isDenied = (err: unknown): err is DeniedError => err instanceof DeniedError;
export type { FastifyRequest };

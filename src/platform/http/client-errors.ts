/**
 * Refusals Fastify answers before any route or hook runs, as problem+json like every other refusal: a request
 * line or headers Node cannot parse (400), headers too large (431), a client too slow (408), a path that is not a
 * valid URL component (400) or a parameter past its length (414). The headers are not trusted here, so the text
 * is in the default language (zh-CN) with the English after it.
 */
import http from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyReply, FastifyRequest, FastifyError } from 'fastify';
import { translate } from '../i18n/messages.js';
import { newId } from '../db/ids.js';
import { problemOf, sendProblem } from './problem.js';
import { localeFromHeader } from '../i18n/locale.js';
import { AppError } from '../errors/app-error.js';

function clientErrorCode(err: NodeJS.ErrnoException): { status: number; code: string } {
  if (err.code === 'ERR_HTTP_REQUEST_TIMEOUT') return { status: 408, code: 'request-timeout' };
  if (err.code === 'HPE_HEADER_OVERFLOW') return { status: 431, code: 'headers-too-large' };
  return { status: 400, code: 'malformed-request' };
}

/** Fastify's `clientErrorHandler`: writes a problem+json answer on the raw socket, then closes it. */
export function clientErrorHandler(err: NodeJS.ErrnoException, socket: Socket): void {
  if (err.code === 'ECONNRESET' || socket.destroyed) return;
  const { status, code } = clientErrorCode(err);
  if (socket.writable) {
    const body = JSON.stringify({
      type: `https://qinqing.gov.cn/problems/${code}`,
      title: http.STATUS_CODES[status],
      status,
      detail: `${translate('zh-CN', code)} / ${translate('en-US', code)}`,
      code,
      requestId: newId(),
    });
    socket.write(
      `HTTP/1.1 ${status} ${http.STATUS_CODES[status]}\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
        `Content-Type: application/problem+json; charset=utf-8\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(err);
}

/** Fastify's `frameworkErrors`: a bad URL component (400) or an overlong path parameter (414). */
export function frameworkErrors(err: FastifyError, req: FastifyRequest, reply: FastifyReply): void {
  const locale = localeFromHeader(req.headers['accept-language']);
  const tooLong = err.code === 'FST_ERR_MAX_PARAM_LENGTH';
  const error = new AppError(tooLong ? 414 : 400, tooLong ? 'uri-too-long' : 'malformed-url');
  void sendProblem(reply, problemOf(error, locale, String(req.id)));
}

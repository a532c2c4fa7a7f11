import type { FastifyRequest } from 'fastify';
import { AppError } from '../errors/app-error.js';

const JSON_TYPE = /^application\/(?:[\w.-]+\+)?json$/i;
const UTF8 = /^utf-?8$/i;

/**
 * JSON is UTF-8 (RFC 8259 §8.1): a JSON body declared in another charset (`application/json; charset=utf-7`)
 * is refused with a 415 rather than read as if it were UTF-8. No charset means UTF-8.
 */
export async function requireUtf8Json(req: FastifyRequest): Promise<void> {
  const header = req.headers['content-type'];
  if (!header) return;
  const [type = '', ...params] = header.split(';').map((part) => part.trim());
  if (!JSON_TYPE.test(type)) return;
  for (const param of params) {
    const eq = param.indexOf('=');
    if (eq < 0 || param.slice(0, eq).trim().toLowerCase() !== 'charset') continue;
    const charset = param
      .slice(eq + 1)
      .trim()
      .replace(/^"(.*)"$/, '$1');
    if (!UTF8.test(charset)) throw new AppError(415, 'unsupported-charset', { charset: charset.slice(0, 40) });
  }
}

/**
 * Cross-site request forgery (issue 10 item 7). Two checks on every state-changing request (POST, PUT, PATCH,
 * DELETE).
 *
 * 1. Same origin (onRequest, before the body is read): a browser says where a request comes from —
 *    `Sec-Fetch-Site` in every current browser, `Origin` on every cross-origin POST in older ones. A request a
 *    browser marks as coming from another site (or another origin of this site) is refused with 403
 *    `cross-site-request`. A request with neither header is not from a browser page (curl, integrations, tests)
 *    and passes. This also stops login CSRF (a forged sign-in into the attacker's account).
 * 2. Declared bodies (preValidation, after the route's door): a body is JSON, or multipart/form-data on a route
 *    whose schema declares `consumes: ['multipart/form-data']`. text/plain, form-encoded and undeclared
 *    multipart bodies — the ones an HTML form or a no-cors fetch can send cross-site — are refused with 415.
 */
import type { FastifyRequest } from 'fastify';
import { AppError } from '../errors/app-error.js';

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const JSON_TYPE = /^application\/(?:[\w.-]+\+)?json$/i;
const MULTIPART = 'multipart/form-data';

const hasApiKey = (req: FastifyRequest) => typeof req.headers['x-api-key'] === 'string' && req.headers['x-api-key'] !== '';

/**
 * onRequest hook: a state change from a page of another origin is refused (403 `cross-site-request`). Requests
 * with an API key carry no ambient credential (a page cannot set the header cross-site) and are exempt.
 */
export function sameOriginOnly(publicBaseUrl: string) {
  const publicOrigin = new URL(publicBaseUrl).origin;
  return async (req: FastifyRequest): Promise<void> => {
    if (!STATE_CHANGING.has(req.method) || hasApiKey(req)) return;
    const site = req.headers['sec-fetch-site'];
    if (typeof site === 'string') {
      if (site === 'same-origin' || site === 'none') return;
      throw new AppError(403, 'cross-site-request');
    }
    const origin = req.headers.origin;
    if (origin === undefined) return;
    if (origin === publicOrigin || origin === `${req.protocol}://${req.host}`) return;
    throw new AppError(403, 'cross-site-request');
  };
}

/** The media types a route declares (`schema.consumes`); JSON when it declares none. */
function declaredTypes(req: FastifyRequest): readonly string[] {
  const consumes = (req.routeOptions.schema as { consumes?: readonly string[] } | undefined)?.consumes;
  return consumes ?? ['application/json'];
}

/** preValidation hook: a state change is JSON or declared multipart; anything else is 415. */
export async function declaredBodyOnly(req: FastifyRequest): Promise<void> {
  if (!STATE_CHANGING.has(req.method)) return;
  const header = req.headers['content-type'];
  if (header === undefined) return;
  const type = header.split(';')[0]!.trim().toLowerCase();
  if (JSON_TYPE.test(type)) return;
  if (type === MULTIPART && declaredTypes(req).includes(MULTIPART)) return;
  throw new AppError(415, 'unsupported-media-type');
}

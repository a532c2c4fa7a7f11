/**
 * Request limits per client (issue 10 item 5), counted with @fastify/rate-limit's store in one-minute windows
 * (`config.rateLimits`, RATE_LIMIT_* variables):
 * - sign-in: per client IP, and per account name *from one IP* — a stranger who exhausts a name's budget blocks
 *   only himself, never the owner (with the growing delay of `auth/rules.ts`, also per name and IP, instead of a
 *   lock);
 * - the public scan of a code: `GET /api/codes/{code}` and the `/v/{code}` page per IP, the QR image (CPU-bound)
 *   per IP;
 * - imports (`POST …/import`): per signed-in user or API key, else per IP.
 * Past a limit: 429 `too-many-requests` as problem+json with Retry-After. The client IP is the socket's, or
 * behind TRUST_PROXY the one the proxy reports (`req.ip`).
 */
import rateLimit, { normalizeIP } from '@fastify/rate-limit';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../errors/app-error.js';
import type { RateLimits } from '../config/config.js';
import type { App } from './types.js';

type Limiter = (req: FastifyRequest) => Promise<{ isAllowed: boolean; isExceeded?: boolean; ttlInSeconds?: number }>;
type LimitClass = 'signInIp' | 'signInAccount' | 'scan' | 'qr' | 'import';

const WINDOW_MS = 60_000;
const ipOf = (req: FastifyRequest) => normalizeIP(req.ip);

/** Which per-request limit a request falls under (the per-account sign-in limit is judged once the body is read). */
export function limitClassOf(req: FastifyRequest): Exclude<LimitClass, 'signInAccount'> | undefined {
  const url = req.routeOptions.url;
  if (req.method === 'POST' && url === '/api/auth/login') return 'signInIp';
  if (req.method === 'GET' && url === '/api/codes/:code') return 'scan';
  if (req.method === 'GET' && url === '/api/codes/:code/qr.:format') return 'qr';
  if (req.method === 'GET' && url === undefined && req.url.startsWith('/v/')) return 'scan';
  if (req.method === 'POST' && url?.startsWith('/api/') && url.endsWith('/import')) return 'import';
  return undefined;
}

function callerOf(req: FastifyRequest): string {
  const actor = req.ctx?.actor;
  if (actor?.kind === 'user') return `user:${actor.userId}`;
  if (actor?.kind === 'integration') return `key:${actor.clientId}`;
  return `ip:${ipOf(req)}`;
}

export async function registerRateLimits(app: App, limits: RateLimits): Promise<void> {
  if (!limits.enabled) return;
  await app.register(rateLimit, { global: false });
  const make = (name: LimitClass, max: number, key: (req: FastifyRequest) => string): Limiter =>
    app.createRateLimit({ max, timeWindow: WINDOW_MS, keyGenerator: (req) => `${name}|${key(req)}` }) as Limiter;
  const limiters: Record<LimitClass, Limiter> = {
    signInIp: make('signInIp', limits.signInPerIp, ipOf),
    signInAccount: make('signInAccount', limits.signInPerAccount, (req) => {
      const name = (req.body as { username?: unknown } | undefined)?.username;
      return `${typeof name === 'string' ? name.trim().toLowerCase().slice(0, 64) : ''}|${ipOf(req)}`;
    }),
    scan: make('scan', limits.scanPerIp, ipOf),
    qr: make('qr', limits.qrPerIp, ipOf),
    import: make('import', limits.importPerCaller, callerOf),
  };
  const check = async (req: FastifyRequest, cls: LimitClass) => {
    const r = await limiters[cls](req);
    if (!r.isAllowed && r.isExceeded) throw new AppError(429, 'too-many-requests', {}, { retryAfter: Math.max(1, r.ttlInSeconds ?? 60) });
  };
  // Before the body is read: floods cost no parsing.
  app.addHook('onRequest', async (req) => {
    const cls = limitClassOf(req);
    if (cls) await check(req, cls);
  });
  app.addHook('preValidation', async (req) => {
    if (limitClassOf(req) === 'signInIp') await check(req, 'signInAccount');
  });
}

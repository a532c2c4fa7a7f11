/**
 * Security headers on every answer (issue 10 item 6), through @fastify/helmet: a Content-Security-Policy the web
 * bundle and the API docs (/api/docs) work under — scripts only from this origin, no inline script, styles
 * inline allowed (Ant Design writes its CSS-in-JS into <style> elements), images also as data:/blob: URLs, no
 * plugins, no framing (`frame-ancestors 'none'`, X-Frame-Options DENY) — plus nosniff, Referrer-Policy
 * no-referrer (scan links carry codes), Cross-Origin-Opener-Policy and -Resource-Policy same-origin, and HSTS
 * (one year) with `upgrade-insecure-requests` only when the public address is https.
 * Every API answer that has not chosen its own Cache-Control is `no-store`: API answers hold personal data.
 */
import helmet from '@fastify/helmet';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { App } from './types.js';

export const CSP_DIRECTIVES = {
  defaultSrc: ["'self'"],
  baseUri: ["'self'"],
  objectSrc: ["'none'"],
  frameAncestors: ["'none'"],
  formAction: ["'self'"],
  scriptSrc: ["'self'"],
  scriptSrcAttr: ["'none'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
};

export async function registerSecurityHeaders(app: App, opts: { https: boolean }): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: { ...CSP_DIRECTIVES, ...(opts.https ? { upgradeInsecureRequests: [] } : {}) },
    },
    crossOriginOpenerPolicy: { policy: 'same-origin' },
    crossOriginResourcePolicy: { policy: 'same-origin' },
    crossOriginEmbedderPolicy: false,
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    strictTransportSecurity: opts.https ? { maxAge: 31_536_000, includeSubDomains: true } : false,
  });
  app.addHook('onSend', async (req: FastifyRequest, reply: FastifyReply) => {
    if (req.url.startsWith('/api/') && !reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
  });
}

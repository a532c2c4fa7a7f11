/**
 * Issue 10 item 5 — request limits per client (@fastify/rate-limit): sign-in per IP and per account name from
 * one IP (the growing delay stays; no lock a stranger can put on the owner), the public scan routes, the QR image
 * and imports. Past a limit: 429 problem+json with Retry-After, in zh-CN or en-US. Behind TRUST_PROXY the client
 * IP is the one the proxy appended to X-Forwarded-For. Production default: on; the harnesses turn it off.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, DEMO_PASSWORD, type TestApp } from '../support/app.js';
import { loadConfig } from '../../src/platform/config/config.js';

const DEFAULTS = loadConfig({}).rateLimits;

describe('configuration', () => {
  it('is on by default, off with RATE_LIMIT=0, each limit set by its variable', () => {
    expect(DEFAULTS).toEqual({ enabled: true, signInPerIp: 30, signInPerAccount: 10, scanPerIp: 120, qrPerIp: 60, importPerCaller: 10 });
    expect(loadConfig({ RATE_LIMIT: '0' }).rateLimits.enabled).toBe(false);
    expect(loadConfig({ RATE_LIMIT_SCAN_IP: '500', RATE_LIMIT_SIGN_IN_IP: '7' }).rateLimits).toMatchObject({ scanPerIp: 500, signInPerIp: 7 });
    expect(loadConfig({}).trustProxy).toBe(0);
    expect(loadConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
  });
});

describe('with the production limits', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp({ enterpriseCount: 3, config: { rateLimits: DEFAULTS } });
  });
  afterAll(async () => t?.close());

  const signIn = (username: string, password: string, ip: string, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'POST', url: '/api/auth/login', remoteAddress: ip, headers, payload: { username, password } });

  it('sign-in: one IP trying many names meets 429 after 30 attempts (problem+json, Retry-After, both languages)', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < DEFAULTS.signInPerIp; i++) statuses.push((await signIn(`nobody${i}`, 'wrong-password', '203.0.113.7')).statusCode);
    expect(statuses.every((s) => s === 401)).toBe(true);
    const refused = await signIn('nobody-more', 'wrong-password', '203.0.113.7');
    expect(refused.statusCode).toBe(429);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(refused.json()).toMatchObject({ status: 429, code: 'too-many-requests', detail: '请求过于频繁，请稍后再试' });
    const english = await signIn('nobody-more', 'wrong-password', '203.0.113.7', { 'accept-language': 'en-US' });
    expect(english.json().detail).toBe('Too many requests; try again later');
    // Refused before the password is even looked at: even the right one.
    expect((await signIn('admin', DEMO_PASSWORD, '203.0.113.7')).statusCode).toBe(429);
    // Another address is not affected.
    expect((await signIn('admin', DEMO_PASSWORD, '203.0.113.8')).statusCode).toBe(200);
  });

  it('sign-in: a stranger hammering an account blocks only himself; the owner signs in from elsewhere', async () => {
    const stranger = '198.51.100.66';
    const seen = new Set<number>();
    for (let i = 0; i < 15; i++) seen.add((await signIn('supervisor', `guess-${i}`, stranger)).statusCode);
    expect(seen.has(429)).toBe(true);
    expect((await signIn('supervisor', DEMO_PASSWORD, '198.51.100.67')).statusCode).toBe(200);
  });

  it('sign-in: per account from one IP, even with the right password (10 a minute)', async () => {
    const ip = '192.0.2.10';
    for (let i = 0; i < DEFAULTS.signInPerAccount; i++) expect((await signIn('officer1', DEMO_PASSWORD, ip)).statusCode).toBe(200);
    const refused = await signIn('officer1', DEMO_PASSWORD, ip);
    expect(refused.statusCode).toBe(429);
    expect(refused.json().code).toBe('too-many-requests');
    // The same IP may still sign in as someone else (a shared office address).
    expect((await signIn('officer2', DEMO_PASSWORD, ip)).statusCode).toBe(200);
  });

  it('the public scan (API and /v/ page share one budget) and the QR image, per IP', async () => {
    const ip = '192.0.2.20';
    for (let i = 0; i < DEFAULTS.scanPerIp / 2; i++) {
      expect((await t.app.inject({ url: `/api/codes/nothing-${i}`, remoteAddress: ip })).statusCode).toBe(200);
      expect((await t.app.inject({ url: `/v/nothing-${i}`, remoteAddress: ip })).statusCode).not.toBe(429);
    }
    const refused = await t.app.inject({ url: '/api/codes/one-more', remoteAddress: ip });
    expect(refused.statusCode).toBe(429);
    expect(refused.json().code).toBe('too-many-requests');
    expect((await t.app.inject({ url: '/v/one-more', remoteAddress: ip })).statusCode).toBe(429);
    expect((await t.app.inject({ url: '/api/codes/one-more', remoteAddress: '192.0.2.21' })).statusCode).toBe(200);

    for (let i = 0; i < DEFAULTS.qrPerIp; i++) expect((await t.app.inject({ url: `/api/codes/x${i}/qr.svg`, remoteAddress: '192.0.2.22' })).statusCode).toBe(200);
    expect((await t.app.inject({ url: '/api/codes/x/qr.png', remoteAddress: '192.0.2.22' })).statusCode).toBe(429);
  });

  it('imports, per signed-in user (refused before the upload is read)', async () => {
    const admin = await t.login('admin');
    const statuses: number[] = [];
    for (let i = 0; i <= DEFAULTS.importPerCaller; i++) {
      statuses.push((await t.app.inject({ method: 'POST', url: '/api/enterprises/import', headers: { cookie: admin, 'content-type': 'application/json' }, payload: '{}' })).statusCode);
    }
    expect(statuses.slice(0, -1).every((s) => s !== 429)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
    // Other routes are not limited.
    expect((await t.app.inject({ url: '/api/me', headers: { cookie: admin } })).statusCode).toBe(200);
  });
});

// Each case builds its own application (with its own proxy setting): slow on a busy machine, hence the timeouts.
describe('the client IP behind a proxy', () => {
  const limits = { ...DEFAULTS, signInPerIp: 3 };
  const attempts = async (t: TestApp, xff: (i: number) => string) => {
    const out: number[] = [];
    for (let i = 0; i < 4; i++) {
      const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', remoteAddress: '10.0.0.1', headers: { 'x-forwarded-for': xff(i) }, payload: { username: `n${i}`, password: 'x' } });
      out.push(res.statusCode);
    }
    return out;
  };

  it('without TRUST_PROXY the header is ignored: everyone behind the socket address shares one budget', async () => {
    const t = await testApp({ seed: false, config: { rateLimits: limits, trustProxy: 0 } });
    try {
      expect(await attempts(t, (i) => `203.0.113.${i}`)).toEqual([401, 401, 401, 429]);
    } finally {
      await t.close();
    }
  }, 180_000);

  it('with TRUST_PROXY=1 each client has its own budget, and an address the client wrote itself is not believed', async () => {
    const t = await testApp({ seed: false, config: { rateLimits: limits, trustProxy: loadConfig({ TRUST_PROXY: '1' }).trustProxy } });
    try {
      expect(await attempts(t, (i) => `203.0.113.${i}`)).toEqual([401, 401, 401, 401]);
      // The client forged the first entry; the proxy appended the real address (the last one).
      expect(await attempts(t, (i) => `198.51.100.${i}, 203.0.113.200`)).toEqual([401, 401, 401, 429]);
    } finally {
      await t.close();
    }
  }, 180_000);
});

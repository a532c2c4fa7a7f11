/**
 * Issue 10 item 6 — security headers on every answer (CSP, nosniff, frame-ancestors, Referrer-Policy, COOP;
 * HSTS only under https) and `Cache-Control: no-store` on API answers (they hold personal data). The browser
 * journey e2e/foundation.e2e.ts checks that the web pages and /api/docs raise no CSP violation.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../support/app.js';

let t: TestApp;
let webDir: string;
beforeAll(async () => {
  webDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qq-web-'));
  fs.writeFileSync(path.join(webDir, 'index.html'), '<!doctype html><html><body><div id="root"></div></body></html>');
  t = await testApp({ enterpriseCount: 3, config: { webDir } });
});
afterAll(async () => {
  await t?.close();
  fs.rmSync(webDir, { recursive: true, force: true });
});

function expectSecurityHeaders(headers: Record<string, unknown>) {
  const csp = String(headers['content-security-policy']);
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  expect(csp).not.toContain('unsafe-eval');
  expect(csp).not.toContain('upgrade-insecure-requests');
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['x-frame-options']).toBe('DENY');
  expect(headers['referrer-policy']).toBe('no-referrer');
  expect(headers['cross-origin-opener-policy']).toBe('same-origin');
  expect(headers['strict-transport-security']).toBeUndefined();
}

describe('security headers', () => {
  it('on API answers, refusals and the web pages (the scan page too)', async () => {
    for (const url of ['/api/health', '/api/me', '/api/codes/not-a-code', '/api/nowhere', '/v/abc', '/login', '/api/docs']) {
      const res = await t.app.inject({ url });
      expectSecurityHeaders(res.headers);
    }
    const page = await t.app.inject({ url: '/v/abc' });
    expect(page.headers['content-type']).toContain('text/html');
  });

  it('API answers are not stored by caches; signed in or not, refusals too', async () => {
    const admin = await t.login('admin');
    for (const [url, cookie] of [['/api/me', admin], ['/api/enterprises', admin], ['/api/me', undefined], ['/api/codes/not-a-code', undefined]] as const) {
      const res = await t.app.inject({ url, headers: cookie ? { cookie } : {} });
      expect(res.headers['cache-control'], url).toBe('no-store');
    }
    const login = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'admin', password: 'Qinqing#2026' } });
    expect(login.headers['cache-control']).toBe('no-store');
  });
});

describe('under https', () => {
  let s: TestApp;
  beforeAll(async () => {
    s = await testApp({ seed: false, config: { publicBaseUrl: 'https://qinqing.example.gov.cn' } });
  });
  afterAll(async () => s?.close());

  it('adds HSTS and upgrade-insecure-requests', async () => {
    const res = await s.app.inject({ url: '/api/health' });
    expect(res.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    expect(String(res.headers['content-security-policy'])).toContain('upgrade-insecure-requests');
  });
});

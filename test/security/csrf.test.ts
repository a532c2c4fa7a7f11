/**
 * Issue 10 item 7 — cross-site request forgery. A page on another site can make the browser send a text/plain,
 * form-encoded or multipart POST with the session cookie (SameSite=Lax does not stop a top-level form POST in
 * every browser, nor a same-site attacker). Such requests now change nothing: a browser-marked cross-site request
 * is 403 `cross-site-request`, and a body that is not JSON or declared multipart is 415.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../support/app.js';
import { DEMO_API_KEY } from '../../src/demo/seed.js';
import { multipartFile } from '../support/multipart.js';

let t: TestApp;
let admin: string;
beforeAll(async () => {
  t = await testApp({ enterpriseCount: 4, config: { publicBaseUrl: 'https://qinqing.example.gov.cn' } });
  admin = await t.login('admin');
});
afterAll(async () => t?.close());

const countOf = async (table: string) => (await t.database.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`))[0]!.n;
const keyCount = () => countOf('signing_key');
const rotate = (headers: Record<string, string>, payload?: string | Buffer) =>
  t.app.inject({ method: 'POST', url: '/api/codes/keys/rotate', headers: { cookie: admin, ...headers }, payload });

describe('a forged cross-site request changes nothing', () => {
  it('a cross-origin text/plain POST with the session cookie (key rotation): 403 problem+json, no new key', async () => {
    const before = await keyCount();
    const res = await rotate({ 'content-type': 'text/plain', origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' }, 'x');
    expect(res.statusCode).toBe(403);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({ code: 'cross-site-request', detail: expect.stringContaining('其他网站') });
    // Only Origin (an older browser): refused too, in English for an English caller.
    const old = await rotate({ 'content-type': 'text/plain', origin: 'https://evil.example', 'accept-language': 'en-US' }, 'x');
    expect(old.statusCode).toBe(403);
    expect(old.json().detail).toContain('another site');
    // Same site is not same origin (a sibling sub-domain), nor is an opaque origin.
    expect((await rotate({ 'sec-fetch-site': 'same-site' })).statusCode).toBe(403);
    expect((await rotate({ origin: 'null' })).statusCode).toBe(403);
    expect(await keyCount()).toBe(before);
  });

  it('text/plain, form-encoded and undeclared multipart bodies are 415 even without origin headers', async () => {
    const before = await keyCount();
    for (const [type, body] of [
      ['text/plain', '{"x":1}'],
      ['text/plain;charset=UTF-8', ''],
      ['application/x-www-form-urlencoded', 'a=1'],
    ] as const) {
      const res = await rotate({ 'content-type': type }, body);
      expect(res.statusCode, type).toBe(415);
      expect(res.json().code).toBe('unsupported-media-type');
    }
    const m = multipartFile('x', 'a.csv', 'text/csv');
    expect((await rotate(m.headers, m.payload)).statusCode).toBe(415);
    expect(await keyCount()).toBe(before);
  });

  it('a cross-site multipart POST to a route that takes multipart (an import) is refused too', async () => {
    const before = await countOf('enterprise');
    const m = multipartFile('统一社会信用代码,企业名称\n91340200MA2N00017X,伪造企业\n', 'e.csv', 'text/csv');
    const res = await t.app.inject({ method: 'POST', url: '/api/enterprises/import', headers: { cookie: admin, ...m.headers, 'sec-fetch-site': 'cross-site' }, payload: m.payload });
    expect(res.statusCode).toBe(403);
    expect(await countOf('enterprise')).toBe(before);
  });

  it('a forged sign-in from another site is refused (login CSRF)', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', headers: { 'sec-fetch-site': 'cross-site' }, payload: { username: 'admin', password: 'Qinqing#2026' } });
    expect(res.statusCode).toBe(403);
    expect(res.cookies.find((c) => c.name === 'qq_session')).toBeUndefined();
  });
});

describe('the application’s own requests pass', () => {
  it('same-origin JSON from a browser, by Sec-Fetch-Site or by Origin (the public address or the Host)', async () => {
    const before = await keyCount();
    expect((await rotate({ 'sec-fetch-site': 'same-origin', origin: 'https://qinqing.example.gov.cn' })).statusCode).toBe(200);
    expect((await rotate({ origin: 'https://qinqing.example.gov.cn' })).statusCode).toBe(200);
    expect((await rotate({ origin: 'http://localhost:80', host: 'localhost:80' })).statusCode).toBe(200);
    // No browser headers at all: a script or an integration.
    expect((await rotate({})).statusCode).toBe(200);
    expect(await keyCount()).toBe(before + 4);
  });

  it('declared multipart (an import) from the same origin works', async () => {
    const m = multipartFile('统一社会信用代码,企业名称\n', 'e.csv', 'text/csv');
    const res = await t.app.inject({ method: 'POST', url: '/api/enterprises/import', headers: { cookie: admin, ...m.headers, 'sec-fetch-site': 'same-origin' }, payload: m.payload });
    expect(res.statusCode).not.toBe(403);
    expect(res.statusCode).not.toBe(415);
  });

  it('an API key carries no ambient credential: no origin check', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/codes/keys/rotate', headers: { 'x-api-key': DEMO_API_KEY, origin: 'https://partner.example' } });
    expect(res.statusCode === 403 ? res.json().code : 'passed the origin check').not.toBe('cross-site-request');
  });
});

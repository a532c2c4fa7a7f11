/**
 * #10 item 10 — one input layer: lone UTF-16 surrogates and U+0000 in any string (body, query, path, file name,
 * spreadsheet cell) are a 4xx or cleaned, never a 500; numbers past a column's range are a 422; Fastify's own
 * refusals (bad URL, overlong headers, unparseable requests) are problem+json. Nothing is written.
 */
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../support/app.js';
import { departmentByCode, enterpriseOf } from '../support/fixtures.js';

let t: TestApp;
let credit: string;
let admin: string;
const rawJson = (url: string, body: string, cookie?: string) =>
  t.app.inject({ method: 'POST', url, payload: body, headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) } });
const count = async (table: string) => (await t.database.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`))[0]!.n;

beforeAll(async () => {
  t = await testApp({ enterpriseCount: 5 });
  credit = await t.login('credit');
  admin = await t.login('admin');
});
afterAll(async () => t?.close());

describe('lone surrogates and NUL', () => {
  it.each([
    ['a lone low surrogate', '"\\udfff"', 'input-lone-surrogate'],
    ['a lone high surrogate', '"ab\\ud800"', 'input-lone-surrogate'],
    ['U+0000', '"a\\u0000b"', 'input-nul'],
  ])('refuses %s in a sign-in name with a 422 naming the field', async (_name, json, code) => {
    const res = await rawJson('/api/auth/login', `{"username":${json},"password":"x"}`);
    expect(res.statusCode).toBe(422);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json().errors[0]).toMatchObject({ path: 'body.username' });
    const en = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: `{"username":${json},"password":"x"}`, headers: { 'content-type': 'application/json', 'accept-language': 'en-US' } });
    expect(en.json().errors[0].message).toContain(code === 'input-nul' ? 'NUL' : 'surrogate');
  });

  it('refuses them in a penalty, an enterprise and an object key, and writes nothing', async () => {
    const before = [await count('credit_penalty'), await count('enterprise')];
    const dept = (await departmentByCode(t, 'WH-YJ')).id;
    const { uscc } = await enterpriseOf(t, 'enterprise1');
    const p = await rawJson('/api/credit/penalties', `{"subjectUscc":"${uscc}","decisionNo":"\\udfff","departmentId":"${dept}","decisionDate":"2026-11-01","kinds":["fine"],"fineAmount":10}`, credit);
    expect(p.statusCode).toBe(422);
    const e = await rawJson('/api/enterprises', `{"uscc":"x","name":"\\ud83d","legalRepresentative":"a","address":"b","divisionCode":"340202","industry":"factory"}`, admin);
    expect(e.statusCode).toBe(422);
    const key = await rawJson('/api/enterprises', `{"\\udfff":1}`, admin);
    expect(key.statusCode).toBe(422);
    expect([await count('credit_penalty'), await count('enterprise')]).toEqual(before);
  });

  it('refuses them in the query and the path', async () => {
    const q = await t.app.inject({ url: '/api/enterprises?q=%00', headers: { cookie: admin } });
    expect(q.statusCode).toBe(422);
    const p = await t.app.inject({ url: '/api/enterprises/%00', headers: { cookie: admin } });
    expect(p.statusCode).toBe(422);
  });

  it('refuses structures nested past 32 levels', async () => {
    const deep = '['.repeat(200) + ']'.repeat(200);
    const res = await rawJson('/api/auth/login', `{"username":"a","password":"b","x":${deep}}`);
    expect(res.statusCode).toBe(422);
    expect(res.json().errors[0].path).toContain('body.x');
  });

  it('keeps a well-formed astral character (a surrogate pair) as it is', async () => {
    const res = await rawJson('/api/auth/login', `{"username":"\\ud83d\\ude00","password":"x"}`);
    expect(res.statusCode).toBe(401);
  });
});

describe('numbers past the column', () => {
  it('refuses fineAmount 1e12 against numeric(14,2) with a 422 and writes nothing', async () => {
    const before = await count('credit_penalty');
    const { uscc } = await enterpriseOf(t, 'enterprise1');
    const dept = (await departmentByCode(t, 'WH-YJ')).id;
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/credit/penalties',
      headers: { cookie: credit },
      payload: { subjectUscc: uscc, decisionNo: '芜药罚〔2026〕77号', departmentId: dept, decisionDate: '2026-11-01', kinds: ['fine'], fineAmount: 1e12 },
    });
    expect(res.statusCode).toBe(422);
    expect(await count('credit_penalty')).toBe(before);
  });
});

describe('Fastify’s own refusals are problem+json', () => {
  it('a malformed URL component', async () => {
    const res = await t.app.inject({ url: '/api/enterprises/%E0%A4%A' });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({ code: 'malformed-url', status: 400 });
  });

  it('headers too large (431) and an unparseable request (400) on a real socket', async () => {
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = t.app.server.address() as net.AddressInfo;
    const raw = (text: string) =>
      new Promise<string>((resolve) => {
        const socket = net.connect(port, '127.0.0.1', () => socket.write(text));
        let out = '';
        socket.on('data', (d) => (out += d.toString('utf8')));
        socket.on('close', () => resolve(out));
        socket.on('error', () => resolve(out));
      });
    const big = await raw(`GET /api/health HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`);
    expect(big).toMatch(/^HTTP\/1\.1 431/);
    expect(big).toContain('application/problem+json');
    expect(JSON.parse(big.slice(big.indexOf('\r\n\r\n') + 4))).toMatchObject({ status: 431, code: 'headers-too-large' });
    const junk = await raw('NOT HTTP AT ALL\r\n\r\n');
    expect(junk).toMatch(/^HTTP\/1\.1 400/);
    expect(JSON.parse(junk.slice(junk.indexOf('\r\n\r\n') + 4))).toMatchObject({ status: 400, code: 'malformed-request' });
  });
});

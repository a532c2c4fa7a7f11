import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../support/app.js';
import { anyEnterprise } from '../support/fixtures.js';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(async () => t?.close());

describe('health and accounts', () => {
  it('reports which database', async () => {
    const res = await t.app.inject({ url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', db: process.env.TEST_DATABASE_URL ? 'postgres' : 'embedded' });
  });

  it.each(['admin', 'supervisor', 'officer1', 'officer2', 'officer3', 'officer4', 'credit', 'enterprise1', 'enterprise2'])(
    'demo account %s signs in and reads /api/me',
    async (username) => {
      const cookie = await t.login(username);
      const me = await t.app.inject({ url: '/api/me', headers: { cookie } });
      expect(me.statusCode).toBe(200);
      expect(me.json().username).toBe(username);
    },
  );

  it('officer1 and officer2 share a team of 市场监督管理局 with valid certificates', async () => {
    const a = (await t.app.inject({ url: '/api/me', headers: { cookie: await t.login('officer1') } })).json();
    const b = (await t.app.inject({ url: '/api/me', headers: { cookie: await t.login('officer2') } })).json();
    expect(a.department.name).toBe('芜湖市市场监督管理局');
    expect(a.team.id).toBe(b.team.id);
    expect(a.officer.certificateNo).toBeTruthy();
  });

  it('no two demo officers share a name (officer1 is the only 张建国)', async () => {
    const rows = await t.database.query<{ name: string }>('SELECT name FROM officer');
    expect(rows.length).toBeGreaterThan(10);
    expect(new Set(rows.map((r) => r.name)).size).toBe(rows.length);
  });

  it('a wrong password is a 401 in the caller language and /api/me without a session is 401', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'admin', password: 'nope' }, headers: { 'accept-language': 'en-US' } });
    expect(res.statusCode).toBe(401);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({ code: 'bad-credentials', detail: 'Wrong username or password', status: 401 });
    const zh = await t.app.inject({ url: '/api/me' });
    expect(zh.json()).toMatchObject({ code: 'unauthenticated', detail: '请先登录' });
  });
});

describe('lockout, policy and errors', () => {
  it('answers repeated failed sign-ins with a growing delay (429) from that address, not a lock', async () => {
    const attempt = (password: string, remoteAddress = '10.0.0.9') =>
      t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'officer4', password }, remoteAddress });
    for (let i = 0; i < 4; i++) expect((await attempt('wrong-Password1')).statusCode).toBe(401);
    expect((await attempt('wrong-Password1')).statusCode).toBe(401);
    const delayed = await attempt('Qinqing#2026');
    expect(delayed.statusCode).toBe(429);
    expect(delayed.json()).toMatchObject({ code: 'sign-in-delayed', retryAfter: 1 });
    expect(delayed.headers['retry-after']).toBe('1');
    // The owner elsewhere is not held up; after the delay the right password works from there too.
    expect((await attempt('Qinqing#2026', '10.0.0.10')).statusCode).toBe(200);
    t.clock.advance(1000);
    expect((await attempt('Qinqing#2026')).statusCode).toBe(200);
  });

  it('refuses another enterprise’s file (403, audited) and lets staff read it', async () => {
    const e1 = (await t.app.inject({ url: '/api/me', headers: { cookie: await t.login('enterprise1') } })).json().enterprise;
    const e2cookie = await t.login('enterprise2');
    const res = await t.app.inject({ url: `/api/enterprises/${e1.uscc}`, headers: { cookie: e2cookie } });
    expect(res.statusCode).toBe(403);
    const own = await t.app.inject({ url: '/api/enterprises?pageSize=200', headers: { cookie: e2cookie } });
    expect(own.json().total).toBe(1);
    const staff = await t.app.inject({ url: `/api/enterprises/${e1.uscc}`, headers: { cookie: await t.login('officer1') } });
    expect(staff.statusCode).toBe(200);
    const denied = await t.database.query<{ n: number }>(`SELECT count(*)::int AS n FROM audit_log WHERE outcome = 'denied' AND detail->>'reason' = 'other-enterprise'`);
    expect(denied[0]!.n).toBeGreaterThanOrEqual(1);
  });

  it('a bad USCC is a 422 naming the position, in the caller’s language, and writes nothing', async () => {
    const admin = await t.login('admin');
    const before = (await t.database.query<{ n: number }>('SELECT count(*)::int AS n FROM enterprise'))[0]!.n;
    const body = { uscc: '91340200MA2N12345X', name: '测试有限公司', legalRepresentative: '张三', address: '芜湖市镜湖区中山路1号', divisionCode: '340202', industry: 'factory' };
    const zh = await t.app.inject({ method: 'POST', url: '/api/enterprises', headers: { cookie: admin }, payload: body });
    expect(zh.statusCode).toBe(422);
    expect(zh.json()).toMatchObject({ code: 'invalid-uscc', reason: 'check-character', position: 18 });
    expect(zh.json().detail).toContain('第 18 位');
    const en = await t.app.inject({ method: 'POST', url: '/api/enterprises', headers: { cookie: admin, 'accept-language': 'en-US,en;q=0.9' }, payload: body });
    expect(en.json().detail).toContain('character 18');
    const malformed = await t.app.inject({ method: 'POST', url: '/api/enterprises', headers: { cookie: admin, 'content-type': 'application/json' }, payload: '{"uscc": ' });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().code).toBe('malformed-body');
    const wrongTypes = await t.app.inject({ method: 'POST', url: '/api/enterprises', headers: { cookie: admin }, payload: { ...body, aboveDesignatedSize: 'yes', industry: 42 } });
    expect(wrongTypes.statusCode).toBe(422);
    expect(wrongTypes.json().errors.map((e: { path: string }) => e.path)).toEqual(expect.arrayContaining(['body.aboveDesignatedSize', 'body.industry']));
    const after = (await t.database.query<{ n: number }>('SELECT count(*)::int AS n FROM enterprise'))[0]!.n;
    expect(after).toBe(before);
    // An officer may not register enterprises.
    expect((await t.app.inject({ method: 'POST', url: '/api/enterprises', headers: { cookie: await t.login('officer1') }, payload: body })).statusCode).toBe(403);
  });

  it('a JSON body declared in a charset other than UTF-8 is a 415 in the caller’s language; UTF-8 or none is read', async () => {
    const login = (contentType: string, lang = 'zh-CN') =>
      t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        headers: { 'content-type': contentType, 'accept-language': lang },
        payload: JSON.stringify({ username: 'admin', password: 'Qinqing#2026' }),
      });
    const utf7 = await login('application/json; charset=utf-7');
    expect(utf7.statusCode).toBe(415);
    expect(utf7.headers['content-type']).toContain('application/problem+json');
    expect(utf7.json()).toMatchObject({ status: 415, code: 'unsupported-charset', title: '不支持的类型' });
    expect(utf7.json().detail).toContain('utf-7');
    const latin1 = await login('application/json;charset="ISO-8859-1"', 'en-US');
    expect(latin1.statusCode).toBe(415);
    expect(latin1.json().detail).toBe('Unsupported charset ISO-8859-1: a JSON body must be UTF-8');
    for (const fine of ['application/json', 'application/json; charset=utf-8', 'application/json; charset=UTF-8']) {
      expect((await login(fine)).statusCode).toBe(200);
    }
  });

  it('an administrator override accepts a real code that fails only its organisation check, audited', async () => {
    const admin = await t.login('admin');
    // Valid 18th character, wrong organisation-code check character (position 17).
    const { makeUscc, organisationCheckCharacter } = await import('../../src/identifiers/index.js');
    const good = makeUscc({ authority: '9', entityType: '1', division: '340202', organisationBase8: 'MA2N0QX7' });
    const wrong17 = good.slice(0, 16) + (organisationCheckCharacter('MA2N0QX7') === '1' ? '2' : '1');
    const { usccCheckCharacter } = await import('../../src/identifiers/index.js');
    const uscc = wrong17 + usccCheckCharacter(wrong17);
    const body = { uscc, name: '历史代码有限公司', legalRepresentative: '李四', address: '芜湖市鸠江区长江路2号', divisionCode: '340207', industry: 'factory' };
    expect((await t.app.inject({ method: 'POST', url: '/api/enterprises', headers: { cookie: admin }, payload: body })).json().reason).toBe('organisation-check');
    const ok = await t.app.inject({ method: 'POST', url: '/api/enterprises', headers: { cookie: admin }, payload: { ...body, usccOverride: { reason: '工商登记原始代码，经核实' } } });
    expect(ok.statusCode).toBe(201);
    expect(ok.json().usccOverride).toBe(true);
  });

  it('API keys: created once, stored hashed, accepted for their scope only, revocable; a wrong key is 401', async () => {
    const admin = await t.login('admin');
    const made = await t.app.inject({ method: 'POST', url: '/api/admin/api-keys', headers: { cookie: admin }, payload: { name: '皖企通', scopes: ['credit:read'] } });
    expect(made.statusCode).toBe(201);
    const { key, id } = made.json();
    const stored = await t.database.query<{ key_hash: string }>('SELECT key_hash FROM api_client WHERE id = $1', [id]);
    expect(stored[0]!.key_hash).not.toContain(key);
    const { uscc } = await anyEnterprise(t, 0);
    const status = (apiKey: string) => t.app.inject({ url: `/api/credit/${uscc}/status`, headers: { 'x-api-key': apiKey } });
    // The valid key is accepted on the route its scope opens, and answered there …
    const accepted = await status(key);
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json()).toMatchObject({ uscc, records: expect.any(Array) });
    // … but not on a route that needs another scope (403, not 401: the key is known).
    expect((await t.app.inject({ url: '/api/checkups/invitations', headers: { 'x-api-key': key } })).statusCode).toBe(403);
    expect((await status('nope')).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'POST', url: `/api/admin/api-keys/${id}/revoke`, headers: { cookie: admin } })).statusCode).toBeLessThan(300);
    expect((await status(key)).statusCode).toBe(401);
  });

  it('password changes follow the policy', async () => {
    const cookie = await t.login('expert1');
    const weak = await t.app.inject({ method: 'POST', url: '/api/me/password', headers: { cookie }, payload: { currentPassword: 'Qinqing#2026', newPassword: 'password' } });
    expect(weak.json().code).toBe('weak-password');
    const ok = await t.app.inject({ method: 'POST', url: '/api/me/password', headers: { cookie }, payload: { currentPassword: 'Qinqing#2026', newPassword: 'Anhui-2027x' } });
    expect(ok.statusCode).toBe(204);
    expect((await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'expert1', password: 'Anhui-2027x' } })).statusCode).toBe(200);
  });

  it('serves the OpenAPI description with the contract endpoints', async () => {
    const doc = (await t.app.inject({ url: '/api/openapi.json' })).json();
    expect(doc.openapi).toMatch(/^3\./);
    for (const p of ['/api/health', '/api/auth/login', '/api/me', '/api/enterprises/{uscc}', '/api/enterprises', '/api/catalog/items', '/api/officers', '/api/inspections', '/api/codes/{code}', '/api/supervision/alerts']) {
      expect(Object.keys(doc.paths)).toContain(p);
    }
    expect((await t.app.inject({ url: '/api/docs' })).statusCode).toBeLessThan(400);
  });
});

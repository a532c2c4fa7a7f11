import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../support/app.js';

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

  it('a wrong password is a 401 in the caller language and /api/me without a session is 401', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'admin', password: 'nope' }, headers: { 'accept-language': 'en-US' } });
    expect(res.statusCode).toBe(401);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({ code: 'bad-credentials', detail: 'Wrong username or password', status: 401 });
    const zh = await t.app.inject({ url: '/api/me' });
    expect(zh.json()).toMatchObject({ code: 'unauthenticated', detail: '请先登录' });
  });
});

/**
 * #10 item 12 — sessions and passwords: a password change ends the user's other sessions, disabling an account
 * ends its sessions for good, sessions have an absolute lifetime, guessable new passwords are refused, guessing
 * the current password on the change route is delayed, and sign-in answers do not tell which accounts exist.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../support/app.js';

let t: TestApp;
beforeAll(async () => {
  t = await testApp({ enterpriseCount: 5 });
});
afterAll(async () => t?.close());

const me = (cookie: string) => t.app.inject({ url: '/api/me', headers: { cookie } }).then((r) => r.statusCode);
const change = (cookie: string, currentPassword: string, newPassword: string) =>
  t.app.inject({ method: 'POST', url: '/api/me/password', headers: { cookie }, payload: { currentPassword, newPassword } });
const signIn = (username: string, password: string, remoteAddress = '10.1.0.1') =>
  t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password }, remoteAddress });

describe('sessions', () => {
  it('a password change ends the other sessions and keeps the one that changed it', async () => {
    const [a, b] = [await t.login('officer2'), await t.login('officer2')];
    expect((await change(a, 'Qinqing#2026', 'Better#Pass2027')).statusCode).toBe(204);
    expect(await me(a)).toBe(200);
    expect(await me(b)).toBe(401);
  });

  it('disabling ends the sessions; enabling again does not revive them', async () => {
    const admin = await t.login('admin');
    const victim = await t.login('officer1');
    const { id } = (await t.app.inject({ url: '/api/me', headers: { cookie: victim } })).json();
    const set = (status: string) => t.app.inject({ method: 'POST', url: `/api/admin/users/${id}/status`, headers: { cookie: admin }, payload: { status } });
    expect((await set('disabled')).statusCode).toBe(204);
    expect(await me(victim)).toBe(401);
    expect((await set('active')).statusCode).toBe(204);
    expect(await me(victim)).toBe(401);
    expect(await me(await t.login('officer1'))).toBe(200);
  });

  it('ends a busy session 12 hours after sign-in', async () => {
    const start = t.clock.now;
    const cookie = await t.login('officer3');
    for (let h = 0; h < 12 * 3; h++) {
      t.clock.advance(20 * 60_000);
      if (h < 12 * 3 - 1) expect(await me(cookie)).toBe(200);
    }
    t.clock.advance(60_000);
    expect(await me(cookie)).toBe(401);
    t.clock.set(start);
  });
});

describe('new passwords', () => {
  it.each(['Password1', 'Qinqing#2026', 'P@ssw0rd!'])('refuses %s (422, nothing changed)', async (pw) => {
    const cookie = await t.login('market_admin');
    const res = await change(cookie, 'Qinqing#2026', pw);
    expect(res.statusCode).toBe(422);
    expect(['guessable-password', 'weak-password']).toContain(res.json().code);
    expect((await signIn('market_admin', 'Qinqing#2026', '10.1.9.9')).statusCode).toBe(200);
  });

  it('delays guessing the current password on the change route (429), the account stays usable', async () => {
    const cookie = await t.login('ecology_admin');
    for (let i = 0; i < 4; i++) expect((await change(cookie, `guess-${i}`, 'Better#Pass2027')).statusCode).toBe(422);
    const delayed = await change(cookie, 'Qinqing#2026', 'Better#Pass2027');
    expect(delayed.statusCode).toBe(429);
    expect(delayed.json().code).toBe('sign-in-delayed');
    t.clock.advance(2000);
    expect((await change(cookie, 'Qinqing#2026', 'Better#Pass2027')).statusCode).toBe(204);
  });
});

describe('no user enumeration at sign-in', () => {
  it('answers an unknown name, a wrong password and a disabled account alike until the password is right', async () => {
    const admin = await t.login('admin');
    const { id } = (await t.app.inject({ url: '/api/me', headers: { cookie: await t.login('expert1') } })).json();
    await t.app.inject({ method: 'POST', url: `/api/admin/users/${id}/status`, headers: { cookie: admin }, payload: { status: 'disabled' } });
    const answers = async (username: string) => {
      const out: string[] = [];
      for (let i = 0; i < 6; i++) {
        const r = await signIn(username, 'Wrong#pass1', '10.2.0.1');
        out.push(`${r.statusCode} ${r.json().code}`);
      }
      return out;
    };
    const unknown = await answers('nobody-here');
    expect(await answers('credit')).toEqual(unknown);
    expect(await answers('expert1')).toEqual(unknown);
    expect(unknown.at(-1)).toBe('429 sign-in-delayed');
    expect((await signIn('expert1', 'Qinqing#2026', '10.2.0.2')).json().code).toBe('account-disabled');
  });

  it('does the same work for an unknown name as for a wrong password (one hash, no account write)', async () => {
    const writes = async (username: string) => {
      const before = await t.database.query<{ n: number }>(`SELECT count(*)::int AS n FROM audit_log`);
      const usersBefore = await t.database.query<{ f: string }>(`SELECT string_agg(failed_attempts::text || coalesce(locked_until::text, ''), ',' ORDER BY id) AS f FROM app_user`);
      await signIn(username, 'Wrong#pass1', '10.3.0.1');
      const after = await t.database.query<{ n: number }>(`SELECT count(*)::int AS n FROM audit_log`);
      const usersAfter = await t.database.query<{ f: string }>(`SELECT string_agg(failed_attempts::text || coalesce(locked_until::text, ''), ',' ORDER BY id) AS f FROM app_user`);
      return { audit: after[0]!.n - before[0]!.n, userRowsChanged: usersAfter[0]!.f !== usersBefore[0]!.f };
    };
    expect(await writes('supervisor')).toEqual({ audit: 1, userRowsChanged: false });
    expect(await writes('no-such-user')).toEqual({ audit: 1, userRowsChanged: false });
  });
});

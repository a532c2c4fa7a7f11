import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { sql } from 'drizzle-orm';
import { testApp, type TestApp } from '../../../test/support/app.js';
import { newId } from '../db/ids.js';
import { users, type Role } from '../auth/schema.js';
import { hashPassword } from '../auth/password.js';

const PASSWORD = 'Audit#2026-test';

describe('audit routes', () => {
  let t: TestApp;
  /** Audit rows written before the test's own (by start-up, if any). */
  let before = 0;

  beforeAll(async () => {
    t = await testApp({ seed: false, now: '2026-11-27T02:00:00Z' });
    const passwordHash = await hashPassword(PASSWORD);
    const accounts: [string, Role][] = [
      ['admin', 'admin'],
      ['supervisor', 'supervisor'],
      ['officer1', 'officer'],
    ];
    await t.database.db
      .insert(users)
      .values(
        accounts.map(([username, role]) => ({
          id: newId(),
          username,
          passwordHash,
          displayName: username,
          role,
        })),
      );
    const [row] = await t.database.query<{ n: number }>('SELECT count(*)::int AS n FROM audit_log');
    before = row!.n;
    for (const [username] of accounts) {
      t.clock.advance(60_000);
      cookies[username] = await t.login(username, PASSWORD);
    }
  });
  afterAll(async () => {
    await t.close();
  });

  const cookies: Record<string, string> = {};
  const get = (url: string, who?: string, lang = 'zh-CN') =>
    t.app.inject({
      method: 'GET',
      url,
      headers: { ...(who ? { cookie: cookies[who]! } : {}), 'accept-language': lang },
    });

  it('refuses anonymous callers and roles other than admin and supervisor (and the refusal is audited)', async () => {
    expect((await get('/api/admin/audit/verify')).statusCode).toBe(401);
    const denied = await get('/api/admin/audit/verify', 'officer1');
    expect(denied.statusCode).toBe(403);
    expect((await get('/api/admin/audit', 'officer1')).statusCode).toBe(403);
    const [row] = await t.database.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_log WHERE outcome = 'denied' AND actor_name = 'officer1'`,
    );
    expect(row!.n).toBe(2);
  });

  it('verify seals what is pending, reports an intact chain, and is itself audited', async () => {
    t.clock.advance(60_000);
    const res = await get('/api/admin/audit/verify', 'supervisor', 'en-US');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    // 3 logins + 3 denials (the anonymous 401 too), all sealed by this call.
    expect(body).toMatchObject({ ok: true, sealed: before + 6, unsealed: 0, newlySealed: before + 6 });
    expect(body.summary).toMatch(new RegExp(`^Audit chain intact: ${before + 6} sealed`));

    const list = (await get('/api/admin/audit?action=audit.verify', 'admin')).json();
    expect(list.total).toBe(1);
    expect(list.items[0]).toMatchObject({
      actorName: 'supervisor',
      role: 'supervisor',
      outcome: 'ok',
      sealed: false,
      detail: { chainOk: true, sealed: before + 6 },
    });
  });

  it('verify names the first broken row', async () => {
    await t.database.db.execute(sql`UPDATE audit_log SET outcome = 'ok' WHERE seq = ${before + 4}`);
    const body = (await get('/api/admin/audit/verify', 'admin')).json();
    // The 4th row of the test is the first denial, the anonymous 401 (logins are rows 1–3).
    expect(body).toMatchObject({
      ok: false,
      sealed: before + 3,
      firstBroken: { seq: before + 4, reason: 'hash-mismatch' },
    });
    expect(body.summary).toMatch(new RegExp(`^审计链已损坏：第一个异常位于序号 ${before + 4}`));
    await t.database.db.execute(sql`UPDATE audit_log SET outcome = 'denied' WHERE seq = ${before + 4}`);
    const repaired = (await get('/api/admin/audit/verify', 'admin')).json();
    // …and since: the first verification, the search of test 2, the second verification.
    expect(repaired).toMatchObject({ ok: true, sealed: before + 9 });
    expect(repaired.firstBroken).toBeUndefined();
  });

  it('lists the log newest first, filtered and paginated', async () => {
    const all = (await get('/api/admin/audit?pageSize=3', 'admin')).json();
    expect(all.total).toBe(before + 10); // 3 logins, 3 denials, 3 verifications, 1 search (searches are audited)
    expect(all.items).toHaveLength(3);
    const ats = all.items.map((i: { at: string }) => i.at);
    expect([...ats].sort().reverse()).toEqual(ats);
    const page1 = (await get('/api/admin/audit?pageSize=2&page=1&action=auth.*&from=2026-11-27T02:00:30Z', 'admin')).json();
    const page2 = (await get('/api/admin/audit?pageSize=2&page=2&action=auth.*&from=2026-11-27T02:00:30Z', 'admin')).json();
    expect([...page1.items, ...page2.items].map((i: { action: string }) => i.action)).toEqual([
      'auth.login',
      'auth.login',
      'auth.login',
    ]);
    expect([...page1.items, ...page2.items].map((i: { actorName: string }) => i.actorName)).toEqual([
      'officer1',
      'supervisor',
      'admin',
    ]);
    expect((await get('/api/admin/audit?action=audit.search', 'admin')).json().total).toBeGreaterThanOrEqual(3);

    const logins = (await get('/api/admin/audit?action=auth.*', 'admin')).json();
    expect(logins.total).toBe(3);
    expect((await get('/api/admin/audit?actor=officer1&outcome=denied', 'admin')).json().total).toBe(2);
    expect((await get('/api/admin/audit?actor=officer1&outcome=ok', 'admin')).json().total).toBe(1);
    const byTarget = logins.items[0] as { targetType: string; targetId: string };
    expect(
      (await get(`/api/admin/audit?targetType=user&targetId=${byTarget.targetId}`, 'admin')).json().total,
    ).toBe(1);
    expect(
      (await get('/api/admin/audit?from=2026-11-27T10:01:00%2B08:00&to=2026-11-27T02:03:00Z', 'admin'))
        .json()
        .items.map((i: { actorName: string }) => i.actorName),
    ).toEqual(['supervisor', 'admin']);
    expect((await get(`/api/admin/audit?enterpriseId=${newId()}`, 'admin')).json().total).toBe(0);
    expect((await get('/api/admin/audit?enterpriseId=nope', 'admin')).statusCode).toBe(422);
  });
});

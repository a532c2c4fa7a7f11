import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { sql } from 'drizzle-orm';
import { rows } from '../db/client.js';
import { testApp, type TestApp } from '../../../test/support/app.js';
import { newId } from '../db/ids.js';
import type { Role } from '../auth/schema.js';
import { addAccounts } from '../../../test/support/accounts.js';

const PASSWORD = 'Audit#2026-test';

describe('audit routes', () => {
  let t: TestApp;

  // Each account logs in once, here, a minute apart (02:01, 02:02, 02:03); no test logs in again.
  beforeAll(async () => {
    t = await testApp({ seed: false, now: '2026-11-27T02:00:00Z' });
    const accounts: [string, Role][] = [
      ['admin', 'admin'],
      ['supervisor', 'supervisor'],
      ['officer1', 'officer'],
    ];
    await addAccounts(t, accounts, PASSWORD);
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
  /** Moves the clock a minute on and returns it: every audit row at or after it was written by the calling test. */
  const testStart = () => {
    t.clock.advance(60_000);
    return t.clock.now;
  };
  const chainCounts = async () => {
    const [row] = await rows<{ sealed: number; pending: number; total: number }>(
      t.database.db,
      sql`SELECT count(seq)::int AS sealed, count(*) FILTER (WHERE seq IS NULL)::int AS pending, count(*)::int AS total
            FROM audit_log`,
    );
    return row!;
  };

  it('refuses anonymous callers and roles other than admin and supervisor (and the refusal is audited)', async () => {
    const since = testStart();
    expect((await get('/api/admin/audit/verify')).statusCode).toBe(401);
    const denied = await get('/api/admin/audit/verify', 'officer1');
    expect(denied.statusCode).toBe(403);
    expect((await get('/api/admin/audit', 'officer1')).statusCode).toBe(403);
    const [officer] = await rows<{ n: number }>(
      t.database.db,
      sql`SELECT count(*)::int AS n FROM audit_log WHERE outcome = 'denied' AND actor_name = 'officer1' AND at >= ${since}`,
    );
    expect(officer!.n).toBe(2);
    const [anonymous] = await rows<{ n: number }>(
      t.database.db,
      sql`SELECT count(*)::int AS n FROM audit_log WHERE outcome = 'denied' AND actor_type = 'anonymous' AND at >= ${since}`,
    );
    expect(anonymous!.n).toBe(1);
  });

  it('verify seals what is pending, reports an intact chain, and is itself audited', async () => {
    const since = testStart();
    expect((await get('/api/admin/audit', 'officer1')).statusCode).toBe(403); // at least this denial is pending
    const { sealed, pending } = await chainCounts();
    expect(pending).toBeGreaterThanOrEqual(1);
    const res = await get('/api/admin/audit/verify', 'supervisor', 'en-US');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ ok: true, sealed: sealed + pending, unsealed: 0, newlySealed: pending });
    expect(body.summary).toMatch(new RegExp(`^Audit chain intact: ${sealed + pending} sealed`));

    const list = (await get(`/api/admin/audit?action=audit.verify&from=${since.toISOString()}`, 'admin')).json();
    expect(list.total).toBe(1);
    expect(list.items[0]).toMatchObject({
      actorName: 'supervisor',
      role: 'supervisor',
      outcome: 'ok',
      sealed: false,
      detail: { chainOk: true, sealed: sealed + pending },
    });
  });

  it('verify names the first broken row', async () => {
    const since = testStart();
    expect((await get('/api/admin/audit', 'officer1')).statusCode).toBe(403);
    expect((await get('/api/admin/audit/verify', 'admin')).json()).toMatchObject({ ok: true, unsealed: 0 });
    // The victim: this test's denial, sealed by the verification above.
    const [victim] = await rows<{ seq: number }>(
      t.database.db,
      sql`SELECT seq::int AS seq FROM audit_log WHERE outcome = 'denied' AND actor_name = 'officer1' AND at >= ${since}`,
    );
    expect(victim!.seq).toBeGreaterThan(1);
    await t.database.db.execute(sql`UPDATE audit_log SET outcome = 'ok' WHERE seq = ${victim!.seq}`);
    try {
      const body = (await get('/api/admin/audit/verify', 'admin')).json();
      expect(body).toMatchObject({
        ok: false,
        sealed: victim!.seq - 1,
        firstBroken: { seq: victim!.seq, reason: 'hash-mismatch' },
      });
      expect(body.summary).toMatch(new RegExp(`^审计链已损坏：第一个异常位于序号 ${victim!.seq}`));
    } finally {
      await t.database.db.execute(sql`UPDATE audit_log SET outcome = 'denied' WHERE seq = ${victim!.seq}`);
    }
    // Every row so far (the verifications' own rows too) is sealed by the next call and verifies.
    const { total } = await chainCounts();
    const repaired = (await get('/api/admin/audit/verify', 'admin')).json();
    expect(repaired).toMatchObject({ ok: true, sealed: total, unsealed: 0 });
    expect(repaired.firstBroken).toBeUndefined();
  });

  it('lists the log newest first, filtered and paginated', async () => {
    const since = testStart();
    for (const url of ['/api/admin/audit/verify', '/api/admin/audit']) {
      expect((await get(url, 'officer1')).statusCode).toBe(403);
    }
    const { total } = await chainCounts();
    const all = (await get('/api/admin/audit?pageSize=3', 'admin')).json();
    expect(all.total).toBe(total); // every row written before the search (the search's own row comes after)
    expect(all.items).toHaveLength(3);
    const ats = all.items.map((i: { at: string }) => i.at);
    expect([...ats].sort().reverse()).toEqual(ats);
    const loginWindow = 'action=auth.*&from=2026-11-27T02:00:30Z&to=2026-11-27T02:03:30Z';
    const page1 = (await get(`/api/admin/audit?pageSize=2&page=1&${loginWindow}`, 'admin')).json();
    const page2 = (await get(`/api/admin/audit?pageSize=2&page=2&${loginWindow}`, 'admin')).json();
    expect([page1.total, page2.total]).toEqual([3, 3]);
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
    const from = `from=${since.toISOString()}`;
    expect((await get(`/api/admin/audit?action=audit.search&${from}`, 'admin')).json().total).toBe(3);

    const logins = (await get('/api/admin/audit?action=auth.*', 'admin')).json();
    expect(logins.total).toBe(3);
    expect((await get(`/api/admin/audit?actor=officer1&outcome=denied&${from}`, 'admin')).json().total).toBe(2);
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

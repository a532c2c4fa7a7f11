/**
 * Issue 17 — two server instances over one PostgreSQL database, each keeping scans, sessions and the issuance's
 * catalog in memory (src/inspections/scan-cache.ts, src/platform/auth/actor-cache.ts,
 * src/inspections/issuance-catalog.ts): a change made through one is seen by the
 * other within a second, announced with `pg_notify` (src/platform/changes/change-feed.ts). PostgreSQL only: the
 * embedded database has one connection and one instance.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { win } from '../support/time.js';
import { testApp, type TestApp } from '../support/app.js';
import { onPostgres } from '../support/database.js';
import { anyEnterprise, makeItem, officerIdOf, applyForCode } from '../support/fixtures.js';
import { openDatabase, type Database } from '../../src/platform/db/client.js';
import { buildApp } from '../../src/app.js';
import type { App, AppDeps } from '../../src/platform/http/types.js';

let t: TestApp;
/** The second instance: its own pool, listener and caches over the same database. */
let other: App;
let otherDatabase: Database;
let otherDeps: AppDeps;

beforeAll(async () => {
  if (!onPostgres()) return;
  t = await testApp();
  otherDatabase = await openDatabase({ databaseUrl: (t.database as Database & { url: string }).url, poolSize: 10 });
  ({ app: other, deps: otherDeps } = await buildApp({ database: otherDatabase, config: t.deps.config, clock: () => t.clock.now, logger: false }));
  await other.ready();
});
afterAll(async () => {
  await other?.close();
  await otherDatabase?.close();
  await t?.close();
});

/** Polls until `check` holds, for at most `ms`; returns how long it took. */
async function within(ms: number, check: () => Promise<boolean>): Promise<number> {
  const started = Date.now();
  for (;;) {
    if (await check()) return Date.now() - started;
    if (Date.now() - started > ms) throw new Error(`not seen within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe.skipIf(!onPostgres())('two instances over one PostgreSQL', () => {
  it('a code revoked through one reads revoked on the other within 1 s (both had it in memory)', async () => {
    const officer = await t.login('officer1');
    const item = await makeItem(t, 'WH-SCJG');
    const officerIds = [await officerIdOf(t, 'officer1'), await officerIdOf(t, 'officer2')];
    const e = await anyEnterprise(t, 5);
    const window = win(t, 0);
    const issued = await applyForCode(t, officer, { enterpriseUscc: e.uscc, kind: 'planned', itemIds: [item], officerIds, window });
    expect(issued.statusCode, issued.body).toBe(201);
    const { id, code } = issued.json();
    const url = `/api/codes/${encodeURIComponent(code)}`;
    for (const app of [t.app, other]) {
      expect((await app.inject({ url })).json()).toMatchObject({ status: 'valid' });
      const again = await app.inject({ url });
      expect(again.headers['x-cache']).toBe('hit');
      expect(again.json()).toMatchObject({ status: 'valid' });
    }

    const revoked = await t.app.inject({ method: 'POST', url: `/api/inspections/${id}/revoke`, headers: { cookie: officer }, payload: { reason: '企业停业' } });
    expect(revoked.statusCode, revoked.body).toBe(204);
    // The instance that revoked it knows at once; the other within a second.
    expect((await t.app.inject({ url })).json()).toMatchObject({ status: 'revoked', revokedReason: 'withdrawn' });
    const took = await within(1_000, async () => (await other.inject({ url })).json().status === 'revoked');
    expect(took).toBeLessThan(1_000);
    const after = await other.inject({ url });
    expect(after.json()).toMatchObject({ status: 'revoked', revokedReason: 'withdrawn' });
  });

  it('an officer suspended through one is refused by the next issuances on the other within 1 s (both had the officer in memory)', async () => {
    const admin = await t.login('admin');
    const item = await makeItem(t, 'WH-SCJG');
    const officerIds = [await officerIdOf(t, 'officer1'), await officerIdOf(t, 'officer2')];
    const cookie = await t.login('officer1');
    let n = 10;
    const applyOn = async (app: App) =>
      app.inject({ method: 'POST', url: '/api/inspections', headers: { cookie }, payload: { enterpriseUscc: (await anyEnterprise(t, n++)).uscc, kind: 'planned', itemIds: [item], officerIds, window: win(t, 1) } });
    for (const app of [t.app, other]) for (let i = 0; i < 2; i++) expect((await applyOn(app)).statusCode).toBe(201);
    expect(otherDeps.issuanceCatalog.hits).toBeGreaterThan(0);
    const patch = (status: string) => t.app.inject({ method: 'PATCH', url: `/api/officers/${officerIds[1]}`, headers: { cookie: admin }, payload: { status } });
    expect((await patch('suspended')).statusCode).toBe(200);
    try {
      const took = await within(1_000, async () => (await applyOn(other)).statusCode === 422);
      expect(took).toBeLessThan(1_000);
      expect((await applyOn(other)).json()).toMatchObject({ code: 'officer-not-eligible', officerId: officerIds[1] });
    } finally {
      expect((await patch('active')).statusCode).toBe(200);
    }
    await within(1_000, async () => (await applyOn(other)).statusCode === 201);
  });

  it('a session ended on one is refused by the other within 1 s (both had it in memory)', async () => {
    const cookie = await t.login('supervisor');
    for (const app of [t.app, other]) expect((await app.inject({ url: '/api/me', headers: { cookie } })).statusCode).toBe(200);
    const out = await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie } });
    expect(out.statusCode).toBe(204);
    expect((await t.app.inject({ url: '/api/me', headers: { cookie } })).statusCode).toBe(401);
    const took = await within(1_000, async () => (await other.inject({ url: '/api/me', headers: { cookie } })).statusCode === 401);
    expect(took).toBeLessThan(1_000);
  });

  it('a disabled account is refused by the other instance within 1 s, every session of it', async () => {
    const admin = await t.login('admin');
    const cookie = await t.login('officer2');
    expect((await other.inject({ url: '/api/me', headers: { cookie } })).statusCode).toBe(200);
    const me = (await other.inject({ url: '/api/me', headers: { cookie } })).json();
    const disabled = await t.app.inject({ method: 'POST', url: `/api/admin/users/${me.id}/status`, headers: { cookie: admin }, payload: { status: 'disabled' } });
    expect(disabled.statusCode, disabled.body).toBeLessThan(300);
    const took = await within(1_000, async () => (await other.inject({ url: '/api/me', headers: { cookie } })).statusCode === 401);
    expect(took).toBeLessThan(1_000);
  });

  it('a revoked API key is refused by the other instance within 1 s', async () => {
    const admin = await t.login('admin');
    const created = await t.app.inject({ method: 'POST', url: '/api/admin/api-keys', headers: { cookie: admin }, payload: { name: '两实例测试', scopes: ['credit:read'] } });
    expect(created.statusCode, created.body).toBe(201);
    const { id, key } = created.json();
    const probe = () => other.inject({ url: '/api/credit/guide', headers: { 'x-api-key': key } });
    expect((await probe()).statusCode).toBe(200);
    const gone = await t.app.inject({ method: 'POST', url: `/api/admin/api-keys/${id}/revoke`, headers: { cookie: admin } });
    expect(gone.statusCode, gone.body).toBeLessThan(300);
    const took = await within(1_000, async () => (await probe()).statusCode === 401);
    expect(took).toBeLessThan(1_000);
  });

  it('a listening connection that drops forgets what it held, comes back, and hears changes again', async () => {
    const cookie = await t.login('officer1');
    expect((await other.inject({ url: '/api/me', headers: { cookie } })).statusCode).toBe(200);
    // Both instances' listening connections are cut (as a database restart or a network cut would).
    await t.database.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'LISTEN%'`);
    await within(3_000, async () => {
      const [n] = await t.database.query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'LISTEN%'`);
      return n!.n >= 2;
    });
    expect((await other.inject({ url: '/api/me', headers: { cookie } })).statusCode).toBe(200);
    await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie } });
    await within(1_000, async () => (await other.inject({ url: '/api/me', headers: { cookie } })).statusCode === 401);
  });
});

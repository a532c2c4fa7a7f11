/**
 * D2 — the licence register and the expiry reminders (contract: POST/GET /api/licences, job
 * licence-expiry-reminders, notifications kind licence-expiry). Boundaries 181/180/179 days and each window,
 * run twice, renewal and cancellation, a licence registered inside a window.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import { testApp, type TestApp } from '../support/app.js';
import { anyEnterprise, enterpriseOf } from '../support/fixtures.js';
import { notifications } from '../../src/notifications/schema.js';
import { licenceReminders } from '../../src/drugs/schema.js';
import { users } from '../../src/platform/auth/schema.js';
import { rows } from '../../src/platform/db/client.js';

let t: TestApp;
let officer: string;
let admin: string;
let ent2: string;
let uscc2: string;
let entId: string;

const day = (offset: number) => new Date(Date.parse('2026-11-27T00:00:00Z') + offset * 86_400_000).toISOString().slice(0, 10);
let serial = 1000;

/** Moves the test clock and signs in again (sessions expire when idle). */
async function moveTo(iso: string) {
  t.clock.set(iso);
  officer = await t.login('officer5');
  admin = await t.login('admin');
  ent2 = await t.login('enterprise2');
}

async function register(cookie: string, body: Record<string, unknown>) {
  return t.app.inject({ method: 'POST', url: '/api/licences', headers: { cookie }, payload: body });
}
async function licence(validUntilOffset: number, kind = 'drug-retail') {
  const res = await register(officer, { holderUscc: uscc2, kind, number: `皖T${serial++}`, validFrom: day(-1000), validUntil: day(validUntilOffset) });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
}
async function runJob() {
  const res = await t.app.inject({ method: 'POST', url: '/api/admin/jobs/licence-expiry-reminders/run', headers: { cookie: admin } });
  expect(res.statusCode, res.body).toBe(200);
  expect(res.json().status, res.body).toBe('succeeded');
  return res.json().result as { reminded: number };
}
async function remindersOf(id: string) {
  const rows = await t.database.db
    .select({ params: notifications.params, targetType: notifications.targetType })
    .from(notifications)
    .where(and(eq(notifications.kind, 'licence-expiry'), eq(notifications.targetId, id)));
  return rows.map((r) => ({ windowDays: r.params.windowDays, targetType: r.targetType })).sort((a, b) => Number(a.windowDays) - Number(b.windowDays));
}

beforeAll(async () => {
  t = await testApp({ now: '2026-11-27T02:00:00Z' });
  await moveTo('2026-11-27T02:00:00Z');
  const e = await enterpriseOf(t, 'enterprise2');
  uscc2 = e.uscc;
  entId = e.id;
  // The demo's licences are reminded first, so the counts below are this test's own.
  await runJob();
});
afterAll(() => t?.close());

describe('POST /api/licences', () => {
  it('registers; the same kind + number again is 409 licence-exists; bad USCC 422 invalid-uscc; validUntil < validFrom 422', async () => {
    const body = { holderUscc: uscc2, kind: 'drug-retail', number: '皖AA5539999', scope: '处方药', validFrom: '2025-01-01', validUntil: '2030-01-01' };
    const ok = await register(officer, body);
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json()).toEqual({ id: expect.any(String) });
    const again = await register(officer, body);
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('licence-exists');
    const bad = await register(officer, { ...body, number: 'X1', holderUscc: '91340200MA2N0000X0' });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().code).toBe('invalid-uscc');
    const backwards = await register(officer, { ...body, number: 'X2', validFrom: '2030-01-02' });
    expect(backwards.statusCode).toBe(422);
    for (const kind of ['drug-wholesale', 'drug-manufacturing', 'medical-device-operation', 'medical-device-production', 'cosmetics-production']) {
      expect((await register(officer, { ...body, kind })).statusCode).toBe(201);
    }
  });

  it('is for drug-regulation staff or a key with a licence scope only', async () => {
    const market = await t.login('officer1');
    const body = { holderUscc: uscc2, kind: 'drug-retail', number: 'M1', validFrom: '2025-01-01', validUntil: '2030-01-01' };
    expect((await register(market, body)).statusCode).toBe(403);
    expect((await register(ent2, body)).statusCode).toBe(403);
    expect((await register(await t.login('drug_admin'), body)).statusCode).toBe(201);
    const key = await t.app.inject({ method: 'POST', url: '/api/admin/api-keys', headers: { cookie: admin }, payload: { name: 'licences', scopes: ['licences:write'] } });
    expect(key.statusCode, key.body).toBe(201);
    const viaKey = await t.app.inject({ method: 'POST', url: '/api/licences', headers: { 'x-api-key': key.json().key }, payload: { ...body, number: 'K1' } });
    expect(viaKey.statusCode, viaKey.body).toBe(201);
  });
});

describe('GET /api/licences', () => {
  it('answers {items:[{id, kind, number, holderUscc, validUntil, status}]} by scope: the enterprise sees its own', async () => {
    const other = await anyEnterprise(t, 0);
    const mine = await t.app.inject({ method: 'GET', url: `/api/licences?holderUscc=${uscc2}`, headers: { cookie: ent2 } });
    expect(mine.statusCode).toBe(200);
    const items = mine.json().items as Record<string, unknown>[];
    expect(items.length).toBeGreaterThan(0);
    expect(items[0]).toMatchObject({ id: expect.any(String), kind: expect.any(String), number: expect.any(String), holderUscc: uscc2, validUntil: expect.any(String), status: 'valid' });
    const theirs = await t.app.inject({ method: 'GET', url: `/api/licences?holderUscc=${other.uscc}`, headers: { cookie: ent2 } });
    expect(theirs.json().items.filter((i: { holderUscc: string }) => i.holderUscc !== uscc2)).toEqual([]);
    const staff = await t.app.inject({ method: 'GET', url: '/api/licences?pageSize=500', headers: { cookie: officer } });
    expect(new Set(staff.json().items.map((i: { holderUscc: string }) => i.holderUscc)).size).toBeGreaterThan(1);
  });
});

describe('job licence-expiry-reminders', () => {
  it('reminds at 180 and 179 days, not at 181; each window on its first day; exactly once per window, run twice', async () => {
    const at181 = await licence(181);
    const at180 = await licence(180);
    const at179 = await licence(179);
    const at91 = await licence(91);
    const at90 = await licence(90);
    const at31 = await licence(31);
    const at30 = await licence(30);
    const at0 = await licence(0);
    const expired = await licence(-1);
    const first = await runJob();
    expect(first.reminded).toBe(7);
    expect(await runJob()).toMatchObject({ reminded: 0 });
    expect(await remindersOf(at181)).toEqual([]);
    expect(await remindersOf(at180)).toEqual([{ windowDays: 180, targetType: 'licence' }]);
    expect(await remindersOf(at179)).toEqual([{ windowDays: 180, targetType: 'licence' }]);
    expect(await remindersOf(at91)).toEqual([{ windowDays: 180, targetType: 'licence' }]);
    expect(await remindersOf(at90)).toEqual([{ windowDays: 90, targetType: 'licence' }]);
    expect(await remindersOf(at31)).toEqual([{ windowDays: 90, targetType: 'licence' }]);
    expect(await remindersOf(at30)).toEqual([{ windowDays: 30, targetType: 'licence' }]);
    expect(await remindersOf(at0)).toEqual([{ windowDays: 30, targetType: 'licence' }]);
    expect(await remindersOf(expired)).toEqual([]);

    // A day later: 181 enters the 180 window, 91 the 90 window, 31 the 30 window; the others get nothing more.
    await moveTo('2026-11-28T02:00:00Z');
    expect(await runJob()).toMatchObject({ reminded: 3, byWindow: { '180': 1, '90': 1, '30': 1 } });
    expect(await remindersOf(at181)).toEqual([{ windowDays: 180, targetType: 'licence' }]);
    expect((await remindersOf(at91)).map((r) => r.windowDays)).toEqual([90, 180]);
    expect((await remindersOf(at179)).map((r) => r.windowDays)).toEqual([180]);
    // 90 days on, the 180-day licences reach the 90 window, once each.
    await moveTo('2027-02-26T02:00:00Z');
    await runJob();
    await runJob();
    expect(await remindersOf(at180)).toEqual([
      { windowDays: 90, targetType: 'licence' },
      { windowDays: 180, targetType: 'licence' },
    ]);
    await moveTo('2026-11-27T02:00:00Z');
  });

  it('every enterprise account of the holder gets it in-app, with what to do and by when', async () => {
    const id = await licence(100);
    await runJob();
    const accounts = await t.database.db.select({ id: users.id }).from(users).where(and(eq(users.enterpriseId, entId), eq(users.role, 'enterprise')));
    const rows = await t.database.db.select().from(notifications).where(and(eq(notifications.kind, 'licence-expiry'), eq(notifications.targetId, id)));
    expect(rows.map((r) => r.userId).sort()).toEqual(accounts.map((a) => a.id).sort());
    const list = await t.app.inject({ method: 'GET', url: '/api/notifications?pageSize=200', headers: { cookie: ent2 } });
    const mine = list.json().items.find((n: { targetId: string }) => n.targetId === id);
    expect(mine).toMatchObject({ kind: 'licence-expiry', targetType: 'licence', targetId: id, params: { windowDays: 180 } });
    expect(mine.text).toContain('前向发证机关申请');
  });

  it('a renewed or cancelled licence gets no further reminder; a licence registered inside a window gets that window once', async () => {
    const renewed = await licence(100);
    const cancelled = await licence(95);
    await runJob();
    const r = await t.app.inject({ method: 'POST', url: `/api/licences/${renewed}/renew`, headers: { cookie: officer }, payload: { number: `皖R${serial++}`, validFrom: day(100), validUntil: day(100 + 5 * 365) } });
    expect(r.statusCode, r.body).toBe(201);
    const c = await t.app.inject({ method: 'POST', url: `/api/licences/${cancelled}/status`, headers: { cookie: officer }, payload: { status: 'cancelled', reason: '企业申请注销' } });
    expect(c.statusCode, c.body).toBe(200);
    await moveTo('2027-01-27T02:00:00Z'); // both now inside the 90 window
    await runJob();
    expect((await remindersOf(renewed)).map((x) => x.windowDays)).toEqual([180]);
    expect((await remindersOf(cancelled)).map((x) => x.windowDays)).toEqual([180]);
    await moveTo('2026-11-27T02:00:00Z');

    const late = await licence(20);
    await runJob();
    await runJob();
    expect(await remindersOf(late)).toEqual([{ windowDays: 30, targetType: 'licence' }]);
    const keyed = await t.database.db.select().from(licenceReminders).where(eq(licenceReminders.licenceId, late));
    expect(keyed.map((k) => k.windowDays)).toEqual([30]);
  });

  it('shows the licence and its reminders in the enterprise file, and counts the figures', async () => {
    // A licence of this test's own, reminded, then renewed before it expires.
    const own = await licence(100);
    await runJob();
    expect((await remindersOf(own)).length).toBeGreaterThan(0);
    const renewal = await t.app.inject({ method: 'POST', url: `/api/licences/${own}/renew`, headers: { cookie: officer }, payload: { number: `皖R${serial++}`, validFrom: day(100), validUntil: day(100 + 5 * 365) } });
    expect(renewal.statusCode, renewal.body).toBe(201);
    const file = await t.app.inject({ method: 'GET', url: `/api/enterprises/${uscc2}`, headers: { cookie: ent2 } });
    expect(file.statusCode).toBe(200);
    const section = file.json().sections.licences as { id: string; reminders: unknown[] }[];
    expect(section.length).toBeGreaterThan(0);
    expect(section.some((l) => l.reminders.length > 0)).toBe(true);
    const figures = await t.app.inject({ method: 'GET', url: '/api/licences/figures', headers: { cookie: officer } });
    expect(figures.statusCode).toBe(200);
    const f = figures.json();
    const [direct] = await rows<{ l: number; e: number }>(t.database.db, sql`SELECT count(DISTINCT licence_id)::int AS l, count(DISTINCT enterprise_id)::int AS e FROM drug_licence_reminder`);
    expect(f.licencesReminded).toBe(direct!.l);
    expect(f.firmsReached).toBe(direct!.e);
    expect(f.renewedBeforeExpiry).toBeGreaterThanOrEqual(1);
  });
});

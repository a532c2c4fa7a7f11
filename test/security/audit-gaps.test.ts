/**
 * Issue #10 item 13 — the reads and refusals the audit log missed: notification reads, penalty and application
 * detail reads, audit-log searches, and refusals raised outside the policy layer (401, 403 on an API key's
 * scopes, 404 on others' records) each write an audit row naming who, what and why.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { randomUUID } from 'node:crypto';
import { and, desc, eq } from 'drizzle-orm';
import { testApp, type TestApp } from '../support/app.js';
import { auditLog } from '../../src/platform/audit/schema.js';

describe('audit gaps (item 13)', () => {
  let t: TestApp;
  const cookies: Record<string, string> = {};

  /** The audit rows of one request, by its request id. */
  const rowsOf = async (res: { headers: Record<string, unknown> }) =>
    t.database.db.select().from(auditLog).where(eq(auditLog.requestId, String(res.headers['x-request-id']))).orderBy(desc(auditLog.at));
  const get = (url: string, who?: string, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'GET', url, headers: { ...(who ? { cookie: cookies[who]! } : {}), ...headers } });

  beforeAll(async () => {
    t = await testApp();
    for (const u of ['admin', 'credit', 'enterprise1', 'enterprise2', 'officer1']) cookies[u] = await t.login(u);
  }, 120_000);
  afterAll(async () => {
    await t.close();
  });

  it('notification reads: the list, one marked read, all marked read', async () => {
    const list = await get('/api/notifications', 'officer1');
    expect(list.statusCode).toBe(200);
    expect(await rowsOf(list)).toMatchObject([{ action: 'notification.list', actorName: 'officer1', outcome: 'ok', targetType: 'notification' }]);
    const first = (list.json() as { items: { id: string; readAt: string | null }[] }).items.find((n) => !n.readAt);
    if (first) {
      const read = await t.app.inject({ method: 'POST', url: `/api/notifications/${first.id}/read`, headers: { cookie: cookies.officer1! } });
      expect(read.statusCode).toBe(204);
      expect(await rowsOf(read)).toMatchObject([{ action: 'notification.read', targetId: first.id }]);
    }
    const all = await t.app.inject({ method: 'POST', url: '/api/notifications/read-all', headers: { cookie: cookies.officer1! } });
    expect(await rowsOf(all)).toMatchObject([{ action: 'notification.read-all', actorName: 'officer1' }]);
  });

  it('penalty and application detail reads', async () => {
    const penalties = await get('/api/credit/penalties?pageSize=1', 'credit');
    const penalty = (penalties.json() as { items: { id: string }[] }).items[0]!;
    const detail = await get(`/api/credit/penalties/${penalty.id}`, 'credit');
    expect(detail.statusCode).toBe(200);
    expect(await rowsOf(detail)).toMatchObject([{ action: 'credit.penalty.view', targetType: 'credit_penalty', targetId: penalty.id, actorName: 'credit' }]);

    const apps = await get('/api/credit/applications?pageSize=1', 'credit');
    const app = (apps.json() as { items: { id: string }[] }).items[0];
    expect(app, 'the demo city has a repair application').toBeDefined();
    const appDetail = await get(`/api/credit/applications/${app!.id}`, 'credit');
    expect(appDetail.statusCode).toBe(200);
    expect(await rowsOf(appDetail)).toMatchObject([{ action: 'credit.application.view', targetType: 'credit_application', targetId: app!.id }]);
  });

  it('audit-log searches, with what was searched for', async () => {
    const res = await get('/api/admin/audit?action=auth.*&pageSize=5', 'admin');
    expect(res.statusCode).toBe(200);
    expect(await rowsOf(res)).toMatchObject([
      { action: 'audit.search', actorName: 'admin', detail: { filter: { action: 'auth.*' }, page: 1, pageSize: 5 } },
    ]);
  });

  it('401 without a session, audited as an anonymous refusal', async () => {
    const res = await get('/api/notifications');
    expect(res.statusCode).toBe(401);
    expect(await rowsOf(res)).toMatchObject([
      { action: 'GET /api/notifications', actorType: 'anonymous', outcome: 'denied', detail: { reason: 'unauthenticated', status: 401 } },
    ]);
    const badKey = await get('/api/licences', undefined, { 'x-api-key': 'qq_not-a-key' });
    expect(badKey.statusCode).toBe(401);
    expect(await rowsOf(badKey)).toMatchObject([{ outcome: 'denied', detail: { status: 401 } }]);
  });

  it('403 on an API key without the route’s scope, audited with the key as actor', async () => {
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/admin/api-keys',
      headers: { cookie: cookies.admin! },
      payload: { name: '12345 hotline feed', scopes: ['hotline:write'] },
    });
    expect(created.statusCode).toBe(201);
    const res = await get('/api/licences', undefined, { 'x-api-key': (created.json() as { key: string }).key });
    expect(res.statusCode).toBe(403);
    const code = (res.json() as { code: string }).code;
    expect(await rowsOf(res)).toMatchObject([
      { action: 'GET /api/licences', actorType: 'integration', actorName: '12345 hotline feed', outcome: 'denied', detail: { reason: code, status: 403 } },
    ]);
  });

  it('404 on another enterprise’s record, audited', async () => {
    const mine = await get('/api/credit/applications?pageSize=50', 'credit');
    const anyApp = (mine.json() as { items: { id: string; enterpriseId?: string }[] }).items[0]!;
    // enterprise1 or enterprise2: at least one of them does not own the demo application.
    let refused: Awaited<ReturnType<typeof get>> | undefined;
    for (const who of ['enterprise1', 'enterprise2']) {
      const res = await get(`/api/credit/applications/${anyApp.id}`, who);
      if (res.statusCode === 404) refused = res;
    }
    expect(refused, 'one enterprise is refused the other’s application').toBeDefined();
    const [row] = await rowsOf(refused!);
    expect(row).toMatchObject({ action: 'GET /api/credit/applications/:id', actorType: 'user', role: 'enterprise', outcome: 'denied', detail: { status: 404 } });

    const unknown = await get(`/api/credit/penalties/${randomUUID()}`, 'enterprise1');
    expect(unknown.statusCode).toBe(404);
    expect(await rowsOf(unknown)).toMatchObject([{ outcome: 'denied', detail: { status: 404 } }]);
  });

  it('a failed sign-in keeps its one row (the login operation writes it)', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'admin', password: 'wrong-password-1' } });
    expect(res.statusCode).toBe(401);
    const rows = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.requestId, String(res.headers['x-request-id']))));
    expect(rows.map((r) => [r.action, r.outcome])).toEqual([['auth.login', 'failed']]);
  });
});

/**
 * Issue 10 item 15 — the public scan (`GET /api/codes/{code}`, the data of the `/v/{code}` page) shows the
 * enterprise what the law requires it to see — window, departments, items with their legal basis, officers with
 * their certificates, status — but not what triggered the visit (a complaint) nor the officer's free-text
 * reason for revoking it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../support/app.js';
import { anyEnterprise, makeItem, officerIdOf } from '../support/fixtures.js';
import { win } from '../support/time.js';

let t: TestApp;
let market: string;
let ecology: string;
let marketItem: string;
let ecologyItem: string;
let officers: string[];
let ecologyOfficers: string[];

beforeAll(async () => {
  t = await testApp();
  market = await t.login('officer1');
  ecology = await t.login('officer3');
  marketItem = await makeItem(t, 'WH-SCJG');
  ecologyItem = await makeItem(t, 'WH-STHJ');
  officers = [await officerIdOf(t, 'officer1'), await officerIdOf(t, 'officer2')];
  ecologyOfficers = [await officerIdOf(t, 'officer3'), await officerIdOf(t, 'officer4')];
});
afterAll(async () => t?.close());

const apply = (cookie: string, body: Record<string, unknown>) => t.app.inject({ method: 'POST', url: '/api/inspections', headers: { cookie }, payload: body });
/** Anonymous, as a phone at the factory gate. */
const scan = (code: string) => t.app.inject({ url: `/api/codes/${encodeURIComponent(code)}` });

describe('the public scan', () => {
  it('shows basis, items, officers and status of a complaint-triggered visit, not the trigger', async () => {
    const e = await anyEnterprise(t, 3);
    const res = await apply(market, { enterpriseUscc: e.uscc, kind: 'triggered', trigger: 'complaint', itemIds: [marketItem], officerIds: officers, window: win(t, 0) });
    expect(res.statusCode, res.body).toBe(201);
    const { code, id } = res.json();
    // The officers' own view still names the trigger.
    expect((await t.app.inject({ url: `/api/inspections/${id}`, headers: { cookie: market } })).json()).toMatchObject({ trigger: 'complaint' });

    const r = await scan(code);
    expect(r.statusCode).toBe(200);
    const body = r.json();
    expect(body).toMatchObject({ status: 'valid', kind: 'triggered', trigger: null, revokedReason: null, enterprise: { uscc: e.uscc } });
    expect(body.items[0]).toMatchObject({ id: marketItem, legalBasis: expect.any(String) });
    expect(body.items[0].legalBasis.length).toBeGreaterThan(0);
    expect(body.officers.map((o: { id: string }) => o.id).sort()).toEqual([...officers].sort());
    expect(body.officers[0]).toMatchObject({ certificateNo: expect.any(String), certificateState: expect.any(String) });
    expect(body.departments.length).toBe(1);
    expect(r.body).not.toContain('complaint');
  });

  it('a revoked code says it was withdrawn, never the officer’s free-text reason', async () => {
    const e = await anyEnterprise(t, 4);
    const res = await apply(market, { enterpriseUscc: e.uscc, kind: 'triggered', trigger: 'complaint', itemIds: [marketItem], officerIds: officers, window: win(t, 0) });
    expect(res.statusCode, res.body).toBe(201);
    const { code, id } = res.json();
    const reason = '举报人王某（电话 13800000000）投诉该企业夜间排污';
    const rv = await t.app.inject({ method: 'POST', url: `/api/inspections/${id}/revoke`, headers: { cookie: market }, payload: { reason } });
    expect(rv.statusCode, rv.body).toBe(204);
    // The department keeps its reason.
    expect((await t.app.inject({ url: `/api/inspections/${id}`, headers: { cookie: market } })).json()).toMatchObject({ revokedReason: reason });

    const r = await scan(code);
    expect(r.json()).toMatchObject({ status: 'revoked', revokedReason: 'withdrawn', trigger: null });
    expect(r.body).not.toContain('举报');
    expect(r.body).not.toContain('13800000000');
    expect(r.body).not.toContain('complaint');
  });

  it('the older code of a visit merged into a joint one says superseded', async () => {
    const e = await anyEnterprise(t, 5);
    const first = await apply(market, { enterpriseUscc: e.uscc, kind: 'planned', itemIds: [marketItem], officerIds: officers, window: win(t, 1) });
    expect(first.statusCode, first.body).toBe(201);
    const joined = await apply(ecology, { enterpriseUscc: e.uscc, kind: 'planned', itemIds: [ecologyItem], officerIds: ecologyOfficers, window: win(t, 2), joinInspectionId: first.json().id });
    expect(joined.statusCode, joined.body).toBe(201);
    expect((await scan(first.json().code)).json()).toMatchObject({ status: 'revoked', revokedReason: 'superseded' });
    expect((await scan(joined.json().code)).json()).toMatchObject({ status: 'not-yet-valid', revokedReason: null });
  });
});

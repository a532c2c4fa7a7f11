import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../support/app.js';
import { anyEnterprise, makeItem, officerIdOf } from '../support/fixtures.js';

let t: TestApp;
let market: string; // officer1's cookie
let ecology: string; // officer3's cookie
let marketItem: string;
let ecologyItem: string;
let o1: string, o2: string, o3: string, o4: string;

const DAY = 86_400_000;
const win = (fromNowDays: number, hours = 8) => {
  const start = new Date(t.clock.now.getTime() + fromNowDays * DAY - 1_800_000);
  return { start: start.toISOString(), end: new Date(start.getTime() + hours * 3_600_000).toISOString() };
};

beforeAll(async () => {
  t = await testApp();
  market = await t.login('officer1');
  ecology = await t.login('officer3');
  marketItem = await makeItem(t, 'WH-SCJG');
  ecologyItem = await makeItem(t, 'WH-STHJ');
  [o1, o2, o3, o4] = await Promise.all(['officer1', 'officer2', 'officer3', 'officer4'].map((u) => officerIdOf(t, u)));
});
afterAll(async () => t?.close());

const apply = (cookie: string, body: Record<string, unknown>) =>
  t.app.inject({ method: 'POST', url: '/api/inspections', headers: { cookie }, payload: body });
const scan = (code: string) => t.app.inject({ url: `/api/codes/${encodeURIComponent(code)}` }).then((r) => r.json());

describe('one inspection, one code', () => {
  it('issues a signed planned code that scans as valid within its window, with items and officers', async () => {
    const e = await anyEnterprise(t, 0);
    const res = await apply(market, { enterpriseUscc: e.uscc, kind: 'planned', itemIds: [marketItem], officerIds: [o1, o2], window: win(0) });
    expect(res.statusCode).toBe(201);
    const { code, id, warnings } = res.json();
    expect(warnings).toEqual([]);
    expect((await scan(code)).status).toBe('valid');
    const body = await scan(code);
    expect(body.enterprise.uscc).toBe(e.uscc);
    expect(body.items[0]).toMatchObject({ id: marketItem, legalBasis: expect.stringContaining('行政处罚法') });
    expect(body.officers.map((o: { id: string }) => o.id).sort()).toEqual([o1, o2].sort());
    expect(body.officers[0].certificateNo).toBeTruthy();
    // Not yet valid before, expired after the window.
    const before = new Date(t.clock.now);
    t.clock.advance(-2 * 3_600_000);
    expect((await scan(code)).status).toBe('not-yet-valid');
    t.clock.set(new Date(before.getTime() + 10 * 3_600_000));
    expect((await scan(code)).status).toBe('expired');
    t.clock.set(before);
    // Revoked with a reason.
    const rv = await t.app.inject({ method: 'POST', url: `/api/inspections/${id}/revoke`, headers: { cookie: market }, payload: { reason: '企业停业' } });
    expect(rv.statusCode).toBe(204);
    expect((await scan(code)).status).toBe('revoked');
  });

  it('refuses a second planned code within 7 days (409 naming the existing code) and lets the other department join it', async () => {
    const e = await anyEnterprise(t, 1);
    const first = await apply(market, { enterpriseUscc: e.uscc, kind: 'planned', itemIds: [marketItem], officerIds: [o1, o2], window: win(1) });
    expect(first.statusCode).toBe(201);
    const refused = await apply(ecology, { enterpriseUscc: e.uscc, kind: 'planned', itemIds: [ecologyItem], officerIds: [o3, o4], window: win(3) });
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ code: 'planned-frequency-limit', existingCode: first.json().code, existingInspectionId: first.json().id, canJoin: true });
    expect(refused.json().detail).toContain(first.json().code);

    const joined = await apply(ecology, { enterpriseUscc: e.uscc, kind: 'planned', itemIds: [ecologyItem], officerIds: [o3, o4], window: win(3), joinInspectionId: first.json().id });
    expect(joined.statusCode).toBe(201);
    expect(joined.json()).toMatchObject({ id: first.json().id, joint: { merged: true } });
    const merged = await scan(joined.json().code);
    expect(merged.status).toBe('not-yet-valid');
    expect(merged.departments).toHaveLength(2);
    expect(merged.officers).toHaveLength(4);
    // The superseded code version scans as revoked.
    expect((await scan(first.json().code)).status).toBe('revoked');
  });

  it('allows a triggered inspection within 7 days with an over-frequency warning, and proposes a joint visit', async () => {
    const e = await anyEnterprise(t, 2);
    const planned = await apply(market, { enterpriseUscc: e.uscc, kind: 'planned', itemIds: [marketItem], officerIds: [o1, o2], window: win(2) });
    const triggered = await apply(ecology, { enterpriseUscc: e.uscc, kind: 'triggered', trigger: 'complaint', itemIds: [ecologyItem], officerIds: [o3, o4], window: win(4) });
    expect(triggered.statusCode).toBe(201);
    expect(triggered.json().warnings.map((w: { code: string }) => w.code)).toContain('over-frequency');
    expect(triggered.json().joint.proposals[0].inspectionId).toBe(planned.json().id);
  });

  it('three inspections in 7 days put one A9 signal in the inbox; a fourth raises no second one', async () => {
    const e = await anyEnterprise(t, 3);
    const sup = await t.login('supervisor');
    const alerts = async () =>
      (await t.app.inject({ url: `/api/supervision/alerts?enterpriseUscc=${e.uscc}&kind=frequency-7d`, headers: { cookie: sup } })).json().items;
    for (const [i, days] of [0, 1, 2].entries()) {
      const r = await apply(i % 2 ? ecology : market, { enterpriseUscc: e.uscc, kind: 'triggered', trigger: 'complaint', itemIds: [i % 2 ? ecologyItem : marketItem], officerIds: i % 2 ? [o3, o4] : [o1, o2], window: win(days) });
      expect(r.statusCode).toBe(201);
      if (i < 2) expect(await alerts()).toHaveLength(0);
    }
    expect(await alerts()).toHaveLength(1);
    const fourth = await apply(market, { enterpriseUscc: e.uscc, kind: 'triggered', trigger: 'superior', itemIds: [marketItem], officerIds: [o1, o2], window: win(3) });
    expect(fourth.statusCode).toBe(201);
    expect(await alerts()).toHaveLength(1);
  });

  it('refuses an unpublished item, a single officer, and an officer of another department', async () => {
    const e = await anyEnterprise(t, 4);
    const hidden = await makeItem(t, 'WH-SCJG', { published: false, name: '未公布事项' });
    const r1 = await apply(market, { enterpriseUscc: e.uscc, kind: 'planned', itemIds: [hidden], officerIds: [o1, o2], window: win(0) });
    expect(r1.statusCode).toBe(422);
    expect(r1.json()).toMatchObject({ code: 'item-unpublished' });
    expect(r1.json().detail).toContain('未公布事项');
    const r2 = await apply(market, { enterpriseUscc: e.uscc, kind: 'planned', itemIds: [marketItem], officerIds: [o1], window: win(0) });
    expect(r2.json()).toMatchObject({ code: 'too-few-officers' });
    const r3 = await apply(market, { enterpriseUscc: e.uscc, kind: 'planned', itemIds: [marketItem], officerIds: [o1, o3], window: win(0) });
    expect(r3.json()).toMatchObject({ code: 'officer-not-eligible', officerId: o3 });
  });

  it('one changed character makes a code invalid; a forged-looking string too', async () => {
    const e = await anyEnterprise(t, 5);
    const { code } = (await apply(market, { enterpriseUscc: e.uscc, kind: 'planned', itemIds: [marketItem], officerIds: [o1, o2], window: win(0) })).json();
    const i = Math.floor(code.length / 2);
    const altered = code.slice(0, i) + (code[i] === 'A' ? 'B' : 'A') + code.slice(i + 1);
    expect((await scan(altered)).status).toBe('invalid');
    expect((await scan('hello.world.x')).status).toBe('invalid');
  });

  it('a code signed by a rotated-out key still verifies', async () => {
    const e = await anyEnterprise(t, 6);
    const { code } = (await apply(market, { enterpriseUscc: e.uscc, kind: 'planned', itemIds: [marketItem], officerIds: [o1, o2], window: win(0) })).json();
    const admin = await t.login('admin');
    const rot = await t.app.inject({ method: 'POST', url: '/api/codes/keys/rotate', headers: { cookie: admin } });
    expect(rot.statusCode).toBe(200);
    expect(code.startsWith(rot.json().kid + '.')).toBe(false);
    expect((await scan(code)).status).toBe('valid');
    const keys = (await t.app.inject({ url: '/api/codes/keys' })).json().keys;
    expect(keys.filter((k: { active: boolean }) => k.active)).toHaveLength(1);
    expect(keys.length).toBeGreaterThanOrEqual(2);
  });
});

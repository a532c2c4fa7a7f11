import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../support/app.js';
import { catchUpFigures } from '../support/figures.js';
import { anyEnterprise, enterpriseOf, makeItem, twoDepartmentTeams, applyForCode } from '../support/fixtures.js';
import { multipartFile } from '../support/multipart.js';
import { DAY, HOUR, win as windowOf } from '../support/time.js';

let t: TestApp;
let market: string; // officer1's cookie
let ecology: string; // officer3's cookie
let marketItem: string;
let ecologyItem: string;
let o1: string, o2: string, o3: string, o4: string;


beforeAll(async () => {
  t = await testApp();
  ({ market, ecology, marketItem, ecologyItem, o1, o2, o3, o4 } = await twoDepartmentTeams(t));
});
afterAll(async () => t?.close());

const apply = (cookie: string, body: Record<string, unknown>) =>
  applyForCode(t, cookie, body);
const win = (fromNowDays: number) => windowOf(t, fromNowDays);
const photo = (id: string, data: Buffer) => {
  const { payload, headers } = multipartFile(data, 'a.png');
  return t.app.inject({ method: 'POST', url: `/api/inspections/${id}/photos`, headers: { cookie: market, ...headers }, payload });
};
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
    // Another department's officer guessing the id gets a 404 (as if absent), and the attempt is audited.
    expect((await t.app.inject({ url: `/api/inspections/${id}`, headers: { cookie: ecology } })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'POST', url: `/api/inspections/${id}/revoke`, headers: { cookie: ecology }, payload: { reason: '越权尝试' } })).statusCode).toBe(404);
    const denied = await t.database.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_log WHERE outcome = 'denied' AND detail->>'reason' = 'inspection-out-of-scope' AND detail->>'url' LIKE $1`,
      [`/api/inspections/${id}%`],
    );
    expect(denied[0]!.n).toBe(2);
    expect((await t.app.inject({ url: `/api/inspections/${id}`, headers: { cookie: market } })).statusCode).toBe(200);
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

  it('names the existing code’s China day in the A3 refusal — a start before 08:00 China time is not the previous UTC day (defect 11)', async () => {
    const e = await anyEnterprise(t, 19);
    // 07:30 on 28 November in China is 23:30 on 27 November in UTC.
    const start = '2026-11-27T23:30:00Z';
    const first = await apply(market, { enterpriseUscc: e.uscc, kind: 'planned', itemIds: [marketItem], officerIds: [o1, o2], window: { start, end: '2026-11-28T08:00:00Z' } });
    expect(first.statusCode, first.body).toBe(201);
    const refused = await apply(ecology, { enterpriseUscc: e.uscc, kind: 'planned', itemIds: [ecologyItem], officerIds: [o3, o4], window: win(3) });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().detail).toContain('（2026-11-28）');
    expect(refused.json().detail).toContain('7 日内');
  });

  it('refuses a second planned code within 7 days (409 naming the existing code) and lets the other department join it', async () => {
    const e = await anyEnterprise(t, 1);
    const first = await apply(market, { enterpriseUscc: e.uscc, kind: 'planned', itemIds: [marketItem], officerIds: [o1, o2], window: win(1) });
    expect(first.statusCode).toBe(201);
    const pre = await t.app.inject({ url: `/api/inspections/precheck?enterpriseUscc=${e.uscc}&kind=planned&start=${encodeURIComponent(win(3).start)}`, headers: { cookie: ecology } });
    expect(pre.json()).toMatchObject({ refused: true, plannedConflict: { code: first.json().code }, jointProposals: [{ inspectionId: first.json().id }] });
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

  it('records a result, then the enterprise confirms, evaluates once and complains; low ratings reach supervision', async () => {
    const ent = await enterpriseOf(t, 'enterprise1');
    const { id } = (await apply(market, { enterpriseUscc: ent.uscc, kind: 'triggered', trigger: 'enterprise-request', itemIds: [marketItem], officerIds: [o1, o2], window: win(0) })).json();
    const firm = await t.login('enterprise1');
    expect((await t.app.inject({ method: 'POST', url: `/api/inspections/${id}/arrival`, headers: { cookie: firm } })).statusCode).toBe(200);
    // A photo: a real PNG header passes, a text file does not.
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64)]);
    const up = await photo(id, png);
    expect(up.statusCode).toBe(201);
    const bad = await photo(id, Buffer.from('not an image'));
    expect(bad.statusCode).toBe(415);
    const result = await t.app.inject({ method: 'POST', url: `/api/inspections/${id}/result`, headers: { cookie: market }, payload: { outcome: 'rectification', notes: '灭火器过期', rectification: [{ item: '更换灭火器', deadline: '2026-12-10' }], photoIds: [up.json().id] } });
    expect(result.statusCode).toBe(200);
    expect(result.json()).toEqual({ late: false });
    expect((await scan((await t.app.inject({ url: `/api/inspections/${id}`, headers: { cookie: market } })).json().code)).status).toBe('done');

    const rating = { overall: 2, conduct: 3, integrity: 5, efficiency: 2, service: 3, comment: '态度生硬' };
    expect((await t.app.inject({ method: 'POST', url: `/api/inspections/${id}/evaluation`, headers: { cookie: firm }, payload: rating })).statusCode).toBe(201);
    const again = await t.app.inject({ method: 'POST', url: `/api/inspections/${id}/evaluation`, headers: { cookie: firm }, payload: rating });
    expect(again.json()).toMatchObject({ code: 'already-evaluated', status: 409 });
    // Another enterprise cannot see or rate it.
    const other = await t.login('enterprise2');
    expect((await t.app.inject({ method: 'POST', url: `/api/inspections/${id}/evaluation`, headers: { cookie: other }, payload: rating })).statusCode).toBe(404);
    const complaint = await t.app.inject({ method: 'POST', url: `/api/inspections/${id}/complaint`, headers: { cookie: firm }, payload: { category: 'misconduct', content: '检查人员未出示执法证' } });
    expect(complaint.statusCode).toBe(201);
    const sup = await t.login('supervisor');
    const kinds = (await t.app.inject({ url: `/api/supervision/alerts?enterpriseUscc=${ent.uscc}`, headers: { cookie: sup } }))
      .json()
      .items.filter((s: { inspectionId: string }) => s.inspectionId === id)
      .map((s: { kind: string }) => s.kind);
    expect(kinds.sort()).toEqual(['complaint', 'low-rating']);
  });

  it('a result recorded after its deadline is late and signalled', async () => {
    const e = await anyEnterprise(t, 7);
    const { id } = (await apply(market, { enterpriseUscc: e.uscc, kind: 'planned', itemIds: [marketItem], officerIds: [o1, o2], window: win(0) })).json();
    const saved = t.clock.now;
    t.clock.advance(3 * DAY + 8 * 3_600_000);
    // Three days idle: the old session has expired, so sign in again.
    const stale = await t.app.inject({ url: '/api/me', headers: { cookie: market } });
    expect(stale.json()).toMatchObject({ status: 401, code: 'session-expired' });
    const fresh = await t.login('officer1');
    const r = await t.app.inject({ method: 'POST', url: `/api/inspections/${id}/result`, headers: { cookie: fresh }, payload: { outcome: 'no-problem' } });
    t.clock.set(saved);
    expect(r.json()).toEqual({ late: true });
    const sup = await t.login('supervisor');
    const kinds = (await t.app.inject({ url: `/api/supervision/alerts?enterpriseUscc=${e.uscc}`, headers: { cookie: sup } })).json().items.map((s: { kind: string }) => s.kind);
    expect(kinds).toContain('late-result');
  });

  it('figures follow the data: joint visits, visits avoided, satisfaction, warnings, revoked codes, late results', async () => {
    // Read four days on, when every window applied for here has started (the codes are visits, rules/visit.ts);
    // what the other tests of this file add is in both readings, so the differences are this test's own.
    const figures = async (username: string) => {
      const saved = t.clock.now;
      t.clock.advance(4 * DAY);
      try {
        await catchUpFigures(t);
        const cookie = await t.login(username);
        return (await t.app.inject({ url: '/api/inspections/figures', headers: { cookie } })).json();
      } finally {
        t.clock.set(saved);
      }
    };
    const [before, ecoBefore] = [await figures('supervisor'), await figures('officer3')];
    const officer1 = await t.login('officer1');
    const officer3 = await t.login('officer3');
    const applyFor = (cookie: string, uscc: string, body: Record<string, unknown>) =>
      apply(cookie, { enterpriseUscc: uscc, itemIds: [cookie === officer3 ? ecologyItem : marketItem], officerIds: cookie === officer3 ? [o3, o4] : [o1, o2], ...body });

    // One joint visit of two departments: one visit avoided (A4); a triggered code beside it warns (A3).
    const jointAt = (await anyEnterprise(t, 8)).uscc;
    const planned = await applyFor(officer1, jointAt, { kind: 'planned', window: win(1) });
    expect(planned.statusCode).toBe(201);
    expect((await applyFor(officer3, jointAt, { kind: 'planned', window: win(2), joinInspectionId: planned.json().id })).statusCode).toBe(201);
    const triggered = await applyFor(officer1, jointAt, { kind: 'triggered', trigger: 'complaint', window: win(3) });
    expect(triggered.json().warnings.map((w: { code: string }) => w.code)).toEqual(['over-frequency']);
    // One revoked code: never a visit.
    const revoked = await applyFor(officer1, (await anyEnterprise(t, 9)).uscc, { kind: 'planned', window: win(0) });
    expect(revoked.statusCode).toBe(201);
    expect((await t.app.inject({ method: 'POST', url: `/api/inspections/${revoked.json().id}/revoke`, headers: { cookie: officer1 }, payload: { reason: '企业停业' } })).statusCode).toBe(204);
    // One satisfied rating (overall 5, A8).
    const rated = await applyFor(officer1, (await enterpriseOf(t, 'enterprise2')).uscc, { kind: 'planned', window: win(0) });
    expect(rated.statusCode).toBe(201);
    const firm = await t.login('enterprise2');
    const rating = { overall: 5, conduct: 5, integrity: 5, efficiency: 4, service: 5 };
    expect((await t.app.inject({ method: 'POST', url: `/api/inspections/${rated.json().id}/evaluation`, headers: { cookie: firm }, payload: rating })).statusCode).toBe(201);
    // One late result: recorded three days and eight hours on.
    const late = await applyFor(officer1, (await anyEnterprise(t, 10)).uscc, { kind: 'planned', window: win(0) });
    expect(late.statusCode).toBe(201);
    const saved = t.clock.now;
    t.clock.advance(3 * DAY + 8 * HOUR);
    const recorder = await t.login('officer1');
    const result = await t.app.inject({ method: 'POST', url: `/api/inspections/${late.json().id}/result`, headers: { cookie: recorder }, payload: { outcome: 'no-problem' } });
    t.clock.set(saved);
    expect(result.json()).toEqual({ late: true });

    const after = await figures('supervisor');
    type Figures = Record<'total' | 'jointVisits' | 'visitsAvoided' | 'evaluations' | 'satisfied' | 'overFrequencyWarnings' | 'lateResults', number> & {
      codesByStatus: { revoked: number };
    };
    const counts = (f: Figures) => ({
      total: f.total,
      jointVisits: f.jointVisits,
      visitsAvoided: f.visitsAvoided,
      evaluations: f.evaluations,
      satisfied: f.satisfied,
      overFrequencyWarnings: f.overFrequencyWarnings,
      revoked: f.codesByStatus.revoked,
      lateResults: f.lateResults,
    });
    const [was, is] = [counts(before), counts(after)];
    const added = Object.fromEntries(Object.entries(is).map(([k, v]) => [k, v - was[k as keyof typeof was]]));
    expect(added).toEqual({ total: 4, jointVisits: 1, visitsAvoided: 1, evaluations: 1, satisfied: 1, overFrequencyWarnings: 1, revoked: 1, lateResults: 1 });
    expect(after.satisfactionRate).toBe(after.satisfied / after.evaluations);
    // The ecology officer's scope holds only visits its department takes part in: of these four, the joint one.
    const ecoAfter = await figures('officer3');
    expect(ecoAfter.total - ecoBefore.total).toBe(1);
    expect(ecoAfter.total).toBeLessThan(after.total);
  });
});

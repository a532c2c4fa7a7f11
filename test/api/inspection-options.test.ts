import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../support/app.js';
import { anyEnterprise, departmentByCode, makeItem, officerIdOf } from '../support/fixtures.js';

describe('SM2-signed codes (CODE_SIGNATURE=sm2) and the annual cap', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp({ enterpriseCount: 12, config: { codeAlgorithm: 'sm2' } });
  });
  afterAll(async () => t?.close());

  const window = (days: number) => {
    const start = new Date(t.clock.now.getTime() + days * 86_400_000 - 600_000);
    return { start: start.toISOString(), end: new Date(start.getTime() + 4 * 3_600_000).toISOString() };
  };

  it('issues SM2-signed codes that verify, and reports the algorithm with the public key', async () => {
    const cookie = await t.login('officer1');
    const item = await makeItem(t, 'WH-SCJG');
    const e = await anyEnterprise(t, 0);
    const res = await t.app.inject({ method: 'POST', url: '/api/inspections', headers: { cookie }, payload: { enterpriseUscc: e.uscc, kind: 'planned', itemIds: [item], officerIds: [await officerIdOf(t, 'officer1'), await officerIdOf(t, 'officer2')], window: window(0) } });
    expect(res.statusCode).toBe(201);
    const scan = (await t.app.inject({ url: `/api/codes/${res.json().code}` })).json();
    expect(scan.status).toBe('valid');
    const keys = (await t.app.inject({ url: '/api/codes/keys' })).json().keys;
    expect(keys.find((k: { active: boolean }) => k.active).algorithm).toBe('sm2');
    const altered = res.json().code.replace(/.$/, (c: string) => (c === 'A' ? 'B' : 'A'));
    expect((await t.app.inject({ url: `/api/codes/${altered}` })).json().status).toBe('invalid');
  });

  it('caps planned inspections per enterprise per year when the department sets a cap; triggered ones are exempt', async () => {
    const market = await departmentByCode(t, 'WH-SCJG');
    const eco = await departmentByCode(t, 'WH-STHJ');
    const admin = await t.login('market_admin');
    expect((await t.app.inject({ method: 'PUT', url: `/api/inspections/annual-caps/${eco.id}`, headers: { cookie: admin }, payload: { annualCap: 1 } })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'PUT', url: `/api/inspections/annual-caps/${market.id}`, headers: { cookie: admin }, payload: { annualCap: 1 } })).statusCode).toBe(200);
    const sysAdmin = await t.login('admin');
    expect((await t.app.inject({ method: 'PUT', url: '/api/inspections/annual-caps/00000000-0000-7000-8000-000000000000', headers: { cookie: sysAdmin }, payload: { annualCap: 1 } })).statusCode).toBe(404);
    const cookie = await t.login('officer1');
    const item = await makeItem(t, 'WH-SCJG');
    const e = await anyEnterprise(t, 1);
    const officers = [await officerIdOf(t, 'officer1'), await officerIdOf(t, 'officer2')];
    const apply = (kind: string, days: number) =>
      t.app.inject({ method: 'POST', url: '/api/inspections', headers: { cookie }, payload: { enterpriseUscc: e.uscc, kind, trigger: kind === 'triggered' ? 'complaint' : undefined, itemIds: [item], officerIds: officers, window: window(days) } });
    expect((await apply('planned', 0)).statusCode).toBe(201);
    const second = await apply('planned', 8);
    expect(second.statusCode).toBe(409);
    expect(second.json().code).toBe('annual-cap-reached');
    expect((await apply('triggered', 9)).statusCode).toBe(201);
  });

  it('back-fills an emergency code within 10 days, flagged for supervision; not later, not for other kinds', async () => {
    const cookie = await t.login('officer1');
    const item = await makeItem(t, 'WH-SCJG');
    const e = await anyEnterprise(t, 2);
    const officers = [await officerIdOf(t, 'officer1'), await officerIdOf(t, 'officer2')];
    const body = (days: number, trigger: string) => ({ enterpriseUscc: e.uscc, kind: 'triggered', trigger, backfill: true, itemIds: [item], officerIds: officers, window: window(-days) });
    const ok = await t.app.inject({ method: 'POST', url: '/api/inspections', headers: { cookie }, payload: body(3, 'emergency') });
    expect(ok.statusCode).toBe(201);
    const sup = await t.login('supervisor');
    const kinds = (await t.app.inject({ url: `/api/supervision/alerts?enterpriseUscc=${e.uscc}`, headers: { cookie: sup } })).json().items.map((x: { kind: string }) => x.kind);
    expect(kinds).toContain('backfilled-code');
    expect((await t.app.inject({ method: 'POST', url: '/api/inspections', headers: { cookie }, payload: body(11, 'emergency') })).json().code).toBe('backfill-not-allowed');
    expect((await t.app.inject({ method: 'POST', url: '/api/inspections', headers: { cookie }, payload: body(3, 'complaint') })).json().code).toBe('backfill-not-allowed');
    // Without back-fill, a window in the past is refused.
    const past = await t.app.inject({ method: 'POST', url: '/api/inspections', headers: { cookie }, payload: { ...body(3, 'complaint'), backfill: false } });
    expect(past.json().code).toBe('bad-window');
  });

  it('a joint scenario lets one application cover items of several departments, with officers of each', async () => {
    const { jointScenarios, jointScenarioItems } = await import('../../src/catalog/schema.js');
    const { newId } = await import('../../src/platform/db/ids.js');
    const a = await makeItem(t, 'WH-SCJG');
    const b = await makeItem(t, 'WH-STHJ');
    const scenarioId = newId();
    await t.database.db.insert(jointScenarios).values({ id: scenarioId, code: `S-${scenarioId.slice(-6)}`, name: '餐饮联查', industry: 'restaurant' });
    await t.database.db.insert(jointScenarioItems).values([{ scenarioId, itemId: a }, { scenarioId, itemId: b }]);
    const cookie = await t.login('officer1');
    const e = await anyEnterprise(t, 3);
    const base = { enterpriseUscc: e.uscc, kind: 'planned', itemIds: [a, b], window: window(1) };
    const withoutScenario = await t.app.inject({ method: 'POST', url: '/api/inspections', headers: { cookie }, payload: { ...base, officerIds: [await officerIdOf(t, 'officer1'), await officerIdOf(t, 'officer2')] } });
    expect(withoutScenario.json().code).toBe('item-other-department');
    const onlyMarket = await t.app.inject({ method: 'POST', url: '/api/inspections', headers: { cookie }, payload: { ...base, scenarioId, officerIds: [await officerIdOf(t, 'officer1'), await officerIdOf(t, 'officer2')] } });
    expect(onlyMarket.json().code).toBe('too-few-officers');
    const all = [await officerIdOf(t, 'officer1'), await officerIdOf(t, 'officer2'), await officerIdOf(t, 'officer3')];
    const ok = await t.app.inject({ method: 'POST', url: '/api/inspections', headers: { cookie }, payload: { ...base, scenarioId, officerIds: all } });
    expect(ok.statusCode).toBe(201);
    const scan = (await t.app.inject({ url: `/api/codes/${ok.json().code}` })).json();
    expect(scan.departments).toHaveLength(2);
  });
});

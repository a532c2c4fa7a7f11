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
});

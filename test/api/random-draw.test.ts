import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../support/app.js';

let t: TestApp;
beforeAll(async () => {
  t = await testApp({ enterpriseCount: 60 });
});
afterAll(async () => t?.close());

describe('双随机 random draws', () => {
  it('draws a recorded, reproducible sample with officer pairs of the department', async () => {
    const cookie = await t.login('market_admin');
    const body = { filter: { divisionCode: '340200' }, ratio: 0.1, seed: '2026年第四季度双随机' };
    const a = await t.app.inject({ method: 'POST', url: '/api/inspections/random-draws', headers: { cookie }, payload: body });
    expect(a.statusCode).toBe(201);
    const first = a.json();
    expect(first.population).toBe(60);
    expect(first.drawn).toHaveLength(6);
    for (const d of first.drawn) expect(d.officers).toHaveLength(2);
    const b = (await t.app.inject({ method: 'POST', url: '/api/inspections/random-draws', headers: { cookie }, payload: body })).json();
    expect(b.drawn.map((d: { enterprise: { id: string } }) => d.enterprise.id)).toEqual(first.drawn.map((d: { enterprise: { id: string } }) => d.enterprise.id));
    expect(b.filter.populationHash).toBe(first.filter.populationHash);
    // Another department cannot open it; an enterprise cannot draw.
    const eco = await t.login('ecology_admin');
    expect((await t.app.inject({ url: `/api/inspections/random-draws/${first.id}`, headers: { cookie: eco } })).statusCode).toBe(404);
    const firm = await t.login('enterprise1');
    expect((await t.app.inject({ method: 'POST', url: '/api/inspections/random-draws', headers: { cookie: firm }, payload: body })).statusCode).toBe(403);
  });

  it('needs a ratio or a count, not both', async () => {
    const cookie = await t.login('market_admin');
    const r = await t.app.inject({ method: 'POST', url: '/api/inspections/random-draws', headers: { cookie }, payload: { ratio: 0.1, count: 3 } });
    expect(r.statusCode).toBe(422);
    expect(r.json().code).toBe('validation-failed');
  });
});

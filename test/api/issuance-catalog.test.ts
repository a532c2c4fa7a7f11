/**
 * Issue 17 — the issuance reads items, scenarios, officers and the annual cap from memory
 * (src/inspections/issuance-catalog.ts) once an issuance has read them; an administrator's change through the
 * server is obeyed by the very next issuance (the change is announced and the memory forgets).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../support/app.js';
import { anyEnterprise, applyForCode, departmentByCode, makeItem, officerIdOf } from '../support/fixtures.js';
import { win } from '../support/time.js';

let t: TestApp;
beforeAll(async () => {
  t = await testApp({ enterpriseCount: 12 });
});
afterAll(async () => t?.close());

/** Applies as officer1 for a planned code on the `n`th enterprise, `days` from now; the answer. */
async function apply(n: number, body: { itemIds: string[]; officerIds: string[]; days?: number; scenarioId?: string }) {
  const e = await anyEnterprise(t, n);
  const cookie = await t.login('officer1');
  return applyForCode(t, cookie, { enterpriseUscc: e.uscc, kind: 'planned', itemIds: body.itemIds, officerIds: body.officerIds, scenarioId: body.scenarioId, window: win(t, body.days ?? 1) });
}

/** The catalog's hit count moved by one over `request` (it was answered from memory). */
async function fromMemory<T>(request: () => Promise<T>): Promise<T> {
  const before = t.deps.issuanceCatalog.hits;
  const out = await request();
  expect(t.deps.issuanceCatalog.hits - before).toBe(1);
  return out;
}

/**
 * A new market item with officer1 and officer2, issued for the `n`th enterprise and then the next one, the second
 * answered from memory.
 */
async function remembered(n: number) {
  const item = await makeItem(t, 'WH-SCJG');
  const officerIds = [await officerIdOf(t, 'officer1'), await officerIdOf(t, 'officer2')];
  expect((await apply(n, { itemIds: [item], officerIds })).statusCode).toBe(201);
  expect((await fromMemory(() => apply(n + 1, { itemIds: [item], officerIds }))).statusCode).toBe(201);
  return { item, officerIds };
}

describe('the issuance catalog in memory', () => {
  it('an officer whose certificate is suspended is refused at the next issuance; restored, accepted again', async () => {
    const { item, officerIds } = await remembered(0);

    const admin = await t.login('admin');
    const patch = (status: string) => t.app.inject({ method: 'PATCH', url: `/api/officers/${officerIds[1]}`, headers: { cookie: admin }, payload: { status } });
    expect((await patch('suspended')).statusCode).toBe(200);
    const refused = await apply(2, { itemIds: [item], officerIds });
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({ code: 'officer-not-eligible', officerId: officerIds[1] });
    expect((await patch('active')).statusCode).toBe(200);
    expect((await apply(2, { itemIds: [item], officerIds })).statusCode).toBe(201);
  });

  it('an item withdrawn from publication is refused at the next issuance', async () => {
    const { item, officerIds } = await remembered(3);

    const admin = await t.login('admin');
    expect((await t.app.inject({ method: 'POST', url: `/api/catalog/items/${item}/unpublish`, headers: { cookie: admin } })).statusCode).toBe(200);
    const refused = await apply(5, { itemIds: [item], officerIds });
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({ code: 'item-unpublished', itemId: item });
  });

  it('an annual cap set after issuances read "no cap" holds at the next issuance', async () => {
    const { item, officerIds } = await remembered(6);

    const market = await departmentByCode(t, 'WH-SCJG');
    const admin = await t.login('admin');
    const cap = (annualCap: number | null) => t.app.inject({ method: 'PUT', url: `/api/inspections/annual-caps/${market.id}`, headers: { cookie: admin }, payload: { annualCap } });
    expect((await cap(1)).statusCode).toBe(200);
    try {
      // Enterprise 6 has its planned visit of the year; a second one, past A3's reach, meets the cap.
      const second = await apply(6, { itemIds: [item], officerIds, days: 9 });
      expect(second.statusCode).toBe(409);
      expect(second.json().code).toBe('annual-cap-reached');
      // Read from memory once more (the cap is remembered too) and still refused.
      expect((await fromMemory(() => apply(7, { itemIds: [item], officerIds, days: 9 }))).json().code).toBe('annual-cap-reached');
    } finally {
      expect((await cap(null)).statusCode).toBe(200);
    }
    expect((await apply(7, { itemIds: [item], officerIds, days: 9 })).statusCode).toBe(201);
  });
});

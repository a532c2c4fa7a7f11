/**
 * A scan answered from memory (issue 17): the same code scanned again is one answer built once, byte for byte the
 * same; what depends on the clock — the code's status and the officers' certificate states — is built anew when
 * the time moves, though the visit itself is still read from memory.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { testApp, type TestApp } from '../support/app.js';
import { anyEnterprise, twoDepartmentTeams, applyForCode } from '../support/fixtures.js';
import { chinaDayOf } from '../../src/platform/time/china.js';

const DAY = 86_400_000;
let t: TestApp;
beforeAll(async () => {
  t = await testApp({ enterpriseCount: 5 });
});
afterAll(async () => t?.close());

const scan = (code: string) => t.app.inject({ url: `/api/codes/${encodeURIComponent(code)}` });

it('answers a code again from memory, and anew when its status or a certificate state changes with the day', async () => {
  const { market, marketItem, o1, o2 } = await twoDepartmentTeams(t);
  // o1's certificate ends 40 China days from now: valid today, expiring (within 30 days) from day 11 on.
  const now = t.clock.now.getTime();
  await t.database.query(`UPDATE officer SET certificate_valid_until = $1 WHERE id = $2`, [chinaDayOf(now + 40 * DAY), o1]);
  const e = await anyEnterprise(t, 0);
  const start = new Date(now + 20 * DAY);
  const window = { start: start.toISOString(), end: new Date(start.getTime() + 4 * 3_600_000).toISOString() };
  const issued = await applyForCode(t, market, { enterpriseUscc: e.uscc, kind: 'planned', itemIds: [marketItem], officerIds: [o1, o2], window });
  expect(issued.statusCode).toBe(201);
  const { code } = issued.json();

  const first = await scan(code);
  const again = await scan(code);
  expect(first.headers['x-cache']).toBe('miss');
  expect(again.headers['x-cache']).toBe('hit');
  expect(again.headers['content-type']).toBe('application/json; charset=utf-8');
  expect(again.body).toBe(first.body);
  const stateOf = (body: string) => (JSON.parse(body) as { officers: { id: string; certificateState: string }[] }).officers.find((o) => o.id === o1)!.certificateState;
  expect(JSON.parse(first.body).status).toBe('not-yet-valid');
  expect(stateOf(first.body)).toBe('valid');

  // Eleven days on: the visit is still in memory, the certificate is now expiring.
  t.clock.advance(11 * DAY);
  const later = await scan(code);
  expect(later.headers['x-cache']).toBe('hit');
  expect(JSON.parse(later.body).status).toBe('not-yet-valid');
  expect(stateOf(later.body)).toBe('expiring');

  // Within the window: valid, still from memory.
  t.clock.set(new Date(start.getTime() + 3_600_000));
  const during = await scan(code);
  expect(during.headers['x-cache']).toBe('hit');
  expect(JSON.parse(during.body).status).toBe('valid');
  t.clock.set(new Date(now));
  expect(JSON.parse((await scan(code)).body)).toEqual(JSON.parse(first.body));
});

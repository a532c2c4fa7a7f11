import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../support/app.js';
import { onPostgres } from '../support/database.js';
import { anyEnterprise, makeItem, makeOfficers } from '../support/fixtures.js';

// PGlite has a single connection, so only a real PostgreSQL server can show the A3 invariant under contention.
describe.runIf(onPostgres())('A3 under concurrency (PostgreSQL)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp({ enterpriseCount: 10 });
  });
  afterAll(async () => t?.close());

  it('100 simultaneous planned requests for one enterprise from different officers yield exactly one code', async () => {
    const e = await anyEnterprise(t, 0);
    const items = { 'WH-SCJG': await makeItem(t, 'WH-SCJG'), 'WH-STHJ': await makeItem(t, 'WH-STHJ') };
    const market = await makeOfficers(t, 'WH-SCJG', 100);
    const ecology = await makeOfficers(t, 'WH-STHJ', 100);
    const start = new Date(t.clock.now.getTime() + 86_400_000);
    const window = { start: start.toISOString(), end: new Date(start.getTime() + 4 * 3_600_000).toISOString() };
    const requests = Array.from({ length: 100 }, (_, k) => {
      const pool = k % 2 ? ecology : market;
      const dept = k % 2 ? 'WH-STHJ' : 'WH-SCJG';
      const a = pool[k]!;
      const b = pool[(k + 1) % 100]!;
      return t.app.inject({
        method: 'POST',
        url: '/api/inspections',
        headers: { cookie: a.cookie },
        payload: { enterpriseUscc: e.uscc, kind: 'planned', itemIds: [items[dept]], officerIds: [a.officerId, b.officerId], window },
      });
    });
    const responses = await Promise.all(requests);
    const statuses = responses.map((r) => r.statusCode);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(99);
    const winner = responses.find((r) => r.statusCode === 201)!.json();
    for (const r of responses.filter((x) => x.statusCode === 409)) expect(r.json().existingCode).toBe(winner.code);
    const [{ n }] = (await t.database.query<{ n: number }>('SELECT count(*)::int AS n FROM inspection WHERE enterprise_id = $1', [e.id])) as [{ n: number }];
    expect(n).toBe(1);
  });
});

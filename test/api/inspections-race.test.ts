import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { win } from '../support/time.js';
import { testApp, type TestApp } from '../support/app.js';
import { onPostgres } from '../support/database.js';
import { catchUpFigures, rebuildFigures } from '../support/figures.js';
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
    const window = win(t, 1, 4, 0);
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
    // Planned codes only: the file's other test, in any order before this one, issues triggered codes for the same enterprises.
    const [{ n }] = (await t.database.query<{ n: number }>("SELECT count(*)::int AS n FROM inspection WHERE enterprise_id = $1 AND kind = 'planned'", [e.id])) as [{ n: number }];
    expect(n).toBe(1);
  });

  it('concurrent issuance, revocation and signals keep the dashboard aggregates exact and never deadlock', async () => {
    const items = { 'WH-SCJG': await makeItem(t, 'WH-SCJG'), 'WH-STHJ': await makeItem(t, 'WH-STHJ') };
    const pools = { 'WH-SCJG': await makeOfficers(t, 'WH-SCJG', 20), 'WH-STHJ': await makeOfficers(t, 'WH-STHJ', 20) };
    const firms = await Promise.all(Array.from({ length: 10 }, (_, k) => anyEnterprise(t, k)));
    const day = 86_400_000;
    // 120 triggered visits for 10 enterprises from 2 departments on the same few days: the same day rows, heat
    // rows and signal rows written from many transactions at once (A9 signals are raised along the way).
    const issue = (k: number) => {
      const dept = k % 2 ? 'WH-STHJ' : 'WH-SCJG';
      const pool = pools[dept];
      const a = pool[k % 20]!;
      const b = pool[(k + 1) % 20]!;
      const start = new Date(t.clock.now.getTime() + (1 + (k % 3)) * day + (k % 7) * 3_600_000);
      return t.app.inject({
        method: 'POST',
        url: '/api/inspections',
        headers: { cookie: a.cookie },
        payload: {
          enterpriseUscc: firms[k % 10]!.uscc,
          kind: 'triggered',
          trigger: 'complaint',
          itemIds: [items[dept]],
          officerIds: [a.officerId, b.officerId],
          window: { start: start.toISOString(), end: new Date(start.getTime() + 2 * 3_600_000).toISOString() },
        },
      });
    };
    const first = await Promise.all(Array.from({ length: 60 }, (_, k) => issue(k)));
    expect(first.map((r) => r.statusCode).filter((s) => s !== 201)).toEqual([]);
    const revokes = first.slice(0, 20).map((r, k) =>
      t.app.inject({ method: 'POST', url: `/api/inspections/${r.json().id}/revoke`, headers: { cookie: pools[k % 2 ? 'WH-STHJ' : 'WH-SCJG'][k % 20]!.cookie }, payload: { reason: '并发撤销' } }),
    );
    const more = await Promise.all([...revokes, ...Array.from({ length: 60 }, (_, k) => issue(60 + k))]);
    expect(more.map((r) => r.statusCode).filter((s) => s !== 201 && s !== 204)).toEqual([]);

    const tables = ['inspection_day_figures', 'inspection_enterprise_figures', 'inspection_heat_figures', 'signal_day_figures'];
    const snapshot = async () =>
      Promise.all(tables.map((tb) => t.database.query(`SELECT * FROM ${tb} WHERE ${tb === 'signal_day_figures' ? 'n <> 0' : tb === 'inspection_heat_figures' ? 'enterprises <> 0' : tb === 'inspection_enterprise_figures' ? 'n <> 0' : 'total <> 0'}`).then((r) => r.map((x) => JSON.stringify(x)).sort())));
    await catchUpFigures(t);
    const kept = await snapshot();
    await rebuildFigures(t);
    expect(kept).toEqual(await snapshot());
    const [{ n }] = (await t.database.query<{ n: number }>("SELECT count(*)::int AS n FROM supervision_signal WHERE kind IN ('frequency-7d', 'frequency-30d')")) as [{ n: number }];
    expect(n).toBeGreaterThan(0);
  });
});

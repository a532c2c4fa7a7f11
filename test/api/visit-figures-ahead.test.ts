/**
 * Issue 11, defect 3 (leftover): one definition of a visit — a code not revoked whose window has started. The
 * dashboard's per-enterprise figures (repeat-inspection heat, enterprises per department, top enterprises) come
 * from aggregates that count a code from its issue; codes issued for coming visits are no visits yet, in the
 * whole history and in a range that reaches past now.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../support/app.js';
import { anyEnterprise, departmentByCode } from '../support/fixtures.js';
import { catchUpFigures, countInsertedVisits, figureSums, liveFigureSums } from '../support/figures.js';
import { newId } from '../../src/platform/db/ids.js';
import { inspections } from '../../src/inspections/schema.js';
import { DAY } from '../support/time.js';

const NOW = '2026-11-27T02:00:00Z';
let t: TestApp;
let sup: string;
let market: string, ecology: string;
let w: { id: string; name: string }, v: { id: string; name: string };

/** The demo city at NOW, with W's visit of yesterday and codes ahead for W and V (this file's history). */
async function cityWithCodesAhead() {
  t = await testApp({ now: NOW });
  sup = await t.login('supervisor');
  market = (await departmentByCode(t, 'WH-SCJG')).id;
  ecology = (await departmentByCode(t, 'WH-STHJ')).id;
  w = await anyEnterprise(t, 33);
  v = await anyEnterprise(t, 34);
  const code = (enterpriseId: string, dept: string, fromNowDays: number) => {
    const start = new Date(Date.parse(NOW) + fromNowDays * DAY);
    return {
      id: newId(),
      enterpriseId,
      kind: 'triggered' as const,
      trigger: 'complaint' as const,
      leadDepartmentId: dept,
      departmentIds: [dept],
      itemIds: [],
      officerIds: [],
      windowStart: start,
      windowEnd: new Date(start.getTime() + 4 * 3_600_000),
      code: `TEST-${newId()}`,
      appliedBy: newId(),
      approvedBy: newId(),
      resultDueAt: new Date(start.getTime() + 3 * DAY),
      ruleSetId: 'part-a',
      ruleSetVersion: 1,
      createdAt: new Date(Date.parse(NOW) - DAY),
    };
  };
  // W: one visit made yesterday and three codes issued for the coming days; V: only a coming code.
  const visits = [code(w.id, market, -1), code(w.id, market, 2), code(w.id, market, 5), code(w.id, market, 9), code(v.id, ecology, 3)];
  await t.database.db.insert(inspections).values(visits);
  await countInsertedVisits(t, visits);
}
beforeAll(cityWithCodesAhead);
afterAll(async () => t?.close());

const figures = async (q = '') => {
  const r = await t.app.inject({ url: `/api/supervision/figures?top=50${q}`, headers: { cookie: sup } });
  expect(r.statusCode, r.body).toBe(200);
  return r.json().inspections;
};

type Top = { enterpriseId: string; inspections: number };
type Dept = { departmentId: string; enterprises: number; inspections: number };

describe('per-enterprise figures count visits, not codes issued ahead (defect 3)', () => {
  for (const [label, q] of [
    ['the whole history (aggregates)', ''],
    ['a range reaching past now (live)', `&from=${encodeURIComponent('2026-11-01T00:00:00+08:00')}&to=${encodeURIComponent('2026-12-31T00:00:00+08:00')}`],
  ] as const) {
    it(label, async () => {
      const f = await figures(q);
      const top: Top[] = f.topEnterprises;
      // W was visited once; V not at all.
      expect(top.find((x) => x.enterpriseId === w.id)?.inspections).toBe(1);
      expect(top.some((x) => x.enterpriseId === v.id)).toBe(false);
      // No enterprise has more than the one demo visit of today and W's: nobody reaches 2 or more visits.
      expect(f.perEnterprise).toMatchObject({ '2': 0, '3': 0, '4+': 0 });
      const buckets = f.perEnterprise as Record<string, number>;
      expect(f.enterprisesInspected).toBe(Object.values(buckets).reduce((a, b) => a + b, 0));
      // Ecology visited no enterprise of these (V's code lies ahead): it counts only the demo visit's enterprise.
      const depts: Dept[] = f.perDepartment;
      const eco = depts.find((d) => d.departmentId === ecology);
      expect(eco?.enterprises ?? 0).toBe(eco?.inspections ?? 0);
      const mkt = depts.find((d) => d.departmentId === market)!;
      expect(mkt.enterprises).toBe(mkt.inspections);
    });
  }

  it('a code enters the whole-history figures when its window starts (the rollup holds it until then)', async () => {
    // Its own city: the clock moves on here, and the figures with it (tests run in any order).
    const shared = { t, sup, market, ecology, w, v };
    await cityWithCodesAhead();
    const [held] = await t.database.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM inspection_figure_pending WHERE enterprise_id = ANY($1::uuid[])',
      [[w.id, v.id]],
    );
    expect(held!.n).toBe(4);
    // Three days on: W's code of day 2 and V's of day 3 have started, W's of days 5 and 9 not yet.
    t.clock.advance(3 * DAY + 3_600_000);
    sup = await t.login('supervisor');
    try {
      expect(await catchUpFigures(t)).toMatchObject({ visits: 0 });
      const f = await figures();
      const top: Top[] = f.topEnterprises;
      expect(top.find((x) => x.enterpriseId === w.id)?.inspections).toBe(2);
      expect(top.find((x) => x.enterpriseId === v.id)?.inspections).toBe(1);
      const eco = (f.perDepartment as Dept[]).find((d) => d.departmentId === ecology)!;
      expect(eco.enterprises).toBeGreaterThanOrEqual(1);
      const [left] = await t.database.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM inspection_figure_pending WHERE enterprise_id = ANY($1::uuid[])',
        [[w.id, v.id]],
      );
      expect(left!.n).toBe(2);
      // The aggregates equal a live count of the visits started by the clock.
      for (const table of ['inspection_enterprise_figures', 'inspection_heat_figures'] as const) {
        expect(await figureSums(t, table), table).toEqual(await liveFigureSums(t, table));
      }
    } finally {
      await t.close();
      ({ t, sup, market, ecology, w, v } = shared);
    }
  });
});

/**
 * Every scheduled job listed by GET /api/admin/jobs answers `succeeded` when run through
 * POST /api/admin/jobs/{name}/run over data where it has work (issue 11, the public contract) — and shows it did
 * that work. A job added later must add its check to WORK below, or this test fails and says so.
 */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { testApp, type TestApp } from '../support/app.js';
import { anyEnterprise, makeItem, officerIdOf, applyForCode } from '../support/fixtures.js';
import { signals } from '../../src/supervision/schema.js';
import { DAY, win } from '../support/time.js';

/** What each job's result shows when it had work. */
const WORK: Record<string, (result: Record<string, number>) => number> = {
  'inspection-overdue-results': (r) => r.raised!,
  'supervision-deadlines': (r) => r.reminded! + r.escalated!,
  'credit-auto-repair': (r) => r.repaired! + r.expired!,
  'figures-compact': (r) => r.rows!,
  'figures-rollup': (r) => r.visits! + r.signals!,
  'licence-expiry-reminders': (r) => r.reminded!,
  'rectification-overdue': (r) => r.signalled!,
};

/**
 * Jobs whose work needs a whole flow of their part first (a check-up with a planned problem, a 协查 near its
 * deadline, a newly registered pharmacy): here they must answer `succeeded`; the named test file runs each through
 * the admin API over data where it has work and checks what it did.
 */
const WORK_SHOWN_IN: Record<string, string> = {
  'checkup-milestone-reminders': 'test/api/checkups.test.ts',
  'compliance-notices': 'test/api/drugs-service.test.ts',
  'proof-free-assist-reminders': 'test/api/proof-free.test.ts',
  housekeeping: 'test/api/housekeeping.test.ts',
};

let t: TestApp;
let admin: string;
let inspectionId: string;

beforeAll(async () => {
  t = await testApp();
  const officer = await t.login('officer1');
  const item = await makeItem(t, 'WH-SCJG');
  const e = await anyEnterprise(t, 3);
  const res = await applyForCode(t, officer, {
    enterpriseUscc: e.uscc,
    kind: 'planned',
    itemIds: [item],
    officerIds: [await officerIdOf(t, 'officer1'), await officerIdOf(t, 'officer2')],
    window: win(t, 1, 8, 0),
  });
  expect(res.statusCode, res.body).toBe(201);
  inspectionId = res.json().id;
  // Three weeks on: the visit's result is overdue, its day is old enough to compact, the demo's open
  // supervision case is past its deadline and more of the demo's minor credit records are due.
  t.clock.advance(21 * DAY);
  admin = await t.login('admin');
});
afterAll(async () => t?.close());

describe('every scheduled job', () => {
  it('runs through the admin API over data with work, answers succeeded, and did the work (the overdue-results signal once)', async () => {
    const listed = await t.app.inject({ url: '/api/admin/jobs', headers: { cookie: admin } });
    expect(listed.statusCode).toBe(200);
    const body = listed.json();
    const names: string[] = (Array.isArray(body) ? body : body.items).map((j: { name: string }) => j.name);
    expect(names.length).toBeGreaterThanOrEqual(4);
    for (const name of names) {
      const check = WORK[name];
      const elsewhere = WORK_SHOWN_IN[name];
      expect(check ?? elsewhere, `job ${name} has no work check in test/api/jobs-all.test.ts`).toBeDefined();
      if (elsewhere) expect(fs.readFileSync(elsewhere, 'utf8'), `${elsewhere} runs ${name}`).toContain(`/api/admin/jobs/${name}/run`);
      const res = await t.app.inject({ method: 'POST', url: `/api/admin/jobs/${name}/run`, headers: { cookie: admin } });
      expect(res.statusCode, res.body).toBe(200);
      const run = res.json();
      expect({ name, status: run.status, error: run.error }).toEqual({ name, status: 'succeeded', error: null });
      if (check) expect(check(run.result), `${name} had work: ${JSON.stringify(run.result)}`).toBeGreaterThan(0);
    }

    // The overdue-results job raised its signal through supervision (with its source), once. (In this test, not
    // one of its own: a run of its own would take the work the loop above must find.)
    const found = await t.database.db.select().from(signals).where(and(eq(signals.kind, 'late-result'), eq(signals.inspectionId, inspectionId)));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ source: 'code-monitoring', status: 'open' });
    const again = await t.app.inject({ method: 'POST', url: '/api/admin/jobs/inspection-overdue-results/run', headers: { cookie: admin } });
    expect(again.json()).toMatchObject({ status: 'succeeded', result: { raised: 0 } });
  });
});

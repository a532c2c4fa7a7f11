/**
 * The nightly `housekeeping` job (src/platform/housekeeping-job.ts), run through the admin API over data where it
 * has work: finished job runs older than JOB_HISTORY_DAYS go, each job keeping its latest 20; sessions that can
 * never be live again go a day after; a live session, a running job and the audit log stay.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../support/app.js';
import { DAY } from '../support/time.js';

let t: TestApp;

const runs = async (job: string) =>
  (await t.database.query<{ n: number }>(`SELECT count(*)::int AS n FROM job_run WHERE job_name = $1`, [job]))[0]!.n;
const sessionCount = async () => (await t.database.query<{ n: number }>('SELECT count(*)::int AS n FROM session'))[0]!.n;
const HOUSEKEEPING = '/api/admin/jobs/housekeeping/run';
const run = async (cookie: string, job: string) => {
  const res = await t.app.inject({ method: 'POST', url: job.startsWith('/') ? job : `/api/admin/jobs/${job}/run`, headers: { cookie } });
  expect(res.statusCode, res.body).toBe(200);
  expect(res.json().status, res.body).toBe('succeeded');
  return res.json().result as Record<string, unknown>;
};

beforeAll(async () => {
  t = await testApp({ config: { jobHistoryDays: 1 } });
});
afterAll(async () => t?.close());

describe('housekeeping', () => {
  it('removes old job runs (keeping each job’s latest 20) and dead sessions, audited; live ones stay', async () => {
    const oldAdmin = await t.login('admin');
    // 25 runs of one job and 5 of another, then three days on, 3 more of the first.
    for (let i = 0; i < 25; i++) {
      await run(oldAdmin, 'figures-rollup');
      t.clock.advance(60_000);
    }
    for (let i = 0; i < 5; i++) await run(oldAdmin, 'figures-compact');
    const signedOut = await t.login('officer1');
    expect((await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie: signedOut } })).statusCode).toBeLessThan(300);
    t.clock.advance(3 * DAY);
    const admin = await t.login('admin');
    for (let i = 0; i < 3; i++) {
      await run(admin, 'figures-rollup');
      t.clock.advance(60_000);
    }
    expect(await runs('figures-rollup')).toBe(28);
    const sessionsBefore = await sessionCount();
    expect(sessionsBefore).toBeGreaterThanOrEqual(3);

    const result = await run(admin, HOUSEKEEPING);
    // 28 runs of figures-rollup: the latest 20 stay (3 recent, 17 old), 8 go; figures-compact's 5 all stay.
    expect(await runs('figures-rollup')).toBe(20);
    expect(await runs('figures-compact')).toBe(5);
    // The idle admin session and the signed-out one went; the admin's new one is still good.
    expect(result).toMatchObject({ jobRuns: 8, sessions: sessionsBefore - 1 });
    expect(await sessionCount()).toBe(1);
    expect((await t.app.inject({ url: '/api/me', headers: { cookie: admin } })).statusCode).toBe(200);
    expect((await t.app.inject({ url: '/api/me', headers: { cookie: oldAdmin } })).statusCode).toBe(401);
    const audited = await t.database.query<{ detail: { jobRuns: number; sessions: number } }>(
      `SELECT detail FROM audit_log WHERE action = 'housekeeping.prune'`,
    );
    expect(audited).toHaveLength(1);
    expect(audited[0]!.detail).toMatchObject({ jobRuns: result.jobRuns, sessions: result.sessions });

    // Nothing left to do: a second run removes nothing and writes no audit row.
    expect(await run(admin, HOUSEKEEPING)).toMatchObject({ jobRuns: 0, sessions: 0 });
    expect(await t.database.query(`SELECT 1 FROM audit_log WHERE action = 'housekeeping.prune'`)).toHaveLength(1);
  });
});

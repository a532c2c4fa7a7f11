import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { testApp, type TestApp } from '../support/app.js';
import { markedCheckup } from '../support/checkups.js';
import { departments } from '../../src/organisation/schema.js';
import { checkupDepartmentId } from '../../src/checkups/department.js';

/**
 * E2 "they see aggregated counts only": GET /api/figures/checkups gives the supervisor and department
 * administrators five numbers about the check-ups — that move with a check-up — and never a word of one; the
 * officers, the enterprise and the check-up side's own staff keep to their own routes.
 */
const MARKER = 'CNTMARK4K8P';
const KEYS = ['firmsServed', 'problemsFound', 'fixedOnSpot', 'closed', 'open'];
let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(async () => t?.close());

const get = async (username: string, url: string) => t.app.inject({ method: 'GET', url, headers: { cookie: await t.login(username) } });

describe('GET /api/figures/checkups (counts only, for the roles that enforce)', () => {
  it('the supervisor reads numbers that move with a check-up, and no text of it', async () => {
    const before = (await get('supervisor', '/api/figures/checkups')).json();
    await markedCheckup(t, MARKER);
    const res = await get('supervisor', '/api/figures/checkups');
    expect(res.statusCode).toBe(200);
    expect(res.body).not.toContain(MARKER);
    const after = res.json();
    expect(Object.keys(after).sort()).toEqual([...KEYS].sort());
    for (const k of KEYS) expect(typeof after[k]).toBe('number');
    // The marked check-up: one planned problem (open) and one fixed on the spot.
    expect(after.problemsFound).toBe(before.problemsFound + 2);
    expect(after.fixedOnSpot).toBe(before.fixedOnSpot + 1);
    expect(after.open).toBe(before.open + 1);
    expect(after.firmsServed).toBeGreaterThanOrEqual(before.firmsServed);
    // The same five numbers as the check-up side's own figures (the administrator sees every department).
    const figures = (await get('admin', '/api/checkups/figures')).json();
    for (const k of KEYS) expect(after[k], k).toBe(figures[k]);
  });

  it('a department administrator reads its own department; the supervisor may narrow to one', async () => {
    const env = await checkupDepartmentId(t.database.db);
    const ecology = (await get('ecology_admin', '/api/figures/checkups')).json();
    const narrowed = (await get('supervisor', `/api/figures/checkups?departmentId=${env}`)).json();
    expect(ecology).toEqual(narrowed);
    expect(ecology.problemsFound).toBeGreaterThan(0);
    const [market] = await t.database.db.select({ id: departments.id }).from(departments).where(eq(departments.field, 'market')).limit(1);
    const marketAdmin = (await get('market_admin', `/api/figures/checkups?departmentId=${env}`)).json();
    // The department administrator's own department wins over the one it names.
    expect(marketAdmin).toEqual((await get('supervisor', `/api/figures/checkups?departmentId=${market!.id}`)).json());
  });

  it('officers, the enterprise and the check-up staff are refused (403); a bad department id is a 4xx', async () => {
    for (const u of ['officer1', 'enterprise1', 'expert1', 'service1']) expect((await get(u, '/api/figures/checkups')).statusCode, u).toBe(403);
    const bad = await get('supervisor', '/api/figures/checkups?departmentId=nope');
    expect(bad.statusCode).toBeGreaterThanOrEqual(400);
    expect(bad.statusCode).toBeLessThan(500);
  });
});

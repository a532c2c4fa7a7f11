import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../support/app.js';
import { departmentByCode, enterpriseOf, twoDepartmentTeams, applyForCode } from '../support/fixtures.js';
import { makeIdNumber } from '../../src/identifiers/index.js';
import { DAY, win } from '../support/time.js';

/**
 * GET /api/todos — the home page's to-do counts (issue "The product as its users meet it", item 6): each role gets
 * its own counts, computed by the parts, scoped by department and enterprise, on data where they have work.
 */
let t: TestApp;
let marketItem: string;
let o1: string, o2: string;

beforeAll(async () => {
  t = await testApp();
  ({ marketItem, o1, o2 } = await twoDepartmentTeams(t));
});
afterAll(async () => t?.close());

async function todos(username: string): Promise<Record<string, number>> {
  const r = await t.app.inject({ url: '/api/todos', headers: { cookie: await t.login(username) } });
  expect(r.statusCode).toBe(200);
  return Object.fromEntries(r.json().items.map((i: { key: string; count: number }) => [i.key, i.count]));
}

describe('to-do counts by role', () => {
  it('counts each role’s work in its own scope as the work moves', async () => {
    const ent = await enterpriseOf(t, 'enterprise1');
    const market = await t.login('officer1');
    const window = win(t, 0);
    const applied = await applyForCode(t, market, {
      enterpriseUscc: ent.uscc,
      kind: 'triggered',
      trigger: 'complaint',
      itemIds: [marketItem],
      officerIds: [o1, o2],
      window,
    });
    expect(applied.statusCode).toBe(201);
    const { id } = applied.json();

    // A visit under way: the officer has a result to record, the enterprise an arrival to confirm.
    expect(await todos('officer1')).toMatchObject({ 'results-to-record': 1, 'results-overdue': 0 });
    expect(await todos('enterprise1')).toMatchObject({ 'arrivals-to-confirm': 1, 'visits-to-evaluate': 0 });
    expect(await todos('enterprise2')).toMatchObject({ 'arrivals-to-confirm': 0 });

    // Four days on, the result is overdue: for the officer, the department administrator and the supervisor;
    // not for another department.
    t.clock.advance(4 * DAY);
    expect(await todos('officer1')).toMatchObject({ 'results-to-record': 1, 'results-overdue': 1 });
    expect(await todos('market_admin')).toMatchObject({ 'results-overdue': 1 });
    expect(await todos('supervisor')).toMatchObject({ 'results-overdue': 1 });
    expect(await todos('officer3')).toMatchObject({ 'results-to-record': 0, 'results-overdue': 0 });
    expect(await todos('ecology_admin')).toMatchObject({ 'results-overdue': 0 });

    // The supervisor opens a case for the market department: it has a case to answer; another department's count
    // (the demo's own cases) does not move.
    const ecologyCases = (await todos('ecology_admin'))['cases-to-answer'];
    const sup = await t.login('supervisor');
    const marketDept = await departmentByCode(t, 'WH-SCJG');
    const opened = await t.app.inject({
      method: 'POST',
      url: '/api/supervision/cases',
      headers: { cookie: sup },
      payload: {
        departmentId: marketDept.id,
        title: '结果逾期未上传',
        instructions: '请说明检查结果逾期未上传的原因',
        enterpriseUscc: ent.uscc,
        source: 'manual',
      },
    });
    expect(opened.statusCode).toBe(201);
    expect(await todos('market_admin')).toMatchObject({ 'cases-to-answer': 1, 'cases-overdue': 0 });
    expect(await todos('officer1')).toMatchObject({ 'cases-to-answer': 1 });
    expect((await todos('ecology_admin'))['cases-to-answer']).toBe(ecologyCases);
    expect((await todos('supervisor'))['signals-open']).toBeGreaterThan(0);

    // The result with a rectification item: the enterprise has an item to answer, a visit to rate, notices unread.
    const fresh = await t.login('officer1');
    const recorded = await t.app.inject({
      method: 'POST',
      url: `/api/inspections/${id}/result`,
      headers: { cookie: fresh },
      payload: {
        outcome: 'rectification',
        notes: '台账不全',
        rectification: [{ item: '补全进货查验台账', deadline: '2026-12-20' }],
      },
    });
    expect(recorded.statusCode).toBe(200);
    expect(await todos('officer1')).toMatchObject({ 'results-to-record': 0, 'results-overdue': 0 });
    const firmTodos = await todos('enterprise1');
    expect(firmTodos).toMatchObject({
      'arrivals-to-confirm': 0,
      'visits-to-evaluate': 1,
      'rectifications-to-answer': 1,
    });
    expect(firmTodos['unread-notifications']).toBeGreaterThan(0);
    expect(await todos('enterprise2')).toMatchObject({ 'visits-to-evaluate': 0 });

    // The enterprise answers: the officer's department has an item to verify; the other department none.
    const firm = await t.login('enterprise1');
    const [item] = (
      await t.app.inject({ url: `/api/rectifications?inspectionId=${id}`, headers: { cookie: firm } })
    ).json().items;
    await t.app.inject({
      method: 'POST',
      url: `/api/rectifications/${item.id}/progress`,
      headers: { cookie: firm },
      payload: { note: '已补全台账' },
    });
    expect(await todos('officer1')).toMatchObject({ 'rectifications-to-verify': 1 });
    expect(await todos('market_admin')).toMatchObject({ 'rectifications-to-verify': 1 });
    expect(await todos('officer3')).toMatchObject({ 'rectifications-to-verify': 0 });
    expect(await todos('enterprise1')).toMatchObject({ 'rectifications-to-answer': 0 });
  });

  it('gives the credit officer, the check-up side and the drug officer their queues from the demo data, and enterprises only their own', async () => {
    expect((await todos('credit'))['reviews-waiting']).toBeGreaterThan(0);
    expect((await todos('expert1'))['checkup-requests']).toBeGreaterThan(0);
    expect((await todos('officer5'))['rectifications-overdue']).toBeGreaterThan(0);
    expect(await todos('enterprise2')).toMatchObject({
      'rectifications-to-answer': 1,
      'rectifications-overdue': 1,
    });
    // Roles get only their own kinds: no check-up count for enforcement, no credit queue for an enterprise.
    expect(Object.keys(await todos('officer1'))).not.toContain('checkup-requests');
    expect(Object.keys(await todos('enterprise1'))).not.toContain('reviews-waiting');
    expect(Object.keys(await todos('supervisor'))).not.toContain('checkup-requests');
  });

  it('gives the department asked for an assisted verification (协查) one to answer', async () => {
    const before = (await todos('market_admin'))['assists-to-answer']!;
    const asked = await t.app.inject({
      method: 'POST',
      url: '/api/proof-free/assists',
      headers: { cookie: await t.login('clerk1') },
      payload: { applicantIdNumber: makeIdNumber('34020219880512301'), proofKind: 'market-compliance' },
    });
    expect(asked.statusCode).toBe(201);
    expect((await todos('market_admin'))['assists-to-answer']).toBe(before + 1);
    expect((await todos('officer1'))['assists-to-answer']).toBe(before + 1);
    expect(await todos('ecology_admin')).toMatchObject({ 'assists-to-answer': 0 });
  });

  it('refuses an anonymous caller', async () => {
    expect((await t.app.inject({ url: '/api/todos' })).statusCode).toBe(401);
  });
});

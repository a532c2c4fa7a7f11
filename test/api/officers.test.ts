/**
 * Officers kept in the UI (issue 16 item 5): the admin registers officers of any department, a dept_admin those
 * of its own; certificates are changed (number, fields, validity, status); bad input is a clear 4xx in the
 * caller's language and changes nothing; every change is audited.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { testApp, type TestApp } from '../support/app.js';
import { auditLog } from '../../src/platform/audit/schema.js';
import { departments, officers } from '../../src/organisation/schema.js';

let t: TestApp;
const cookies: Record<string, string> = {};
const dept: Record<string, string> = {};

beforeAll(async () => {
  t = await testApp();
  for (const u of ['admin', 'market_admin', 'ecology_admin', 'officer1']) cookies[u] = await t.login(u);
  for (const d of await t.deps.database.db.select().from(departments)) dept[d.code] = d.id;
});
afterAll(async () => t?.close());

const send = (user: string, method: 'POST' | 'PATCH' | 'GET', url: string, payload?: object, locale = 'zh-CN') =>
  t.app.inject({ method, url, payload, headers: { cookie: cookies[user]!, 'accept-language': locale } });

const officerCount = async () => (await t.deps.database.db.select({ id: officers.id }).from(officers)).length;
const auditsOf = (targetId: string) =>
  t.deps.database.db.select().from(auditLog).where(and(eq(auditLog.targetType, 'officer'), eq(auditLog.targetId, targetId)));

const certificate = (no: string) => ({
  name: '王立新',
  certificateNo: no,
  fields: ['market'],
  validFrom: '2026-01-01',
  validUntil: '2029-12-31',
});

describe('officers: register and change (department scope)', () => {
  it('a dept_admin registers an officer of its own department with a team, audited; listed with the certificate state', async () => {
    const teams = (await send('market_admin', 'GET', `/api/teams?departmentId=${dept['WH-SCJG']}`)).json().items;
    expect(teams.length).toBeGreaterThan(0);
    const res = await send('market_admin', 'POST', '/api/officers', { ...certificate('皖A-SC-9001'), teamId: teams[0].id });
    expect(res.statusCode).toBe(201);
    const created = res.json();
    expect(created).toMatchObject({
      name: '王立新',
      department: { id: dept['WH-SCJG'], name: '芜湖市市场监督管理局' },
      team: { id: teams[0].id, name: teams[0].name },
      certificateNo: '皖A-SC-9001',
      status: 'active',
      certificateState: 'valid',
    });
    const [audit] = await auditsOf(created.id);
    expect(audit).toMatchObject({ action: 'organisation.officer.create', actorName: 'market_admin', outcome: 'ok' });
    const list = (await send('officer1', 'GET', `/api/officers?departmentId=${dept['WH-SCJG']}`)).json().items;
    expect(list.map((o: { id: string }) => o.id)).toContain(created.id);
  });

  it('changes the certificate (fields, validity, status) and records before and after', async () => {
    const created = (await send('market_admin', 'POST', '/api/officers', certificate('皖A-SC-9002'))).json();
    const res = await send('market_admin', 'PATCH', `/api/officers/${created.id}`, { fields: ['market', 'drugs'], validUntil: '2027-06-30', status: 'suspended' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ fields: ['market', 'drugs'], validUntil: '2027-06-30', status: 'suspended', certificateState: 'suspended' });
    const audits = await auditsOf(created.id);
    const update = audits.find((a) => a.action === 'organisation.officer.update')!;
    expect(update.detail).toMatchObject({ changes: { status: ['active', 'suspended'], validUntil: ['2029-12-31', '2027-06-30'] } });
    // The same values again change nothing and write no audit row.
    await send('market_admin', 'PATCH', `/api/officers/${created.id}`, { status: 'suspended' });
    expect(await auditsOf(created.id)).toHaveLength(audits.length);
  });

  it('the admin names the department; a dept_admin cannot register or change another department’s officers', async () => {
    const missing = await send('admin', 'POST', '/api/officers', certificate('皖A-SC-9003'));
    expect(missing.statusCode).toBe(422);
    expect(missing.json()).toMatchObject({ code: 'officer-department-required', detail: '请指定执法人员所属部门' });
    const byAdmin = await send('admin', 'POST', '/api/officers', { ...certificate('皖A-ST-9003'), departmentId: dept['WH-STHJ'], fields: ['ecology'] });
    expect(byAdmin.statusCode).toBe(201);

    const before = await officerCount();
    const other = await send('market_admin', 'POST', '/api/officers', { ...certificate('皖A-ST-9004'), departmentId: dept['WH-STHJ'] });
    expect(other.statusCode).toBe(404);
    const patch = await send('market_admin', 'PATCH', `/api/officers/${byAdmin.json().id}`, { name: '改名' });
    expect(patch.statusCode).toBe(404);
    expect(await officerCount()).toBe(before);
    const denied = await t.deps.database.db.select().from(auditLog).where(and(eq(auditLog.actorName, 'market_admin'), eq(auditLog.outcome, 'denied')));
    expect(denied.length).toBeGreaterThanOrEqual(2);
    expect((await send('officer1', 'POST', '/api/officers', certificate('皖A-SC-9005'))).statusCode).toBe(403);
  });

  it('bad input is a clear 4xx in the caller’s language and changes nothing', async () => {
    await send('market_admin', 'POST', '/api/officers', certificate('皖A-SC-9010'));
    const before = await officerCount();
    const taken = await send('market_admin', 'POST', '/api/officers', certificate('皖A-SC-9010'));
    expect(taken.statusCode).toBe(409);
    expect(taken.json()).toMatchObject({ code: 'certificate-no-taken', detail: '执法证号 皖A-SC-9010 已被登记' });
    const order = await send('market_admin', 'POST', '/api/officers', { ...certificate('皖A-SC-9011'), validFrom: '2027-01-02', validUntil: '2027-01-01' }, 'en-US');
    expect(order.statusCode).toBe(422);
    expect(order.json().detail).toBe('The certificate’s last valid day (2027-01-01) cannot precede its first (2027-01-02)');
    const ecologyTeam = (await send('admin', 'GET', `/api/teams?departmentId=${dept['WH-STHJ']}`)).json().items[0];
    const team = await send('market_admin', 'POST', '/api/officers', { ...certificate('皖A-SC-9012'), teamId: ecologyTeam.id });
    expect(team.statusCode).toBe(422);
    expect(team.json().code).toBe('officer-team-other-department');
    const field = await send('market_admin', 'POST', '/api/officers', { ...certificate('皖A-SC-9013'), fields: ['nonsense'] });
    expect(field.statusCode).toBe(422);
    expect(field.json().errors[0].path).toBe('body.fields.0');
    const blank = await send('market_admin', 'POST', '/api/officers', { ...certificate('皖A-SC-9014'), fields: [] });
    expect(blank.statusCode).toBe(422);
    expect(await officerCount()).toBe(before);
    const empty = await send('market_admin', 'PATCH', `/api/officers/${(await t.deps.database.db.select().from(officers).where(eq(officers.certificateNo, '皖A-SC-9010')))[0]!.id}`, {});
    expect(empty.statusCode).toBe(422);
    expect(empty.json().code).toBe('officer-nothing-to-change');
    const unknown = await send('admin', 'PATCH', '/api/officers/00000000-0000-7000-8000-000000000000', { name: 'x' });
    expect(unknown.statusCode).toBe(404);
  });
});

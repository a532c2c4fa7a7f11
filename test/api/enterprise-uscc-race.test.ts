import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUscc } from '../../src/identifiers/uscc.js';
import { testApp, type TestApp } from '../support/app.js';

// The USCC registry (enterprise_uscc) holds a USCC's uniqueness; enterprise has no unique index on it (on a
// Citus cluster it cannot: enterprise is distributed by id). Registrations and imports claim the USCC there.
describe('one enterprise per USCC', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp({ enterpriseCount: 5 });
  });
  afterAll(async () => t?.close());

  const register = (uscc: string, cookie: string) =>
    t.app.inject({
      method: 'POST',
      url: '/api/enterprises',
      headers: { cookie },
      payload: { uscc, name: '芜湖同号竞争有限公司', legalRepresentative: '李四', address: '芜湖市镜湖区中山路2号', divisionCode: '340202', industry: 'factory' },
    });

  it('20 simultaneous registrations of one USCC make one enterprise; the others are 409 naming it', async () => {
    const admin = await t.login('admin');
    const uscc = makeUscc({ authority: '9', entityType: '1', division: '340202', organisationBase8: 'MA2RACE1' });
    const res = await Promise.all(Array.from({ length: 20 }, () => register(uscc, admin)));
    const created = res.filter((r) => r.statusCode === 201);
    expect(created).toHaveLength(1);
    const id = created[0]!.json().id;
    for (const r of res.filter((x) => x.statusCode !== 201)) expect(r.json()).toMatchObject({ status: 409, code: 'enterprise-exists', enterpriseId: id });
    const rows = await t.database.query<{ n: number }>('SELECT count(*)::int AS n FROM enterprise WHERE uscc = $1', [uscc]);
    expect(rows[0]!.n).toBe(1);
    expect(await t.database.query('SELECT enterprise_id FROM enterprise_uscc WHERE uscc = $1', [uscc])).toEqual([{ enterprise_id: id }]);
  });

  it('an enterprise of the demo (loaded before the registry) is known to it', async () => {
    const admin = await t.login('admin');
    const [e] = await t.database.query<{ uscc: string; id: string }>('SELECT uscc, id FROM enterprise LIMIT 1');
    const res = await register(e!.uscc, admin);
    expect(res.statusCode).toBe(409);
    expect(res.json().enterpriseId).toBe(e!.id);
  });
});

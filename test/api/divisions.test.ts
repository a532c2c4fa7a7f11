import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../support/app.js';
import { DIVISIONS, makeUscc } from '../../src/identifiers/index.js';
import { syncDivisions } from '../../src/organisation/sync-divisions.js';
import { testDatabase } from '../support/database.js';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(async () => t?.close());

describe('divisions of the whole country (GB/T 2260)', () => {
  it('a pharmacy in 合肥市蜀山区 can be registered, and the division API lists its district', async () => {
    const admin = await t.login('admin');
    const uscc = makeUscc({ authority: '9', entityType: '1', division: '340104', organisationBase8: 'MA2NHF01' });
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/enterprises',
      headers: { cookie: admin },
      payload: { uscc, name: '合肥蜀山康宁大药房有限公司', legalRepresentative: '王芳', address: '合肥市蜀山区长江西路100号', divisionCode: '340104', industry: 'pharmacy' },
    });
    expect(res.statusCode).toBe(201);
    const hefei = await t.app.inject({ url: '/api/divisions?parent=340100', headers: { cookie: admin } });
    expect(hefei.json().items.map((d: { name: string }) => d.name)).toContain('蜀山区');
    const unknown = await t.app.inject({
      method: 'POST',
      url: '/api/enterprises',
      headers: { cookie: admin },
      payload: { uscc: makeUscc({ authority: '9', entityType: '1', division: '340104', organisationBase8: 'MA2NHF02' }), name: '无效区划有限公司', legalRepresentative: '王芳', address: '某地', divisionCode: '349999', industry: 'pharmacy' },
    });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().code).toBe('unknown-division');
  });

  it('a database without the demo gets every division at start (syncDivisions), once', async () => {
    const database = await testDatabase();
    try {
      expect(await syncDivisions(database.db)).toBe(DIVISIONS.length);
      const [row] = await database.query<{ n: number }>('SELECT count(*)::int AS n FROM division');
      expect(row!.n).toBe(DIVISIONS.length);
      expect(await syncDivisions(database.db)).toBe(0);
    } finally {
      await database.close();
    }
  });
});

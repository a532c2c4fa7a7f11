/**
 * The catalog's exports (issue 16 item 5, "import/export"): items and scenarios as .xlsx with the import's
 * columns, in the caller's scope and filter, audited; a workbook exported and imported again changes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { and, eq } from 'drizzle-orm';
import { testApp, type TestApp } from '../support/app.js';
import { auditLog } from '../../src/platform/audit/schema.js';
import { departments } from '../../src/organisation/schema.js';
import { multipartFile } from '../support/multipart.js';

let t: TestApp;
const cookies: Record<string, string> = {};
const dept: Record<string, string> = {};

beforeAll(async () => {
  t = await testApp();
  for (const u of ['admin', 'supervisor', 'market_admin', 'officer1', 'enterprise1']) cookies[u] = await t.login(u);
  for (const d of await t.deps.database.db.select().from(departments)) dept[d.code] = d.id;
});
afterAll(async () => t?.close());

const get = (user: string, url: string, locale = 'zh-CN') =>
  t.app.inject({ url, headers: { cookie: cookies[user]!, 'accept-language': locale } });

function upload(user: string, url: string, filename: string, data: Buffer) {
  const { payload, headers } = multipartFile(data, filename);
  return t.app.inject({ method: 'POST', url, payload, headers: { cookie: cookies[user]!, ...headers } });
}

async function rowsOf(data: Buffer): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ArrayBuffer);
  const out: string[][] = [];
  wb.worksheets[0]!.eachRow((row) => out.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ''))));
  return out;
}

describe('catalog exports', () => {
  it('exports a department’s items with the import’s columns; re-importing it changes nothing', async () => {
    const res = await get('market_admin', `/api/catalog/items/export?departmentId=${dept['WH-SCJG']}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(String(res.headers['content-disposition'])).toContain('attachment');
    const rows = await rowsOf(res.rawPayload);
    expect(rows[0]).toEqual(['部门', '事项编码', '事项名称', '检查依据', '适用行业', '是否公布']);
    const listed = (await get('market_admin', `/api/catalog/items?departmentId=${dept['WH-SCJG']}&pageSize=200`)).json();
    expect(rows.length - 1).toBe(listed.total);
    expect(rows.slice(1).every((r) => r[0] === 'WH-SCJG')).toBe(true);
    const again = (await upload('market_admin', '/api/catalog/items/import', '检查事项.xlsx', res.rawPayload)).json();
    expect(again).toMatchObject({ imported: 0, updated: 0, unchanged: listed.total, errors: [] });
    const [audit] = await t.deps.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'catalog.item.export'), eq(auditLog.actorName, 'market_admin')));
    expect(audit!.detail).toMatchObject({ rows: listed.total });
  });

  it('exports scenarios one row per item; re-importing changes nothing; English headers for an English caller', async () => {
    const res = await get('supervisor', '/api/catalog/scenarios/export');
    expect(res.statusCode).toBe(200);
    const rows = await rowsOf(res.rawPayload);
    expect(rows[0]).toEqual(['场景编码', '场景名称', '行业', '场景说明', '部门', '事项编码', '是否公布']);
    const listed = (await get('supervisor', '/api/catalog/scenarios?pageSize=200')).json();
    expect(rows.length - 1).toBe(listed.items.reduce((n: number, s: { items: unknown[] }) => n + s.items.length, 0));
    const again = (await upload('supervisor', '/api/catalog/scenarios/import', '联查场景.xlsx', res.rawPayload)).json();
    expect(again).toMatchObject({ imported: 0, updated: 0, unchanged: listed.total, errors: [] });
    const en = await rowsOf((await get('admin', '/api/catalog/scenarios/export', 'en-US')).rawPayload);
    expect(en[0]![0]).toBe('Scenario code');
  });

  it('is refused to officers and enterprises; a bad filter is a 422 that writes no audit row', async () => {
    expect((await get('officer1', '/api/catalog/items/export')).statusCode).toBe(403);
    expect((await get('enterprise1', '/api/catalog/scenarios/export')).statusCode).toBe(403);
    const before = (await t.deps.database.db.select().from(auditLog).where(eq(auditLog.action, 'catalog.item.export'))).length;
    const bad = await get('admin', '/api/catalog/items/export?industry=nonsense');
    expect(bad.statusCode).toBe(422);
    expect(bad.json().detail).toMatch(/industry/);
    expect((await t.deps.database.db.select().from(auditLog).where(eq(auditLog.action, 'catalog.item.export'))).length).toBe(before);
  });
});

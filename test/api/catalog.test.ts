import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { and, eq } from 'drizzle-orm';
import { testApp, type TestApp } from '../support/app.js';
import { auditLog } from '../../src/platform/audit/schema.js';
import { departments } from '../../src/organisation/schema.js';
import { inspectionItems, jointScenarioItems, jointScenarios } from '../../src/catalog/schema.js';
import { DEMO_ITEMS, DEMO_SCENARIOS, demoItemsOf } from '../../src/catalog/demo-catalog.js';
import { integrationRate } from '../../src/catalog/integration-rate.js';
import { newId } from '../../src/platform/db/ids.js';
import { multipartFile } from '../support/multipart.js';

let t: TestApp;
const cookies: Record<string, string> = {};
const dept: Record<string, string> = {};

beforeAll(async () => {
  t = await testApp();
  for (const u of ['admin', 'supervisor', 'market_admin', 'ecology_admin', 'officer1', 'enterprise1']) cookies[u] = await t.login(u);
  for (const d of await t.deps.database.db.select().from(departments)) dept[d.code] = d.id;
});
afterAll(async () => t?.close());

const get = (user: string, url: string) => t.app.inject({ url, headers: { cookie: cookies[user]! } });
const send = (user: string, method: 'POST' | 'PATCH', url: string, payload?: object, locale = 'zh-CN') =>
  t.app.inject({ method, url, payload, headers: { cookie: cookies[user]!, 'accept-language': locale } });

/** A multipart/form-data body with one file in field `file`. */
function upload(user: string, url: string, filename: string, data: Buffer, locale = 'zh-CN') {
  const { payload, headers } = multipartFile(data, filename);
  return t.app.inject({ method: 'POST', url, payload, headers: { cookie: cookies[user]!, ...headers, 'accept-language': locale } });
}

const csv = (rows: string[][]) => Buffer.from(rows.map((r) => r.map((c) => `"${c.replaceAll('"', '""')}"`).join(',')).join('\r\n'), 'utf8');

async function xlsx(rows: (string | null)[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('联查场景');
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function deniedAudits() {
  return t.deps.database.db.select().from(auditLog).where(eq(auditLog.outcome, 'denied'));
}

describe('A1 catalog: listing', () => {
  it('lists a department’s items with department name, legal basis and published state', async () => {
    const res = await get('officer1', `/api/catalog/items?departmentId=${dept['WH-SCJG']}&pageSize=100`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    // Every item of the department, the demo's and any another test of this file added.
    const stored = await demoItemsOf(t.deps.database.db, 'WH-SCJG');
    expect(stored.length).toBeGreaterThanOrEqual(DEMO_ITEMS['WH-SCJG']!.length);
    expect(body.items.map((i: { code: string }) => i.code).sort()).toEqual(stored.map((i) => i.code).sort());
    for (const i of body.items) {
      expect(i.department).toMatchObject({ id: dept['WH-SCJG'], name: '芜湖市市场监督管理局' });
      expect(i.legalBasis).toMatch(/《.+》/);
      expect(typeof i.published).toBe('boolean');
    }
    expect(body.items.map((i: { code: string }) => i.code)).toContain('SCJG-001');
  });

  it('filters by published, industry and text, and pages', async () => {
    const drafts = (await get('admin', `/api/catalog/items?departmentId=${dept['WH-SCJG']}&published=false&pageSize=100`)).json();
    const draftCodes = (await demoItemsOf(t.deps.database.db, 'WH-SCJG', { published: false })).map((i) => i.code);
    expect(draftCodes).toEqual(expect.arrayContaining(['SCJG-009', 'SCJG-010']));
    expect(drafts.items.map((i: { code: string }) => i.code).sort()).toEqual(draftCodes.sort());
    const restaurant = (await get('admin', '/api/catalog/items?industry=restaurant&published=true&pageSize=200')).json();
    expect(restaurant.items.length).toBeGreaterThan(0);
    for (const i of restaurant.items) expect(i.industries.length === 0 || i.industries.includes('restaurant')).toBe(true);
    const fumes = (await get('admin', `/api/catalog/items?q=${encodeURIComponent('油烟')}`)).json();
    expect(fumes.items.map((i: { code: string }) => i.code)).toContain('STHJ-001');
    const page2 = (await get('admin', '/api/catalog/items?page=2&pageSize=5')).json();
    expect(page2).toMatchObject({ page: 2, pageSize: 5 });
    expect(page2.items).toHaveLength(5);
  });

  it('shows an enterprise only published items; refuses anonymous callers', async () => {
    const res = (await get('enterprise1', `/api/catalog/items?departmentId=${dept['WH-SCJG']}&published=false`)).json();
    expect(res.total).toBe(0);
    expect((await t.app.inject({ url: '/api/catalog/items' })).statusCode).toBe(401);
  });

  it('demoItemsOf gives a department’s demo items for other tests', async () => {
    const published = await demoItemsOf(t.deps.database.db, 'WH-XF', { published: true });
    expect(published.length).toBe(DEMO_ITEMS['WH-XF']!.filter((i) => !i.draft).length);
    expect(published.every((i) => i.published && i.publishedAt)).toBe(true);
  });
});

describe('A1 catalog: changing items (department scope)', () => {
  it('a dept_admin creates an item in its own department and publishes it, audited', async () => {
    const created = await send('market_admin', 'POST', '/api/catalog/items', {
      code: 'SCJG-101',
      name: '网络餐饮服务第三方平台食品安全管理检查',
      legalBasis: '《中华人民共和国食品安全法》第六十二条',
      industries: ['restaurant'],
    });
    expect(created.statusCode).toBe(201);
    const item = created.json();
    expect(item).toMatchObject({ departmentId: dept['WH-SCJG'], published: false, publishedAt: null });

    const published = await send('market_admin', 'POST', `/api/catalog/items/${item.id}/publish`);
    expect(published.statusCode).toBe(200);
    expect(published.json()).toMatchObject({ published: true, publishedAt: t.clock.now.toISOString() });

    const patched = await send('market_admin', 'PATCH', `/api/catalog/items/${item.id}`, { name: '网络餐饮服务食品安全检查' });
    expect(patched.json()).toMatchObject({ name: '网络餐饮服务食品安全检查', published: true });

    const unpublished = await send('market_admin', 'POST', `/api/catalog/items/${item.id}/unpublish`);
    expect(unpublished.json()).toMatchObject({ published: false, publishedAt: null });

    const actions = (
      await t.deps.database.db.select().from(auditLog).where(and(eq(auditLog.targetType, 'inspection-item'), eq(auditLog.targetId, item.id)))
    ).map((a) => a.action);
    expect(actions.sort()).toEqual(['catalog.item.create', 'catalog.item.publish', 'catalog.item.unpublish', 'catalog.item.update']);

    const again = await send('market_admin', 'POST', '/api/catalog/items', { code: 'SCJG-101', name: 'x', legalBasis: 'y' });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('item-code-exists');
  });

  it('a dept_admin cannot touch another department’s items (404, audited as denied)', async () => {
    const [fire] = await demoItemsOf(t.deps.database.db, 'WH-XF');
    const before = (await deniedAudits()).length;
    const patch = await send('market_admin', 'PATCH', `/api/catalog/items/${fire!.id}`, { name: '改名' });
    expect(patch.statusCode).toBe(404);
    expect((await send('market_admin', 'POST', `/api/catalog/items/${fire!.id}/unpublish`)).statusCode).toBe(404);
    const create = await send('market_admin', 'POST', '/api/catalog/items', {
      departmentId: dept['WH-XF'],
      code: 'XF-999',
      name: '冒名事项',
      legalBasis: '《中华人民共和国消防法》',
    });
    expect(create.statusCode).toBe(404);
    expect((await deniedAudits()).length).toBe(before + 3);
    const [still] = await t.deps.database.db.select().from(inspectionItems).where(eq(inspectionItems.id, fire!.id));
    expect(still).toMatchObject({ name: fire!.name, published: fire!.published });
  });

  it('an officer or an enterprise cannot change the catalog (403); an admin must name the department', async () => {
    const body = { code: 'SCJG-102', name: '检查', legalBasis: '《中华人民共和国食品安全法》' };
    expect((await send('officer1', 'POST', '/api/catalog/items', body)).statusCode).toBe(403);
    expect((await send('enterprise1', 'POST', '/api/catalog/items', body)).statusCode).toBe(403);
    const noDept = await send('admin', 'POST', '/api/catalog/items', body, 'en-US');
    expect(noDept.statusCode).toBe(422);
    expect(noDept.json()).toMatchObject({ code: 'department-required', detail: 'Name the department the inspection item belongs to' });
    const bad = await send('admin', 'POST', '/api/catalog/items', { ...body, departmentId: dept['WH-SCJG'], industries: ['mining'] });
    expect(bad.statusCode).toBe(422);
  });
});

describe('A1 catalog: import', () => {
  const header = ['部门', '事项编码', '事项名称', '检查依据', '适用行业', '是否公布'];

  it('imports the valid rows, reports each bad row with its number and reason, and is idempotent', async () => {
    const file = csv([
      header,
      ['', 'SCJG-201', '食用农产品集中交易市场开办者检查', '《食用农产品市场销售质量安全监督管理办法》', '商超零售', '是'],
      ['市场监管', 'SCJG-202', '食品小作坊生产加工检查', '《安徽省食品安全条例》', '食品生产', '否'],
      ['WH-SCJG', 'SCJG-203', '', '《中华人民共和国食品安全法》', '', ''],
      ['WH-SCJG', 'SCJG-204', '检查', '《中华人民共和国食品安全法》', '火星采矿', ''],
      ['消防救援', 'XF-201', '越权事项', '《中华人民共和国消防法》', '', ''],
      ['WH-SCJG', 'SCJG-201', '重复的编码', '《中华人民共和国食品安全法》', '', ''],
      ['WH-SCJG', 'SCJG-001', '食品经营许可及从业人员健康管理检查（修订）', '《中华人民共和国食品安全法》第三十五条、第四十五条', '餐饮服务、商超零售', '是'],
      ['税务局', 'SW-001', '无此部门', '《税收征收管理法》', '', ''],
    ]);
    const res = await upload('market_admin', '/api/catalog/items/import', '检查事项.csv', file);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ imported: 2, updated: 1, unchanged: 0 });
    expect(body.errors.map((e: { row: number; code: string }) => [e.row, e.code])).toEqual([
      [4, 'row-required'],
      [5, 'row-unknown-industry'],
      [6, 'row-other-department'],
      [7, 'row-duplicate-item'],
      [9, 'row-unknown-department'],
    ]);
    expect(body.errors[0].message).toBe('未填写事项名称');
    expect(body.errors[3].message).toContain('第 2 行');

    const items = await demoItemsOf(t.deps.database.db, 'WH-SCJG');
    const byCode = new Map(items.map((i) => [i.code, i]));
    expect(byCode.get('SCJG-201')).toMatchObject({ published: true, industries: ['supermarket'] });
    expect(byCode.get('SCJG-202')).toMatchObject({ published: false, industries: ['food-production'] });
    expect(byCode.get('SCJG-001')!.name).toContain('（修订）');
    expect(byCode.has('SCJG-204')).toBe(false);
    expect(await demoItemsOf(t.deps.database.db, 'WH-XF')).not.toContainEqual(expect.objectContaining({ code: 'XF-201' }));

    const again = (await upload('market_admin', '/api/catalog/items/import', '检查事项.csv', file, 'en-US')).json();
    expect(again).toMatchObject({ imported: 0, updated: 0, unchanged: 3 });
    expect(again.errors[0].message).toBe('Item name is required');
    const audits = await t.deps.database.db.select().from(auditLog).where(eq(auditLog.action, 'catalog.item.import'));
    expect(audits).toHaveLength(2);
    expect(audits[0]!.detail).toMatchObject({ imported: 2, updated: 1, otherDepartmentRows: [6] });
  });

  it('refuses an unreadable file, a file without required columns and an officer', async () => {
    const junk = await upload('admin', '/api/catalog/items/import', 'a.pdf', Buffer.from('%PDF-1.4\u0000'));
    expect(junk.json().code).toBe('import-unreadable');
    const noColumns = await upload('admin', '/api/catalog/items/import', 'a.csv', csv([['部门', '名称'], ['WH-SCJG', 'x']]));
    expect(noColumns.statusCode).toBe(422);
    expect(noColumns.json()).toMatchObject({ code: 'import-missing-column' });
    expect(noColumns.json().detail).toContain('事项编码');
    expect((await upload('officer1', '/api/catalog/items/import', 'a.csv', csv([header]))).statusCode).toBe(403);
  });

  it('imports scenarios from .xlsx, each all-or-nothing, idempotent by scenario code', async () => {
    const file = await xlsx([
      ['场景编码', '场景名称', '行业', '场景说明', '部门', '事项编码'],
      ['LC-CS-001', '商超综合查一次', '商超零售', '市场监管、消防、卫生健康', 'WH-SCJG', 'SCJG-001'],
      [null, null, null, null, 'WH-XF', 'XF-002'],
      [null, null, null, null, '卫生健康', 'WJ-003'],
      ['LC-BAD-001', '错误场景', '餐饮服务', null, 'WH-SCJG', 'SCJG-002'],
      ['LC-BAD-001', null, null, null, 'WH-XF', 'XF-404'],
      ['LC-ONE-001', '单部门场景', '餐饮服务', null, 'WH-SCJG', 'SCJG-002'],
      ['LC-ONE-001', null, null, null, 'WH-SCJG', 'SCJG-007'],
    ]);
    const res = await upload('supervisor', '/api/catalog/scenarios/import', '联查场景.xlsx', file);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ imported: 1, updated: 0, unchanged: 0 });
    expect(body.skipped).toEqual([
      { code: 'LC-BAD-001', rows: [5, 6] },
      { code: 'LC-ONE-001', rows: [7, 8] },
    ]);
    expect(body.errors.map((e: { row: number; code: string }) => [e.row, e.code])).toEqual([
      [6, 'row-unknown-item'],
      [7, 'scenario-single-department'],
    ]);
    const list = (await get('admin', '/api/catalog/scenarios?industry=supermarket&q=LC-CS-001')).json();
    expect(list.items).toHaveLength(1);
    expect(list.items[0].departments.map((d: { name: string }) => d.name).sort()).toEqual(
      ['芜湖市卫生健康委员会', '芜湖市市场监督管理局', '芜湖市消防救援支队'].sort(),
    );
    const again = (await upload('supervisor', '/api/catalog/scenarios/import', '联查场景.xlsx', file)).json();
    expect(again).toMatchObject({ imported: 0, updated: 0, unchanged: 1 });
    // A dept_admin imports scenarios its department takes part in; a scenario without its items is skipped.
    const mine = (await upload('market_admin', '/api/catalog/scenarios/import', '联查场景.xlsx', file)).json();
    expect(mine).toMatchObject({ imported: 0, updated: 0, unchanged: 1 });
    const fireOnly = await xlsx([
      ['场景编码', '场景名称', '行业', '部门', '事项编码'],
      ['LC-XF-WJ-001', '消防卫健联查', '商超零售', 'WH-XF', 'XF-002'],
      [null, null, null, '卫生健康', 'WJ-003'],
    ]);
    const refused = await upload('market_admin', '/api/catalog/scenarios/import', '联查场景.xlsx', fireOnly);
    expect(refused.statusCode).toBe(200);
    expect(refused.json()).toMatchObject({ imported: 0, skipped: [{ code: 'LC-XF-WJ-001', rows: [2, 3] }] });
    expect(refused.json().errors[0]).toMatchObject({ row: 2, code: 'row-scenario-own-department' });
    expect(refused.json().errors[0].message).toContain('芜湖市市场监督管理局');
    expect((await get('admin', '/api/catalog/scenarios?q=LC-XF-WJ-001')).json().total).toBe(0);
    expect((await upload('officer1', '/api/catalog/scenarios/import', '联查场景.xlsx', file)).statusCode).toBe(403);
  });
});

describe('A1 catalog: joint scenarios', () => {
  it('lists scenarios with items of several departments', async () => {
    const res = await get('enterprise1', '/api/catalog/scenarios?industry=restaurant');
    expect(res.statusCode).toBe(200);
    const [restaurant] = res.json().items;
    expect(restaurant.code).toBe('LC-CY-001');
    expect(restaurant.departments.map((d: { name: string }) => d.name).sort()).toEqual(
      ['芜湖市市场监督管理局', '芜湖市消防救援支队', '芜湖市生态环境局'].sort(),
    );
    expect(restaurant.items.map((i: { legalBasis: string }) => i.legalBasis).join()).toContain('《中华人民共和国大气污染防治法》第八十一条');
    const all = (await get('admin', '/api/catalog/scenarios?pageSize=100')).json();
    expect(all.total).toBeGreaterThanOrEqual(DEMO_SCENARIOS.length);
  });

  it('a supervisor creates and changes a scenario; one department only is refused; a dept_admin only with its items', async () => {
    const [market] = await demoItemsOf(t.deps.database.db, 'WH-SCJG', { published: true });
    const fire = (await demoItemsOf(t.deps.database.db, 'WH-XF', { published: true })).find((i) => i.industries.length === 0)!;
    const marketAny = (await demoItemsOf(t.deps.database.db, 'WH-SCJG')).find((i) => i.code === 'SCJG-009')!;
    const body = { code: 'LC-TEST-001', name: '测试场景', industry: 'supermarket', itemIds: [market!.id, fire.id] };
    const created = await send('supervisor', 'POST', '/api/catalog/scenarios', body);
    expect(created.statusCode).toBe(201);
    expect(created.json().departments).toHaveLength(2);
    expect((await send('supervisor', 'POST', '/api/catalog/scenarios', body)).json().code).toBe('scenario-code-exists');

    const single = await send('admin', 'POST', '/api/catalog/scenarios', { ...body, code: 'LC-TEST-002', itemIds: [market!.id, marketAny.id] });
    expect(single.statusCode).toBe(422);
    expect(single.json().code).toBe('scenario-single-department');
    const wrongIndustry = await send('admin', 'POST', '/api/catalog/scenarios', { ...body, code: 'LC-TEST-003', industry: 'pharmacy' });
    expect(wrongIndustry.json().code).toBe('scenario-item-industry');

    const changed = await send('supervisor', 'PATCH', `/api/catalog/scenarios/${created.json().id}`, { name: '测试场景（改）', itemIds: [fire.id, marketAny.id] });
    expect(changed.statusCode).toBe(200);
    expect(changed.json().items.map((i: { id: string }) => i.id).sort()).toEqual([fire.id, marketAny.id].sort());
    const notOurs = await send('ecology_admin', 'POST', '/api/catalog/scenarios', { ...body, code: 'LC-TEST-004' });
    expect(notOurs.statusCode).toBe(422);
    expect(notOurs.json()).toMatchObject({ code: 'scenario-own-department-required' });
    expect(notOurs.json().detail).toContain('本部门');
    expect((await get('admin', '/api/catalog/scenarios?q=LC-TEST-004')).json().total).toBe(0);
    // The scenario holds fire and market items: the ecology admin may not change it (404, audited as denied).
    const otherPatch = await send('ecology_admin', 'PATCH', `/api/catalog/scenarios/${created.json().id}`, { name: 'x' });
    expect(otherPatch.statusCode).toBe(404);
    const ours = await send('market_admin', 'POST', '/api/catalog/scenarios', { ...body, code: 'LC-TEST-005' });
    expect(ours.statusCode).toBe(201);
    const [audit] = await t.deps.database.db.select().from(auditLog).where(and(eq(auditLog.action, 'catalog.scenario.create'), eq(auditLog.targetId, ours.json().id)));
    expect(audit).toMatchObject({ actorName: 'market_admin', outcome: 'ok' });
    // It may not take its own department's items out of the scenario.
    const health = (await demoItemsOf(t.deps.database.db, 'WH-WJ')).find((i) => i.code === 'WJ-003')!;
    const dropOwn = await send('market_admin', 'PATCH', `/api/catalog/scenarios/${ours.json().id}`, { itemIds: [fire.id, health.id] });
    expect(dropOwn.statusCode).toBe(422);
    expect(dropOwn.json().code).toBe('scenario-own-department-required');
    expect((await send('officer1', 'POST', '/api/catalog/scenarios', { ...body, code: 'LC-TEST-006' })).statusCode).toBe(403);
  });

  it('reports the integration rate and items by department', async () => {
    const res = await get('supervisor', '/api/catalog/figures');
    expect(res.statusCode).toBe(200);
    const f = res.json();
    expect(f.integration.scenarios).toBeGreaterThanOrEqual(DEMO_SCENARIOS.length);
    expect(f.integration.rate).toBeCloseTo(1 - f.integration.scenarios / f.integration.items, 4);
    const market = f.byDepartment.find((d: { code: string }) => d.code === 'WH-SCJG');
    expect(market.total).toBeGreaterThan(market.published);
    expect(f.byDepartment.find((d: { code: string }) => d.code === 'WH-SFJ')).toBeUndefined();
    expect(f.items.total).toBe(f.byDepartment.reduce((n: number, d: { total: number }) => n + d.total, 0));
  });
});

describe('A1 integration rate on a hand-built catalog', () => {
  class Rollback extends Error {}

  it('10 items merged into 3 scenarios → 70%; unpublished scenarios do not count', async () => {
    let figure: Awaited<ReturnType<typeof integrationRate>> | undefined;
    // In a transaction that is rolled back: the demo scenarios are set aside, the fixture never stays.
    const run = t.deps.database.db.transaction(async (tx) => {
      await tx.delete(jointScenarioItems);
      await tx.delete(jointScenarios);
      const items = Array.from({ length: 12 }, (_, i) => ({
        id: newId(),
        departmentId: i % 2 ? dept['WH-SCJG']! : dept['WH-XF']!,
        code: `FIX-${i}`,
        name: `事项${i}`,
        legalBasis: '《中华人民共和国消防法》',
        published: true,
      }));
      await tx.insert(inspectionItems).values(items);
      const groups = [[0, 1, 2, 3], [4, 5, 6], [7, 8, 9, 0]];
      for (const [n, g] of groups.entries()) {
        const id = newId();
        await tx.insert(jointScenarios).values({ id, code: `S-${n}`, name: `场景${n}`, industry: 'restaurant' });
        await tx.insert(jointScenarioItems).values(g.map((i) => ({ scenarioId: id, itemId: items[i]!.id })));
      }
      const draft = newId();
      await tx.insert(jointScenarios).values({ id: draft, code: 'S-draft', name: '草稿', industry: 'hotel', published: false });
      await tx.insert(jointScenarioItems).values([10, 11].map((i) => ({ scenarioId: draft, itemId: items[i]!.id })));
      figure = await integrationRate(tx);
      throw new Rollback();
    });
    await expect(run).rejects.toBeInstanceOf(Rollback);
    expect(figure).toEqual({ items: 10, scenarios: 3, rate: 0.7 });
    expect((await integrationRate(t.deps.database.db)).scenarios).toBeGreaterThanOrEqual(DEMO_SCENARIOS.length);
  });
});

describe('A1 catalog: OpenAPI', () => {
  it('describes the catalog endpoints', async () => {
    const res = await t.app.inject({ url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    const paths = Object.keys(res.json().paths);
    for (const p of ['/api/catalog/items', '/api/catalog/items/{id}/publish', '/api/catalog/scenarios', '/api/catalog/figures']) {
      expect(paths).toContain(p);
    }
  });
});

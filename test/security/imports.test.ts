/**
 * Issue #10 item 9 — imports do not amplify uploads. Every import route of the OpenAPI document gets the three
 * amplification files: 600,000 one-cell rows of CSV, an .xlsx of 4,000,000 empty `<row/>` (small on disk), and a
 * CSV with one 10 MB cell. Each is refused with a small 4xx naming no content, nothing is written, and memory
 * stays bounded. Before the fix the .xlsx took 18–21 s and up to 1.2 GB here, and the 10 MB cell was read.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { sql } from 'drizzle-orm';
import { testApp, type TestApp } from '../support/app.js';
import { emptyRowsXlsx, hugeCellCsv, manyRowsCsv, sharedStringBombXlsx } from '../support/amplification.js';
import { rows } from '../../src/platform/db/client.js';
import { readSheet, MAX_CELL_CHARS, MAX_XLSX_UNPACKED_BYTES } from '../../src/platform/sheets/read-sheet.js';
import { translate } from '../../src/platform/i18n/messages.js';
import { multipartFile } from '../support/multipart.js';

/** Row counts of every table but the audit log and sessions (refusals and sign-ins legitimately write those). */
async function tableCounts(t: TestApp): Promise<Record<string, number>> {
  const tables = await rows<{ t: string }>(
    t.database.db,
    sql`SELECT tablename AS t FROM pg_tables WHERE schemaname = 'public' AND tablename NOT IN ('audit_log', 'audit_seal', 'session') ORDER BY 1`,
  );
  const out: Record<string, number> = {};
  for (const { t: name } of tables) {
    const [r] = await rows<{ n: number }>(t.database.db, sql.raw(`SELECT count(*)::int AS n FROM "${name}"`));
    out[name] = r!.n;
  }
  return out;
}

const STAFF = ['admin', 'supervisor', 'credit', 'market_admin', 'drug_admin', 'officer1', 'officer5', 'clerk1'];

describe('imports do not amplify uploads (item 9)', () => {
  let t: TestApp;
  let files: { name: string; filename: string; data: Buffer }[];
  /** Each import route with a caller it admits. */
  const routes: { path: string; cookie: string }[] = [];

  beforeAll(async () => {
    t = await testApp();
    files = [
      { name: '600,000 one-cell rows', filename: 'rows.csv', data: manyRowsCsv() },
      { name: '4,000,000 empty <row/>', filename: 'rows.xlsx', data: await emptyRowsXlsx() },
      { name: 'one 10 MB cell', filename: 'cell.csv', data: hugeCellCsv() },
    ];
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as {
      paths: Record<string, Record<string, unknown>>;
    };
    const cookies = new Map<string, string>();
    for (const path of Object.keys(doc.paths).filter((p) => /\/import$/.test(p) && doc.paths[p]!.post)) {
      for (const user of STAFF) {
        if (!cookies.has(user)) cookies.set(user, await t.login(user));
        const probe = multipartFile(Buffer.from('x\n'), 'probe.csv');
        const res = await t.app.inject({ method: 'POST', url: path, ...probe, headers: { ...probe.headers, cookie: cookies.get(user)! } });
        if (res.statusCode !== 401 && res.statusCode !== 403) {
          routes.push({ path, cookie: cookies.get(user)! });
          break;
        }
      }
    }
  }, 300_000);
  afterAll(async () => {
    await t.close();
  });

  it('finds every import route of the OpenAPI document and a caller for each', () => {
    expect(routes.map((r) => r.path).sort()).toEqual([
      '/api/catalog/items/import',
      '/api/catalog/scenarios/import',
      '/api/credit/penalties/import',
      '/api/enterprises/import',
      '/api/hotline/tickets/import',
      '/api/licences/import',
      '/api/proof-free/catalog/import',
    ]);
    expect(files[1]!.data.length).toBeLessThan(100_000); // small on disk, ~24 MB of XML inside
  });

  it('refuses every amplification file on every import route: small 4xx, no content echoed, nothing written, memory bounded', async () => {
    const before = await tableCounts(t);
    const rss0 = process.memoryUsage().rss;
    let peak = rss0;
    for (const r of routes) {
      for (const f of files) {
        const body = multipartFile(f.data, f.filename);
        const started = Date.now();
        const res = await t.app.inject({ method: 'POST', url: r.path, ...body, headers: { ...body.headers, cookie: r.cookie } });
        const ms = Date.now() - started;
        peak = Math.max(peak, process.memoryUsage().rss);
        const where = `${r.path} ← ${f.name}`;
        expect([413, 422], where).toContain(res.statusCode);
        expect(res.headers['content-type'], where).toContain('application/problem+json');
        expect(res.body.length, where).toBeLessThan(2000);
        expect(res.body, where).not.toContain('x1234');
        expect(res.body, where).not.toContain('字字');
        expect(['import-too-many-rows', 'import-cell-too-long'], where).toContain(res.json().code);
        // Generous: the refusal is bounded work (well under a second here), the unbounded read took 18 s and more.
        expect(ms, where).toBeLessThan(10_000);
      }
    }
    expect(await tableCounts(t)).toEqual(before);
    expect((peak - rss0) / 2 ** 20).toBeLessThan(300);
  }, 300_000);
});

describe('the sheet reader counts every row and caps cells', () => {
  const columns = [{ field: 'no', zh: '编号', en: 'No', required: true, aliases: [] }] as const;
  const read = (text: string, maxRows = 3) =>
    readSheet({ filename: 'a.csv', data: Buffer.from(text) }, { columns, maxRows, locale: 'en-US' });

  it('empty rows count against the limit, and reading stops there', async () => {
    await expect(read('编号\n1\n\n\n\n2\n')).rejects.toMatchObject({ status: 422, code: 'import-too-many-rows' });
    const ok = await read('编号\n1\n\n2\n');
    expect(ok.rows.map((r) => [r.row, r.cells[0]])).toEqual([
      [2, '1'],
      [4, '2'],
    ]);
  });

  it('quoted fields keep delimiters, doubled quotes and line breaks; a CRLF file reads the same', async () => {
    const s = await read('编号,名称\r\n"a,1","say ""hi""\r\nagain"\r\n');
    expect(s.rows[0]!.cells).toEqual(['a,1', 'say "hi"\r\nagain']);
  });

  it('a cell past the limit is refused by row and column, without its content', async () => {
    const long = 'y'.repeat(MAX_CELL_CHARS + 1);
    await expect(read(`编号,名称\n1,${long}\n`)).rejects.toMatchObject({
      code: 'import-cell-too-long',
      params: { row: 2, column: 'B', limit: MAX_CELL_CHARS },
    });
    await expect(read(`编号,名称\n1,"${long}"\n`)).rejects.toMatchObject({ code: 'import-cell-too-long' });
    expect((await read(`编号\n${'y'.repeat(MAX_CELL_CHARS)}\n`)).rows[0]!.cells[0]).toHaveLength(MAX_CELL_CHARS);
  });

  it('an .xlsx that unpacks past the limit (one huge shared string) is refused before exceljs reads it', async () => {
    const bomb = await sharedStringBombXlsx(MAX_XLSX_UNPACKED_BYTES + 10_000_000);
    expect(bomb.length).toBeLessThan(1_000_000);
    const rss0 = process.memoryUsage().rss;
    await expect(
      readSheet({ filename: 'bomb.xlsx', data: bomb }, { columns, maxRows: 3, locale: 'en-US' }),
    ).rejects.toMatchObject({ status: 422, code: 'import-too-large', params: { limit: 128 } });
    // Unpacked as it is counted, never held: before, exceljs built the 138 MB string (+632 MB here).
    expect((process.memoryUsage().rss - rss0) / 2 ** 20).toBeLessThan(100);
  }, 120_000);

  it('a message never grows with the input it names', () => {
    const msg = translate('en-US', 'import-missing-column', { column: 'z'.repeat(1_000_000) });
    expect(msg.length).toBeLessThan(300);
  });
});

import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { readSheet } from './read-sheet.js';

const columns = [
  { field: 'number', zh: '工单编号', en: 'Number', required: true, aliases: [] },
  { field: 'content', zh: '诉求内容', en: 'Content', required: true, aliases: [] },
] as const;

/** A workbook whose ZIP puts the worksheet part before xl/workbook.xml (the order varies between writers). */
async function worksheetFirst(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('工单台账');
  ws.addRow(['工单编号', '诉求内容']);
  ws.addRow(['L-1', '执法人员态度好']);
  const zip = await JSZip.loadAsync(Buffer.from(await wb.xlsx.writeBuffer()));
  const names = Object.keys(zip.files).filter((n) => !zip.files[n]!.dir);
  const order = [...names.filter((n) => n !== 'xl/workbook.xml' && !n.startsWith('xl/worksheets/')), ...names.filter((n) => n.startsWith('xl/worksheets/')), 'xl/workbook.xml'];
  const out = new JSZip();
  for (const n of order) out.file(n, await zip.files[n]!.async('uint8array'));
  return out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

describe('readSheet', () => {
  it('reads a workbook whose worksheet comes before xl/workbook.xml in the ZIP', async () => {
    const sheet = await readSheet({ filename: 'a.xlsx', data: await worksheetFirst() }, { columns, maxRows: 10, locale: 'zh-CN' });
    expect(sheet.rows.map((r) => r.cells)).toEqual([['L-1', '执法人员态度好']]);
  });
});

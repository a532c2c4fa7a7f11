/**
 * The upload-amplification files of issue #10 item 9, built in memory: a CSV of 600,000 one-cell rows (~2.9 MB),
 * an .xlsx of 4,000,000 empty `<row/>` (tens of KB on disk, DEFLATE), and a CSV with one 10 MB cell. Used by the
 * import tests and the chaos harness's hostile-input suite.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';

/** A header row, then 600,000 rows of one short cell. */
export function manyRowsCsv(header = '工单编号', rows = 600_000): Buffer {
  return Buffer.from(`${header}\n${'x1234\n'.repeat(rows)}`, 'utf8');
}

/** A workbook whose first sheet has a header row and then `rows` empty `<row/>` elements. */
export async function emptyRowsXlsx(header: string[] = ['工单编号'], rows = 4_000_000): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Sheet1').addRow(header);
  const zip = await JSZip.loadAsync(Buffer.from(await wb.xlsx.writeBuffer()));
  const name = Object.keys(zip.files).find((f) => /^xl\/worksheets\/sheet1\.xml$/.test(f))!;
  const xml = await zip.file(name)!.async('string');
  const bomb = xml.replace(/<\/row>\s*<\/sheetData>/, `</row>${'<row/>'.repeat(rows)}</sheetData>`);
  if (bomb === xml) throw new Error('amplification xlsx: sheetData not found');
  zip.file(name, bomb);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}

/** A header and one row whose cell is `chars` characters long. */
export function hugeCellCsv(header = '工单编号', chars = 10 * 1024 * 1024): Buffer {
  return Buffer.from(`${header}\n"${'字'.repeat(Math.floor(chars / 3))}"\n`, 'utf8');
}

/** A workbook of two rows whose one shared string is `chars` long: ~`chars`/1000 bytes on disk (a ZIP bomb). */
export async function sharedStringBombXlsx(chars = 140_000_000): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sheet1');
  ws.addRow(['编号']);
  ws.addRow(['PLACEHOLDER']);
  const zip = await JSZip.loadAsync(Buffer.from(await wb.xlsx.writeBuffer()));
  const name = Object.keys(zip.files).find((f) => /sharedStrings\.xml$/.test(f))!;
  const xml = await zip.file(name)!.async('string');
  zip.file(name, xml.replace('PLACEHOLDER', 'y'.repeat(chars)));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}

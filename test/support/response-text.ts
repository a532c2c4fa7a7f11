import ExcelJS from 'exceljs';
import { pdfText } from './pdf-text.js';

/** The text a reader could see in a response: JSON/HTML as is, spreadsheets cell by cell, PDFs through pdftotext. */
export async function responseText(res: { headers: Record<string, unknown>; rawPayload: Buffer; body: string }): Promise<string> {
  const type = String(res.headers['content-type'] ?? '');
  const raw = res.rawPayload;
  if (type.includes('spreadsheetml') || (raw.length > 4 && raw.subarray(0, 2).toString() === 'PK')) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(raw as unknown as ArrayBuffer);
    const cells: string[] = [];
    wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((c) => cells.push(String(c.text ?? c.value ?? '')))));
    return cells.join('\n');
  }
  if (type.includes('pdf') || raw.subarray(0, 5).toString() === '%PDF-') return pdfText(raw);
  return res.body;
}

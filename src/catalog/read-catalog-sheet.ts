/**
 * Reads an uploaded catalog spreadsheet (.xlsx or .csv) against a column list: the header row mapped to fields
 * and the non-empty data rows with their 1-based spreadsheet row numbers. Cell decoding, format detection and
 * CSV text decoding (UTF-8, UTF-16, GBK) are the enterprise import's; header matching is per column list.
 * Catalog files are small (thousands of rows), so an .xlsx is loaded whole — which also gives merged cells
 * their master cell's value (a scenario name merged over its item rows).
 */
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { AppError } from '../platform/errors/app-error.js';
import type { Locale } from '../platform/i18n/locale.js';
import { decodeText, plainCell, sheetFormat } from '../enterprises/read-sheet.js';
import { normaliseHeader, type Cell } from '../enterprises/import-columns.js';

export interface SheetColumn<F extends string> {
  field: F;
  zh: string;
  en: string;
  /** The header must be present. */
  required: boolean;
  /** Further accepted headers (compared after normaliseHeader). */
  aliases: readonly string[];
}

export interface CatalogSheetRow {
  /** 1-based row number as the spreadsheet shows it. */
  row: number;
  cells: Cell[];
}

export interface CatalogSheet<F extends string> {
  format: 'xlsx' | 'csv';
  positions: Map<F, number>;
  rows: CatalogSheetRow[];
}

export const columnLabel = <F extends string>(columns: readonly SheetColumn<F>[], field: F, locale: Locale): string => {
  const c = columns.find((x) => x.field === field)!;
  return locale === 'zh-CN' ? c.zh : c.en;
};

/** Header row → field positions (first match wins; unknown headers ignored) and the missing required fields. */
export function mapCatalogHeader<F extends string>(columns: readonly SheetColumn<F>[], header: readonly (string | null)[]) {
  const byHeader = new Map<string, F>();
  for (const c of columns) {
    for (const h of [c.zh, c.en, c.field, ...c.aliases]) {
      const key = normaliseHeader(h);
      if (!byHeader.has(key)) byHeader.set(key, c.field);
    }
  }
  const positions = new Map<F, number>();
  header.forEach((h, i) => {
    const field = h ? byHeader.get(normaliseHeader(h)) : undefined;
    if (field && !positions.has(field)) positions.set(field, i);
  });
  const missing = columns.filter((c) => c.required && !positions.has(c.field)).map((c) => c.field);
  return { positions, missing };
}

/** exceljs row.values is 1-based (index 0 unused). */
const cellsOf = (values: unknown): Cell[] => (Array.isArray(values) ? Array.from(values.slice(1), plainCell) : []);
const unreadable = () => new AppError(422, 'import-unreadable');

async function worksheetOf(format: 'xlsx' | 'csv', data: Buffer): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  try {
    if (format === 'csv') {
      const text = decodeText(data);
      const first = text.slice(0, text.search(/\r?\n|$/));
      const delimiter = first.includes('\t') && !first.includes(',') ? '\t' : first.includes(';') && !first.includes(',') ? ';' : ',';
      // Cells stay text: a code such as 001 must not turn into a number.
      return await workbook.csv.read(Readable.from([text]), { map: (v: unknown) => v, parserOptions: { delimiter } });
    }
    await workbook.xlsx.load(data as unknown as ArrayBuffer);
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw unreadable();
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw unreadable();
  return sheet;
}

/**
 * Reads the first worksheet. The header is the first non-empty row; fully empty rows are skipped (their numbers
 * are not reused). More than `maxRows` data rows → 422 `import-too-many-rows`; a missing required header → 422
 * `import-missing-column` naming it in the caller's language.
 */
export async function readCatalogSheet<F extends string>(
  file: { filename: string; data: Buffer },
  opts: { columns: readonly SheetColumn<F>[]; maxRows: number; locale: Locale },
): Promise<CatalogSheet<F>> {
  const format = sheetFormat(file.filename, file.data);
  if (!format) throw unreadable();
  const sheet = await worksheetOf(format, file.data);
  let header: (string | null)[] | undefined;
  const rows: CatalogSheetRow[] = [];
  let tooMany = false;
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells = cellsOf(row.values);
    if (cells.every((c) => c === null)) return;
    if (!header) {
      header = cells.map((c) => (c === null ? null : String(c instanceof Date ? c.toISOString() : c)));
      return;
    }
    if (rows.length >= opts.maxRows) tooMany = true;
    else rows.push({ row: rowNumber, cells });
  });
  if (tooMany) throw new AppError(422, 'import-too-many-rows', { limit: opts.maxRows });
  const { positions, missing } = mapCatalogHeader(opts.columns, header ?? []);
  if (missing.length > 0) {
    const sep = opts.locale === 'zh-CN' ? '、' : ', ';
    throw new AppError(
      422,
      'import-missing-column',
      { column: missing.map((f) => columnLabel(opts.columns, f, opts.locale)).join(sep) },
      { columns: missing },
    );
  }
  return { format, positions, rows };
}

/**
 * Reads an uploaded spreadsheet (.xlsx or .csv) against a column list: the header row mapped to fields and the
 * data rows with their 1-based spreadsheet row numbers. An .xlsx is read with exceljs's streaming reader (rows
 * are never all held as exceljs cell objects, and reading stops as soon as the row limit is passed) unless its
 * merged cells matter (`merged`: loaded whole, a merged cell gives every row its master cell's value). A CSV
 * may be UTF-8 (with or without BOM), UTF-16 with BOM, or GBK as saved by Chinese Excel.
 */
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { AppError } from '../errors/app-error.js';
import type { Locale } from '../i18n/locale.js';
import { columnLabel, mapHeader, type Cell, type SheetColumn } from './columns.js';
import { cleanText } from '../http/input.js';
import { unguardFormula } from './formula-guard.js';
import './messages.js';

export interface SheetRow {
  /** 1-based row number as the spreadsheet shows it. */
  row: number;
  cells: Cell[];
}

export interface Sheet<F extends string> {
  format: 'xlsx' | 'csv';
  header: (string | null)[];
  /** Header position of each recognised field. */
  positions: Map<F, number>;
  /** Non-empty data rows, in order. */
  rows: SheetRow[];
  /** The uploaded file, for the import's audit row. */
  file: { fileName: string; sha256: string; bytes: number };
}

export interface ReadSheetOptions<F extends string> {
  columns: readonly SheetColumn<F>[];
  /** Most data rows accepted; one more → 422 `import-too-many-rows`. */
  maxRows: number;
  locale: Locale;
  /** Load an .xlsx whole, so that merged cells give each of their rows the value (small files only). */
  merged?: boolean;
  /** The code of the refusal naming missing required columns (default `import-missing-column`). */
  missingColumnCode?: string;
}

const unreadable = () => new AppError(422, 'import-unreadable');

/** exceljs cell value → a plain cell (rich text joined, formula results, hyperlinks as their text). */
export function plainCell(v: unknown): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') {
    const t = unguardFormula(cleanText(v).trim()).trim();
    return t === '' ? null : t;
  }
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'boolean' || v instanceof Date) return v;
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (Array.isArray(o.richText)) {
      return plainCell(
        (o.richText as { text?: unknown }[]).map((r) => (typeof r.text === 'string' ? r.text : '')).join(''),
      );
    }
    if ('formula' in o || 'sharedFormula' in o) return plainCell(o.result);
    if ('error' in o) return typeof o.error === 'string' ? o.error : null;
    if ('text' in o) return plainCell(o.text);
  }
  return plainCell(String(v));
}

const isZip = (b: Buffer) =>
  b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && (b[2] === 0x03 || b[2] === 0x05);
const extensionOf = (filename: string) => /\.([^./\\]+)$/.exec(filename)?.[1]?.toLowerCase() ?? '';

/** Decides the format from the magic bytes first (an .xlsx is a ZIP), then the file name. */
export function sheetFormat(filename: string, data: Buffer): 'xlsx' | 'csv' | undefined {
  if (isZip(data)) return 'xlsx';
  const ext = extensionOf(filename);
  if ((ext === 'csv' || ext === 'txt') && looksLikeText(data)) return 'csv';
  return undefined;
}

function looksLikeText(data: Buffer): boolean {
  if (data.length >= 2 && ((data[0] === 0xff && data[1] === 0xfe) || (data[0] === 0xfe && data[1] === 0xff)))
    return true;
  // Binary files carry NUL bytes; text in UTF-8 or GBK never does.
  return !data.subarray(0, 64 * 1024).includes(0);
}

/** UTF-16 (by BOM), then strict UTF-8 (a BOM is dropped), otherwise GBK (GB18030 superset). */
export function decodeText(data: Buffer): string {
  if (data.length >= 2 && data[0] === 0xff && data[1] === 0xfe)
    return new TextDecoder('utf-16le').decode(data);
  if (data.length >= 2 && data[0] === 0xfe && data[1] === 0xff)
    return new TextDecoder('utf-16be').decode(data);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    try {
      return new TextDecoder('gbk', { fatal: true }).decode(data);
    } catch {
      throw unreadable();
    }
  }
}

/** Comma unless the header line clearly uses tabs or semicolons (Excel "Unicode text", European CSV). */
function delimiterOf(text: string): string {
  const first = text.slice(0, text.search(/\r?\n|$/));
  const count = (c: string) => first.split(c).length - 1;
  const candidates: [string, number][] = [
    [',', count(',')],
    ['\t', count('\t')],
    [';', count(';')],
  ];
  candidates.sort((a, b) => b[1] - a[1]);
  return candidates[0]![1] > 0 ? candidates[0]![0] : ',';
}

const isEmptyRow = (cells: Cell[]) => cells.every((c) => c === null);

/** Builds the sheet from rows as they arrive; throws past the row limit. */
class SheetBuilder<F extends string> {
  header: (string | null)[] | undefined;
  readonly rows: SheetRow[] = [];
  constructor(private readonly opts: ReadSheetOptions<F>) {}

  get maxRows(): number {
    return this.opts.maxRows;
  }

  add(row: number, cells: Cell[]): void {
    if (isEmptyRow(cells)) return;
    if (!this.header) {
      this.header = cells.map((c) => (c === null ? null : String(c instanceof Date ? c.toISOString() : c)));
      return;
    }
    if (this.rows.length >= this.opts.maxRows) {
      throw new AppError(422, 'import-too-many-rows', { limit: this.opts.maxRows });
    }
    this.rows.push({ row, cells });
  }

  done(format: 'xlsx' | 'csv', data: Buffer, fileName: string): Sheet<F> {
    const { columns, locale } = this.opts;
    const header = this.header ?? [];
    const { positions, missing } = mapHeader(columns, header);
    if (missing.length > 0) {
      throw new AppError(
        422,
        this.opts.missingColumnCode ?? 'import-missing-column',
        {
          column: missing.map((f) => columnLabel(columns, f, locale)).join(locale === 'zh-CN' ? '、' : ', '),
        },
        { columns: missing },
      );
    }
    const sha256 = createHash('sha256').update(data).digest('hex');
    return { format, header, positions, rows: this.rows, file: { fileName, sha256, bytes: data.length } };
  }
}

/** exceljs row.values is 1-based (index 0 unused). */
const cellsOf = (values: unknown): Cell[] =>
  Array.isArray(values) ? Array.from(values.slice(1), plainCell) : [];

async function readXlsxStreaming<F extends string>(data: Buffer, b: SheetBuilder<F>): Promise<void> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([data]), {
    sharedStrings: 'cache',
    // Styles tell date cells from numbers.
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  });
  let sheets = 0;
  try {
    // The first worksheet is the data; any other sheet (notes, catalogues) is ignored.
    for await (const worksheet of reader) {
      sheets++;
      for await (const row of worksheet) b.add(row.number, cellsOf(row.values));
      break;
    }
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw unreadable();
  }
  if (sheets === 0) throw unreadable();
}

async function readXlsxWhole<F extends string>(data: Buffer, b: SheetBuilder<F>): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data as unknown as ArrayBuffer);
  } catch {
    throw unreadable();
  }
  const worksheet = workbook.worksheets[0];
  if (!worksheet) throw unreadable();
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => b.add(rowNumber, cellsOf(row.values)));
}

/** Blank lines a CSV may have beyond the row limit before it counts as too long. */
const CSV_BLANK_LINE_ALLOWANCE = 1000;

async function readCsv<F extends string>(data: Buffer, b: SheetBuilder<F>): Promise<void> {
  const text = decodeText(data);
  const workbook = new ExcelJS.Workbook();
  // The parser stops after this many records (header, the row limit and room for blank lines), so a huge file
  // is never held whole as a worksheet; reaching it means the file has too many rows.
  const recordCap = b.maxRows + 1 + CSV_BLANK_LINE_ALLOWANCE;
  let worksheet: ExcelJS.Worksheet;
  try {
    worksheet = await workbook.csv.read(Readable.from([text]), {
      // Cells stay text: a USCC, a division code or a phone number must not turn into a number.
      map: (value: unknown) => value,
      parserOptions: { delimiter: delimiterOf(text), ignoreEmpty: false, maxRows: recordCap },
    });
  } catch {
    throw unreadable();
  }
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => b.add(rowNumber, cellsOf(row.values)));
  if (worksheet.rowCount >= recordCap) throw new AppError(422, 'import-too-many-rows', { limit: b.maxRows });
}

/**
 * Reads the first worksheet of an .xlsx, or a .csv. The header is the first non-empty row; fully empty rows
 * are skipped (their numbers are not reused, so row numbers match what the user sees). An unreadable file is a
 * 422 `import-unreadable`; a missing required header a 422 naming it in the caller's language.
 */
export async function readSheet<F extends string>(
  file: { filename: string; data: Buffer },
  opts: ReadSheetOptions<F>,
): Promise<Sheet<F>> {
  const format = sheetFormat(file.filename, file.data);
  if (!format) throw unreadable();
  const b = new SheetBuilder(opts);
  if (format === 'csv') await readCsv(file.data, b);
  else if (opts.merged) await readXlsxWhole(file.data, b);
  else await readXlsxStreaming(file.data, b);
  return b.done(format, file.data, cleanText(file.filename));
}

/** A row's cell of a field: undefined when the sheet has no such column, null when the cell is empty. */
export function cellOf<F extends string>(sheet: Sheet<F>, r: SheetRow, field: F): Cell | undefined {
  const at = sheet.positions.get(field);
  return at === undefined ? undefined : (r.cells[at] ?? null);
}

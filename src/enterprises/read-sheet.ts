/**
 * Reads an uploaded spreadsheet (.xlsx or .csv) with exceljs: the header row and the data rows with their
 * 1-based spreadsheet row numbers. An .xlsx is read with exceljs's streaming reader (rows are never all held
 * as exceljs cell objects, and reading stops as soon as the row limit is passed); a CSV may be UTF-8 (with
 * or without BOM), UTF-16 with BOM, or GBK as saved by Chinese Excel.
 */
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { AppError } from '../platform/errors/app-error.js';
import { mapHeader, columnLabel, type Cell, type ImportField } from './import-columns.js';
import { registerMessages } from '../platform/i18n/messages.js';
import './messages.js';

registerMessages({
  'import-too-many-rows': {
    'zh-CN': '文件超过 {limit} 行，请分批导入',
    'en-US': 'The file has more than {limit} rows; split it into several imports',
  },
});

export interface SheetRow {
  /** 1-based row number as the spreadsheet shows it. */
  row: number;
  cells: Cell[];
}

export interface Sheet {
  format: 'xlsx' | 'csv';
  header: (string | null)[];
  /** Header position of each recognised field. */
  positions: Map<ImportField, number>;
  /** Non-empty data rows, in order. */
  rows: SheetRow[];
}

export interface ReadSheetOptions {
  /** Most data rows accepted; one more → 422 `import-too-many-rows`. */
  maxRows: number;
  locale: 'zh-CN' | 'en-US';
}

const unreadable = () => new AppError(422, 'import-unreadable');

/** exceljs cell value → a plain cell (rich text joined, formula results, hyperlinks as their text). */
export function plainCell(v: unknown): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') {
    const t = v.trim();
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
class SheetBuilder {
  header: (string | null)[] | undefined;
  readonly rows: SheetRow[] = [];
  constructor(private readonly opts: ReadSheetOptions) {}

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

  done(format: 'xlsx' | 'csv'): Sheet {
    const header = this.header ?? [];
    const { positions, missing } = mapHeader(header);
    if (missing.length > 0) {
      throw new AppError(
        422,
        'import-missing-column',
        {
          column: missing
            .map((f) => columnLabel(f, this.opts.locale))
            .join(this.opts.locale === 'zh-CN' ? '、' : ', '),
        },
        { columns: missing },
      );
    }
    return { format, header, positions, rows: this.rows };
  }
}

/** exceljs row.values is 1-based (index 0 unused). */
const cellsOf = (values: unknown): Cell[] =>
  Array.isArray(values) ? Array.from(values.slice(1), plainCell) : [];

async function readXlsx(data: Buffer, b: SheetBuilder): Promise<void> {
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

/** Blank lines a CSV may have beyond the row limit before it counts as too long. */
const CSV_BLANK_LINE_ALLOWANCE = 1000;

async function readCsv(data: Buffer, b: SheetBuilder): Promise<void> {
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
 * are skipped (their numbers are not reused, so row numbers match what the user sees).
 */
export async function readSheet(
  file: { filename: string; data: Buffer },
  opts: ReadSheetOptions,
): Promise<Sheet> {
  const format = sheetFormat(file.filename, file.data);
  if (!format) throw unreadable();
  const b = new SheetBuilder(opts);
  if (format === 'xlsx') await readXlsx(file.data, b);
  else await readCsv(file.data, b);
  return b.done(format);
}

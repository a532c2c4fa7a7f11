/**
 * Reads an uploaded spreadsheet (.xlsx or .csv) against a column list: the header row mapped to fields and the
 * data rows with their 1-based spreadsheet row numbers. A CSV may be UTF-8 (with or without BOM), UTF-16 with
 * BOM, or GBK as saved by Chinese Excel.
 *
 * Bounded work for any upload (issue #10 item 9): rows are read one at a time — an .xlsx with exceljs's
 * streaming reader, a CSV with a one-pass tokenizer — and EVERY row counts against the limit, empty ones too
 * (a sheet of millions of empty `<row/>` stops at the limit, not after parsing them all); no cell may exceed
 * {@link MAX_CELL_CHARS}. Refusals name the row and column, never the content. Where merged cells matter
 * (`merged`: a merged cell gives every row its master cell's value) the workbook is loaded whole, only after the
 * streaming pass has found it within those bounds.
 */
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { AppError } from '../errors/app-error.js';
import type { Locale } from '../i18n/locale.js';
import { columnLabel, mapHeader, type Cell, type SheetColumn } from './columns.js';
import { cleanText } from '../http/input.js';
import { unguardFormula } from './formula-guard.js';

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

/** The longest cell accepted: Excel's own limit of 32,767 characters per cell. */
export const MAX_CELL_CHARS = 32_767;

/** Most bytes the parts of an .xlsx may unpack to, all together (a 200 KB file can otherwise unpack to gigabytes). */
export const MAX_XLSX_UNPACKED_BYTES = 128 * 1024 * 1024;

interface ZipStream {
  on(event: 'data', f: (chunk: Uint8Array) => void): ZipStream;
  on(event: 'error' | 'end', f: () => void): ZipStream;
  pause(): ZipStream;
  resume(): ZipStream;
}

/**
 * Unpacks every part of an .xlsx once, counting what comes out and stopping past
 * {@link MAX_XLSX_UNPACKED_BYTES} (the sizes a ZIP declares can lie), before exceljs reads anything.
 */
async function assertUnpackedSize(data: Buffer): Promise<{ zip: JSZip; unpacked: number }> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(data);
  } catch {
    throw unreadable();
  }
  const tooLarge = () =>
    new AppError(422, 'import-too-large', { limit: Math.round(MAX_XLSX_UNPACKED_BYTES / 1024 / 1024) });
  let total = 0;
  for (const file of Object.values(zip.files)) {
    if (file.dir) continue;
    await new Promise<void>((resolve, reject) => {
      // JSZip's own chunked stream (untyped in its declarations): pausing it stops the inflation.
      const stream = (file as unknown as { internalStream(type: 'uint8array'): ZipStream }).internalStream('uint8array');
      stream
        .on('data', (chunk: Uint8Array) => {
          total += chunk.length;
          if (total > MAX_XLSX_UNPACKED_BYTES) {
            stream.pause();
            reject(tooLarge());
          }
        })
        .on('error', () => reject(unreadable()))
        .on('end', () => resolve())
        .resume();
    });
  }
  return { zip, unpacked: total };
}

/** Up to this many unpacked bytes a workbook is re-ordered for the streaming reader (below); the copy costs memory. */
const REORDER_UP_TO_BYTES = 8 * 1024 * 1024;

/**
 * The same workbook with every other part before the worksheets, stored uncompressed, for exceljs's streaming
 * reader. That reader parses a worksheet at once only when the shared strings and the workbook's relations have
 * already been read; a worksheet met before them (exceljs's own writer puts xl/worksheets/sheet1.xml before
 * xl/sharedStrings.xml and xl/workbook.xml) goes through a temporary file, and that path lost the start of the
 * sheet about once in 5,000 reads of one valid file under CPU load (measured here: the header row gone, refused
 * as missing columns, or the XML cut, refused as unreadable — CI's import flakes). In this order it never is (0 in
 * 9,600 reads under the same load). Only workbooks up to {@link REORDER_UP_TO_BYTES} unpacked are re-ordered (an
 * import of thousands of rows is a few megabytes): the copy would hold a near-limit upload several times in memory.
 */
async function partsBeforeWorksheets(zip: JSZip): Promise<Buffer> {
  const names = Object.keys(zip.files).filter((n) => !zip.files[n]!.dir);
  const isSheet = (n: string) => n.startsWith('xl/worksheets/');
  const out = new JSZip();
  for (const n of [...names.filter((n) => !isSheet(n)), ...names.filter(isSheet)]) out.file(n, await zip.files[n]!.async('uint8array'));
  return out.generateAsync({ type: 'nodebuffer', compression: 'STORE' });
}

/** Spreadsheet column letters of a 0-based position (0 → A, 26 → AA). */
export function columnLetters(index: number): string {
  let s = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

const cellTooLong = (row: number, index: number) =>
  new AppError(422, 'import-cell-too-long', { row, column: columnLetters(index), limit: MAX_CELL_CHARS });

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

/**
 * Builds the sheet from rows as they arrive. Every row read counts, empty or not: past the limit (the data rows
 * and one header row) it throws, so the reader stops there. A cell past {@link MAX_CELL_CHARS} throws too.
 */
class SheetBuilder<F extends string> {
  header: (string | null)[] | undefined;
  readonly rows: SheetRow[] = [];
  /** Rows read so far, empty ones included. */
  seen = 0;
  /** Keep the rows (false: a bounds check only). */
  keep = true;
  constructor(readonly opts: ReadSheetOptions<F>) {}

  add(row: number, cells: Cell[]): void {
    this.seen++;
    if (this.seen > this.opts.maxRows + 1) {
      throw new AppError(422, 'import-too-many-rows', { limit: this.opts.maxRows });
    }
    cells.forEach((c, i) => {
      if (typeof c === 'string' && c.length > MAX_CELL_CHARS) throw cellTooLong(row, i);
    });
    if (isEmptyRow(cells) || !this.keep) return;
    if (!this.header) {
      this.header = cells.map((c) => (c === null ? null : String(c instanceof Date ? c.toISOString() : c)));
      return;
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
  // exceljs reads the sheet names from xl/workbook.xml; a worksheet part met before it (a large workbook is not
  // re-ordered) crashed the reader on `this.model.sheets`. The name is not needed here (the first worksheet is the data).
  (reader as unknown as { model?: { sheets: unknown[] } }).model ??= { sheets: [] };
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
  // The streaming pass first: a workbook past the row or cell bounds is refused before anything is loaded whole.
  const guard = new SheetBuilder({ ...b.opts, columns: [] });
  guard.keep = false;
  await readXlsxStreaming(data, guard);
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

/**
 * One pass over CSV text (RFC 4180: quoted fields may hold the delimiter, quotes doubled, line breaks), handing
 * each record to the builder as it ends — no worksheet is built and a field is never scanned past the cell limit.
 * (fast-csv, which exceljs uses, buffers a field whole before any limit can be checked.)
 */
function readCsv<F extends string>(data: Buffer, b: SheetBuilder<F>): void {
  const text = decodeText(data);
  const delimiter = delimiterOf(text);
  const n = text.length;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let row = 0;
  while (i < n) {
    row++;
    const cells: Cell[] = [];
    for (;;) {
      let value: string;
      if (text[i] === '"') {
        // Quoted: runs up to the closing quote that is not doubled.
        let out = '';
        let from = i + 1;
        for (;;) {
          const q = text.indexOf('"', from);
          if (q < 0) throw unreadable();
          out += text.slice(from, q);
          if (out.length > MAX_CELL_CHARS) throw cellTooLong(row, cells.length);
          if (text[q + 1] === '"') {
            out += '"';
            from = q + 2;
            continue;
          }
          i = q + 1;
          break;
        }
        value = out;
        // Anything between the closing quote and the next delimiter is kept, as spreadsheet programs do.
        const rest = nextBreak(text, i, delimiter);
        value += text.slice(i, rest);
        i = rest;
      } else {
        const end = nextBreak(text, i, delimiter);
        value = text.slice(i, end);
        i = end;
      }
      if (value.length > MAX_CELL_CHARS) throw cellTooLong(row, cells.length);
      cells.push(plainCell(value));
      if (i < n && text[i] === delimiter) {
        i++;
        continue;
      }
      // End of record: \r\n, \n or \r, or the end of the text.
      if (text[i] === '\r') i++;
      if (text[i] === '\n') i++;
      break;
    }
    b.add(row, cells);
  }
}

/** The position of the next delimiter or line break from `i` (the text's length when none). */
function nextBreak(text: string, i: number, delimiter: string): number {
  let j = i;
  const n = text.length;
  // Bounded scan: a field longer than the cell limit is refused by the caller without scanning further.
  const stop = Math.min(n, i + MAX_CELL_CHARS + 1);
  while (j < stop) {
    const c = text[j];
    if (c === delimiter || c === '\n' || c === '\r') return j;
    j++;
  }
  return j;
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
  if (format === 'csv') readCsv(file.data, b);
  else {
    const { zip, unpacked } = await assertUnpackedSize(file.data);
    const ordered = unpacked <= REORDER_UP_TO_BYTES ? await partsBeforeWorksheets(zip) : file.data;
    if (opts.merged) await readXlsxWhole(ordered, b);
    else await readXlsxStreaming(ordered, b);
  }
  return b.done(format, file.data, cleanText(file.filename));
}

/** A row's cell of a field: undefined when the sheet has no such column, null when the cell is empty. */
export function cellOf<F extends string>(sheet: Sheet<F>, r: SheetRow, field: F): Cell | undefined {
  const at = sheet.positions.get(field);
  return at === undefined ? undefined : (r.cells[at] ?? null);
}

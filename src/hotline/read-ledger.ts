import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { AppError } from '../platform/errors/app-error.js';
import { decodeText, plainCell, sheetFormat } from '../enterprises/read-sheet.js';
import { normaliseHeader, type Cell } from '../enterprises/import-columns.js';
import './messages.js';

export const LEDGER_FIELDS = [
  'ticketNo',
  'receivedAt',
  'content',
  'category',
  'enterpriseUscc',
  'enterpriseName',
  'callerPhone',
] as const;
export type LedgerField = (typeof LEDGER_FIELDS)[number];

/** Column headers a 12345 ledger uses (zh-CN first), the API field name, and English. */
export const LEDGER_COLUMNS: readonly {
  field: LedgerField;
  zh: string;
  en: string;
  aliases: string[];
  required: boolean;
}[] = [
  {
    field: 'ticketNo',
    zh: '工单编号',
    en: 'Ticket No',
    aliases: ['工单号', '工单编码', '编号'],
    required: true,
  },
  {
    field: 'receivedAt',
    zh: '受理时间',
    en: 'Received at',
    aliases: ['来电时间', '登记时间', '受理日期'],
    required: true,
  },
  {
    field: 'content',
    zh: '诉求内容',
    en: 'Content',
    aliases: ['工单内容', '内容', '问题描述', '来电内容'],
    required: true,
  },
  {
    field: 'category',
    zh: '诉求类别',
    en: 'Category',
    aliases: ['类别', '分类', '诉求分类', '问题类别'],
    required: false,
  },
  {
    field: 'enterpriseUscc',
    zh: '统一社会信用代码',
    en: 'USCC',
    aliases: ['信用代码', '企业信用代码'],
    required: false,
  },
  {
    field: 'enterpriseName',
    zh: '企业名称',
    en: 'Enterprise',
    aliases: ['被反映企业', '涉及企业', '被反映单位'],
    required: false,
  },
  {
    field: 'callerPhone',
    zh: '来电号码',
    en: 'Caller phone',
    aliases: ['联系电话', '来电人电话', '电话'],
    required: false,
  },
];

const BY_HEADER: ReadonlyMap<string, LedgerField> = (() => {
  const m = new Map<string, LedgerField>();
  for (const c of LEDGER_COLUMNS)
    for (const h of [c.zh, c.en, c.field, ...c.aliases])
      if (!m.has(normaliseHeader(h))) m.set(normaliseHeader(h), c.field);
  return m;
})();

export interface LedgerRow {
  row: number;
  values: Partial<Record<LedgerField, Cell>>;
}

const unreadable = () => new AppError(422, 'import-unreadable');

/**
 * Reads the first worksheet of an .xlsx, or a .csv (UTF-8, UTF-16 or GBK): the header row mapped to ledger
 * fields, and the non-empty data rows with their spreadsheet row numbers.
 */
export async function readLedger(
  file: { filename: string; data: Buffer },
  opts: { maxRows: number; locale: 'zh-CN' | 'en-US' },
): Promise<LedgerRow[]> {
  const format = sheetFormat(file.filename, file.data);
  if (!format) throw unreadable();
  const wb = new ExcelJS.Workbook();
  let ws: ExcelJS.Worksheet | undefined;
  try {
    if (format === 'xlsx') {
      await wb.xlsx.load(file.data as unknown as ArrayBuffer);
      ws = wb.worksheets[0];
    } else {
      const text = decodeText(file.data);
      const first = text.slice(0, text.search(/\r?\n|$/));
      const delimiter = first.split('\t').length > first.split(',').length ? '\t' : ',';
      ws = await wb.csv.read(Readable.from([text]), {
        map: (v: unknown) => v,
        parserOptions: { delimiter, maxRows: opts.maxRows + 1001 },
      });
    }
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw unreadable();
  }
  if (!ws) throw unreadable();

  let positions: Map<LedgerField, number> | undefined;
  const out: LedgerRow[] = [];
  let tooMany = false;
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells = Array.isArray(row.values) ? row.values.slice(1).map(plainCell) : [];
    if (cells.every((c) => c === null)) return;
    if (!positions) {
      positions = new Map();
      cells.forEach((c, i) => {
        const f = c === null ? undefined : BY_HEADER.get(normaliseHeader(String(c)));
        if (f && !positions!.has(f)) positions!.set(f, i);
      });
      return;
    }
    if (out.length >= opts.maxRows) {
      tooMany = true;
      return;
    }
    const values: Partial<Record<LedgerField, Cell>> = {};
    for (const [f, i] of positions) values[f] = cells[i] ?? null;
    out.push({ row: rowNumber, values });
  });
  if (tooMany) throw new AppError(422, 'import-too-many-rows', { limit: opts.maxRows });
  const missing = LEDGER_COLUMNS.filter((c) => c.required && !positions?.has(c.field));
  if (missing.length) {
    throw new AppError(
      422,
      'hotline-import-missing-column',
      {
        column: missing
          .map((c) => (opts.locale === 'zh-CN' ? c.zh : c.en))
          .join(opts.locale === 'zh-CN' ? '、' : ', '),
      },
      { columns: missing.map((c) => c.field) },
    );
  }
  return out;
}

import type { Cell, SheetColumn } from '../platform/sheets/columns.js';
import { readSheet } from '../platform/sheets/read-sheet.js';

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
export const LEDGER_COLUMNS: readonly SheetColumn<LedgerField>[] = [
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

export interface LedgerRow {
  row: number;
  values: Partial<Record<LedgerField, Cell>>;
}

/**
 * Reads the first worksheet of an .xlsx, or a .csv (UTF-8, UTF-16 or GBK): the header row mapped to ledger
 * fields, and the non-empty data rows with their spreadsheet row numbers.
 */
export async function readLedger(
  file: { filename: string; data: Buffer },
  opts: { maxRows: number; locale: 'zh-CN' | 'en-US' },
): Promise<LedgerRow[]> {
  const sheet = await readSheet(file, {
    columns: LEDGER_COLUMNS,
    maxRows: opts.maxRows,
    locale: opts.locale,
    missingColumnCode: 'hotline-import-missing-column',
  });
  return sheet.rows.map((r) => {
    const values: Partial<Record<LedgerField, Cell>> = {};
    for (const [f, i] of sheet.positions) values[f] = r.cells[i] ?? null;
    return { row: r.row, values };
  });
}

/**
 * The columns of an enterprise spreadsheet (import, export and the import template share them): header names
 * accepted in Chinese and English, and how a cell becomes a field value. Pure, no I/O.
 */
import type { Cell, SheetColumn } from '../platform/sheets/columns.js';
import { industryFromText, type IndustryCode } from './industries.js';

export type { Cell };

export const IMPORT_FIELDS = [
  'uscc',
  'name',
  'legalRepresentative',
  'address',
  'divisionCode',
  'industry',
  'aboveDesignatedSize',
  'status',
  'registeredOn',
  'phone',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

export interface ImportColumn extends SheetColumn<ImportField> {
  /** Column width (characters) in written spreadsheets. */
  width: number;
}

export const IMPORT_COLUMNS: readonly ImportColumn[] = [
  {
    field: 'uscc',
    zh: '统一社会信用代码',
    en: 'USCC',
    required: true,
    aliases: ['社会信用代码', '信用代码', 'unified social credit code', 'credit code'],
    width: 24,
  },
  {
    field: 'name',
    zh: '企业名称',
    en: 'Name',
    required: true,
    aliases: [
      '名称',
      '主体名称',
      '经营主体名称',
      '单位名称',
      'enterprise name',
      'company name',
      'enterprise',
    ],
    width: 36,
  },
  {
    field: 'legalRepresentative',
    zh: '法定代表人',
    en: 'Legal representative',
    required: true,
    aliases: ['法定代表人（负责人）', '法人代表', '负责人', '经营者', 'legal rep', 'legalrepresentative'],
    width: 14,
  },
  {
    field: 'address',
    zh: '地址',
    en: 'Address',
    required: true,
    aliases: ['住所', '经营场所', '注册地址', '经营地址', '住所（经营场所）'],
    width: 40,
  },
  {
    field: 'divisionCode',
    zh: '行政区划代码',
    en: 'Division code',
    required: true,
    aliases: ['行政区划', '区划代码', '所属区划', '所属区县', 'division', 'divisioncode'],
    width: 14,
  },
  {
    field: 'industry',
    zh: '行业',
    en: 'Industry',
    required: true,
    aliases: ['行业类别', '所属行业', '行业代码'],
    width: 16,
  },
  {
    field: 'aboveDesignatedSize',
    zh: '规模以上',
    en: 'Above designated size',
    required: false,
    aliases: ['是否规模以上', '规上企业', '规上', 'abovedesignatedsize'],
    width: 10,
  },
  {
    field: 'status',
    zh: '状态',
    en: 'Status',
    required: false,
    aliases: ['登记状态', '经营状态', '企业状态'],
    width: 10,
  },
  {
    field: 'registeredOn',
    zh: '成立日期',
    en: 'Registered on',
    required: false,
    aliases: ['登记日期', '注册日期', 'registration date', 'registered', 'established', 'registeredon'],
    width: 13,
  },
  {
    field: 'phone',
    zh: '联系电话',
    en: 'Phone',
    required: false,
    aliases: ['电话', '手机', '联系方式', 'telephone', 'tel'],
    width: 16,
  },
];

export function columnOf(field: ImportField): ImportColumn {
  return IMPORT_COLUMNS.find((c) => c.field === field)!;
}

export function columnLabel(field: ImportField, locale: 'zh-CN' | 'en-US'): string {
  const c = columnOf(field);
  return locale === 'zh-CN' ? c.zh : c.en;
}

/** A cell as text ('' for an empty cell). Whole numbers print without exponent or decimals. */
export function cellText(v: Cell): string {
  if (v === null) return '';
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? '' : v.toISOString().slice(0, 10);
  if (typeof v === 'number') return Number.isInteger(v) ? v.toFixed(0) : String(v);
  return String(v).trim();
}

export type Parsed<T> = { ok: true; value: T } | { ok: false };

const TRUE = new Set(['是', '1', 'y', 'yes', 'true', '√', '✓', '规上', 'on']);
const FALSE = new Set(['否', '0', 'n', 'no', 'false', '×', '✗', '规下', 'off']);

/** 规模以上: 是/否, yes/no, true/false, 1/0 (an empty cell is 否). */
export function parseBoolean(v: Cell): Parsed<boolean> {
  if (v === null) return { ok: true, value: false };
  if (typeof v === 'boolean') return { ok: true, value: v };
  const t = cellText(v).toLowerCase();
  if (t === '') return { ok: true, value: false };
  if (TRUE.has(t)) return { ok: true, value: true };
  if (FALSE.has(t)) return { ok: true, value: false };
  return { ok: false };
}

export type EnterpriseStatus = 'active' | 'deregistered' | 'revoked';

const STATUS: Readonly<Record<string, EnterpriseStatus>> = {
  active: 'active',
  存续: 'active',
  在业: 'active',
  开业: 'active',
  正常: 'active',
  '存续(在营、开业、在册)': 'active',
  deregistered: 'deregistered',
  注销: 'deregistered',
  已注销: 'deregistered',
  revoked: 'revoked',
  吊销: 'revoked',
  已吊销: 'revoked',
  吊销未注销: 'revoked',
  '吊销,未注销': 'revoked',
};

export const STATUS_LABELS: Readonly<Record<EnterpriseStatus, { zh: string; en: string }>> = {
  active: { zh: '存续', en: 'Active' },
  deregistered: { zh: '注销', en: 'Deregistered' },
  revoked: { zh: '吊销', en: 'Revoked' },
};

/** 状态: 存续/注销/吊销 or the codes active/deregistered/revoked (an empty cell is 存续). */
export function parseStatus(v: Cell): Parsed<EnterpriseStatus> {
  const t = cellText(v).normalize('NFKC').toLowerCase().replace(/\s+/g, '');
  if (t === '') return { ok: true, value: 'active' };
  const s = STATUS[t];
  return s ? { ok: true, value: s } : { ok: false };
}

const pad = (n: number) => String(n).padStart(2, '0');

function isoDate(y: number, m: number, d: number): string | undefined {
  if (y < 1800 || y > 2200 || m < 1 || m > 12 || d < 1 || d > 31) return undefined;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** Days from Excel's day 0 (1899-12-30, the 1900 date system with its leap-year bug absorbed) to 1970-01-01. */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/**
 * 成立日期: an Excel date cell (exceljs gives the wall-clock day as UTC midnight), an Excel serial number,
 * YYYY-MM-DD, YYYY/M/D, YYYY.M.D, YYYY年M月D日 or YYYYMMDD (an empty cell is no date).
 */
export function parseDate(v: Cell): Parsed<string | null> {
  if (v === null) return { ok: true, value: null };
  if (v instanceof Date) {
    if (Number.isNaN(v.getTime())) return { ok: false };
    const s = isoDate(v.getUTCFullYear(), v.getUTCMonth() + 1, v.getUTCDate());
    return s ? { ok: true, value: s } : { ok: false };
  }
  if (typeof v === 'number') {
    if (Number.isInteger(v) && v >= 18000101 && v <= 22001231) {
      const s = isoDate(Math.floor(v / 10000), Math.floor(v / 100) % 100, v % 100);
      return s ? { ok: true, value: s } : { ok: false };
    }
    if (v >= 1 && v < 200_000) return parseDate(new Date(EXCEL_EPOCH_MS + Math.floor(v) * 86_400_000));
    return { ok: false };
  }
  const t = cellText(v).normalize('NFKC');
  if (t === '') return { ok: true, value: null };
  const m =
    /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[ T].*)?$/.exec(t) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(t);
  if (!m) return { ok: false };
  const s = isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  return s ? { ok: true, value: s } : { ok: false };
}

/** 行业: a code or a Chinese/English name of the catalogue. */
export function parseIndustry(v: Cell): Parsed<IndustryCode> {
  const code = industryFromText(cellText(v));
  return code ? { ok: true, value: code } : { ok: false };
}

/**
 * 行政区划: a six-digit code, or the name of a division (镜湖区; 芜湖市镜湖区 also works when unambiguous).
 * `byName` maps a name to the codes bearing it. Unknown → `unknown`; a name shared by several divisions →
 * `ambiguous`.
 */
export function parseDivision(
  v: Cell,
  known: ReadonlySet<string>,
  byName: ReadonlyMap<string, readonly string[]>,
): { ok: true; value: string } | { ok: false; problem: 'unknown' | 'ambiguous'; text: string } {
  const t = cellText(v).normalize('NFKC').replace(/\s+/g, '');
  if (/^\d{6}$/.test(t))
    return known.has(t) ? { ok: true, value: t } : { ok: false, problem: 'unknown', text: t };
  let codes = byName.get(t);
  if (!codes) {
    // "芜湖市镜湖区": the longest known name the text ends with.
    const suffix = [...byName.keys()]
      .filter((name) => t.endsWith(name))
      .sort((a, b) => b.length - a.length)[0];
    codes = suffix ? byName.get(suffix) : undefined;
  }
  if (!codes || codes.length === 0) return { ok: false, problem: 'unknown', text: t };
  if (codes.length > 1) return { ok: false, problem: 'ambiguous', text: t };
  return { ok: true, value: codes[0]! };
}

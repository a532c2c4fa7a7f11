/**
 * The columns of an enterprise spreadsheet (import, export and the import template share them): header names
 * accepted in Chinese and English, and how a cell becomes a field value. Pure, no I/O.
 */
import type { Cell, SheetColumn } from '../platform/sheets/columns.js';
import { cellText, parseBoolean, parseDate, type Parsed } from '../platform/sheets/cells.js';
import { industryFromText, type IndustryCode } from './industries.js';

export type { Cell };
/** Cells every import reads alike (src/platform/sheets/cells.ts), re-exported for this part's own files. */
export { cellText, parseBoolean, parseDate, type Parsed };

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

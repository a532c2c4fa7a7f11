/**
 * The columns of the catalog spreadsheets (items; scenarios) and how a cell becomes a value. Pure, no I/O.
 *
 * Items: one row per item — 部门, 事项编码, 事项名称, 检查依据, 适用行业, 是否公布.
 * Scenarios: one row per item of a scenario — 场景编码, 场景名称, 行业, 场景说明, 部门, 事项编码, 是否公布; the
 * scenario's own cells may be left blank (or merged) on its later rows.
 */
import { industryFromText, type IndustryCode } from '../enterprises/index.js';
import type { Cell } from '../platform/sheets/columns.js';
import { cellText } from '../platform/sheets/cells.js';
import { parseCodeList } from '../platform/sheets/code-list.js';
import type { SheetColumn } from '../platform/sheets/columns.js';

export type ItemField = 'department' | 'code' | 'name' | 'legalBasis' | 'industries' | 'published';
export type ScenarioField = 'scenarioCode' | 'scenarioName' | 'industry' | 'description' | 'department' | 'itemCode' | 'published';

const DEPARTMENT_ALIASES = ['执法部门', '实施部门', '实施主体', '检查部门', '部门名称', '部门编码', 'department code', 'dept'];
const PUBLISHED_ALIASES = ['公布', '是否发布', '发布', '状态', 'publish'];

export const ITEM_COLUMNS: readonly SheetColumn<ItemField>[] = [
  // A dept_admin may leave it out: the rows are then its own department's.
  { field: 'department', zh: '部门', en: 'Department', required: false, aliases: DEPARTMENT_ALIASES },
  { field: 'code', zh: '事项编码', en: 'Item code', required: true, aliases: ['编码', '事项代码', '检查事项编码', 'code'] },
  { field: 'name', zh: '事项名称', en: 'Item name', required: true, aliases: ['检查事项', '检查事项名称', '名称', 'name'] },
  {
    field: 'legalBasis',
    zh: '检查依据',
    en: 'Legal basis',
    required: true,
    aliases: ['法律依据', '设定依据', '依据', '执法依据', 'basis'],
  },
  { field: 'industries', zh: '适用行业', en: 'Industries', required: false, aliases: ['行业', '检查对象', 'industry'] },
  { field: 'published', zh: '是否公布', en: 'Published', required: false, aliases: PUBLISHED_ALIASES },
];

export const SCENARIO_COLUMNS: readonly SheetColumn<ScenarioField>[] = [
  { field: 'scenarioCode', zh: '场景编码', en: 'Scenario code', required: true, aliases: ['联查场景编码', '场景代码'] },
  { field: 'scenarioName', zh: '场景名称', en: 'Scenario name', required: true, aliases: ['联查场景', '联查场景名称'] },
  { field: 'industry', zh: '行业', en: 'Industry', required: true, aliases: ['适用行业', '所属行业', '行业类别'] },
  { field: 'description', zh: '场景说明', en: 'Description', required: false, aliases: ['说明', '备注'] },
  { field: 'department', zh: '部门', en: 'Department', required: true, aliases: DEPARTMENT_ALIASES },
  { field: 'itemCode', zh: '事项编码', en: 'Item code', required: true, aliases: ['检查事项编码', '事项代码'] },
  { field: 'published', zh: '是否公布', en: 'Published', required: false, aliases: PUBLISHED_ALIASES },
];

export type Parsed<T> = { ok: true; value: T } | { ok: false; text: string };

/**
 * 适用行业: codes or names separated by 、，,；;/ or line breaks (or spaces between Chinese names); empty, 全部,
 * 不限 or any = every industry ([]).
 */
export function parseIndustries(v: Cell): Parsed<IndustryCode[]> {
  const t = cellText(v).normalize('NFKC').trim();
  if (t === '' || ['全部', '不限', '所有行业', 'any', 'all'].includes(t.toLowerCase())) return { ok: true, value: [] };
  const codes = parseCodeList(t, industryFromText);
  return codes.ok ? codes : { ok: false, text: codes.part };
}

const YES = new Set(['是', '已公布', '公布', '已发布', '发布', 'y', 'yes', 'true', '1', '√', 'published']);
const NO = new Set(['否', '未公布', '不公布', '未发布', '草稿', 'n', 'no', 'false', '0', '×', 'draft', 'unpublished']);

/** 是否公布: 是/否, yes/no, true/false, 1/0; an empty cell is undefined (left as it is, or the default). */
export function parsePublished(v: Cell): Parsed<boolean | undefined> {
  if (typeof v === 'boolean') return { ok: true, value: v };
  const t = cellText(v).normalize('NFKC').trim().toLowerCase();
  if (t === '') return { ok: true, value: undefined };
  if (YES.has(t)) return { ok: true, value: true };
  if (NO.has(t)) return { ok: true, value: false };
  return { ok: false, text: cellText(v) };
}

export interface KnownDepartment {
  id: string;
  code: string;
  name: string;
  shortName: string;
}

/** 部门: a department's code (WH-SCJG), full name (芜湖市市场监督管理局) or short name (市场监管). */
export function resolveDepartment(v: Cell, known: readonly KnownDepartment[]): Parsed<KnownDepartment> {
  const t = cellText(v).normalize('NFKC').replace(/\s+/g, '');
  const d =
    known.find((k) => k.code.toUpperCase() === t.toUpperCase()) ??
    known.find((k) => k.name === t) ??
    known.find((k) => k.shortName === t);
  return d ? { ok: true, value: d } : { ok: false, text: t };
}

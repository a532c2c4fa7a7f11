/**
 * F1 — the columns of the catalog spreadsheet: one row per proof material — 部门, 事项编码, 事项名称, 证明材料,
 * 免提交类别, 依据, 可告知承诺, 核验证明事项, 免提交日期. The item's cells repeat (or are merged) on its rows. Pure.
 */
import type { SheetColumn } from '../platform/sheets/columns.js';

export type CatalogField =
  | 'department'
  | 'itemCode'
  | 'itemName'
  | 'material'
  | 'rule'
  | 'basis'
  | 'commitment'
  | 'proofKind'
  | 'exemptSince';

export const CATALOG_COLUMNS: readonly SheetColumn<CatalogField>[] = [
  {
    field: 'department',
    zh: '部门',
    en: 'Department',
    required: true,
    aliases: ['实施部门', '实施主体', '部门名称', '部门编码'],
  },
  {
    field: 'itemCode',
    zh: '事项编码',
    en: 'Item code',
    required: true,
    aliases: ['政务服务事项编码', '事项代码'],
  },
  {
    field: 'itemName',
    zh: '事项名称',
    en: 'Item name',
    required: true,
    aliases: ['政务服务事项', '政务服务事项名称'],
  },
  {
    field: 'material',
    zh: '证明材料',
    en: 'Proof material',
    required: true,
    aliases: ['材料名称', '证明材料名称'],
  },
  {
    field: 'rule',
    zh: '免提交类别',
    en: 'Exemption rule',
    required: true,
    aliases: ['免提交依据类别', '类别', 'rule'],
  },
  {
    field: 'basis',
    zh: '依据',
    en: 'Basis',
    required: true,
    aliases: ['文件依据', '法律依据', '设定依据', 'basis'],
  },
  {
    field: 'commitment',
    zh: '可告知承诺',
    en: 'Commitment allowed',
    required: false,
    aliases: ['告知承诺', '是否可告知承诺'],
  },
  {
    field: 'proofKind',
    zh: '核验证明事项',
    en: 'Proof kind',
    required: false,
    aliases: ['证明事项编码', 'proofkind'],
  },
  {
    field: 'exemptSince',
    zh: '免提交日期',
    en: 'Exempt since',
    required: false,
    aliases: ['免提交时间', '实施日期'],
  },
];

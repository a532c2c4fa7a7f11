import type { MessageKey } from '../../i18n';

/**
 * The columns of the penalty spreadsheet, as POST /api/credit/penalties/import reads them (its headers are
 * also accepted in English and by several aliases). The template carries these headers and one example row.
 */
export const IMPORT_COLUMNS: readonly { field: string; label: MessageKey; example: string }[] = [
  { field: 'uscc', label: 'credit.import.column.uscc', example: '91340200MA2XXXXXXX' },
  { field: 'decisionNo', label: 'credit.import.column.decisionNo', example: '芜市监罚〔2026〕1号' },
  { field: 'department', label: 'credit.import.column.department', example: 'WH-SCJG' },
  { field: 'decisionDate', label: 'credit.import.column.decisionDate', example: '2026-03-01' },
  { field: 'kinds', label: 'credit.import.column.kinds', example: '罚款' },
  { field: 'fineAmount', label: 'credit.import.column.fineAmount', example: '5000' },
  { field: 'severity', label: 'credit.import.column.severity', example: '一般' },
];

import { Empty, type TableColumnsType } from 'antd';
import { DataTable } from './DataTable';
import { useMemo } from 'react';
import { isMessageKey, useT, type Translate } from '../i18n';
import { formatValue } from './format';

export type JsonRecord = Record<string, unknown>;

export interface RecordTableProps {
  rows: readonly JsonRecord[] | undefined;
  /** Field names to show first, in this order; other fields of the rows follow. */
  columns?: readonly string[];
  testId?: string;
}

/** Identifiers are for machines; they are not shown. */
const isHidden = (key: string) => key === 'id' || key.endsWith('Id') || key.endsWith('Ids');

function columnKeys(rows: readonly JsonRecord[], preferred: readonly string[]): string[] {
  const present = new Set<string>();
  for (const row of rows) for (const key of Object.keys(row)) if (!isHidden(key)) present.add(key);
  const first = preferred.filter((key) => present.has(key));
  const rest = [...present].filter((key) => !preferred.includes(key));
  return [...first, ...rest];
}

function title(key: string, t: Translate): string {
  const messageKey = `field.${key}`;
  return isMessageKey(messageKey) ? t(messageKey) : key;
}

/**
 * A read-only table of records whose shape the API decides (the enterprise file's sections): columns come
 * from the records' fields, titles from the field.* dictionary entries, values through formatValue.
 */
export function RecordTable({ rows, columns: preferred = [], testId }: RecordTableProps) {
  const t = useT();
  const columns = useMemo<TableColumnsType<JsonRecord>>(
    () =>
      columnKeys(rows ?? [], preferred).map((key) => ({
        key,
        dataIndex: key,
        title: title(key, t),
        render: (value: unknown) => formatValue(value, t),
      })),
    [rows, preferred, t],
  );

  if (!rows?.length) {
    return (
      <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('common.empty')} data-testid={testId} />
    );
  }
  return (
    <DataTable<JsonRecord>
      data-testid={testId}
      columns={columns}
      dataSource={rows as JsonRecord[]}
      rowKey={(row) => String(row.id ?? JSON.stringify(row))}
      pagination={{ pageSize: 10, hideOnSinglePage: true, showSizeChanger: false }}
    />
  );
}

import { Table, type TableProps } from 'antd';
import type { HTMLAttributes } from 'react';
import { useT } from '../i18n';

export interface DataTableProps<T> extends TableProps<T> {
  /** The data-* attributes of a row, e.g. `{ testid: 'case-row', id: c.id }` → data-testid, data-id (or `onRow`). */
  rowData?: (row: T) => Record<string, string | undefined>;
}

const dataAttributes = (data: Record<string, string | undefined>) =>
  Object.fromEntries(
    Object.entries(data).map(([key, value]) => [`data-${key}`, value]),
  ) as HTMLAttributes<HTMLElement>;

/** The house table: rows by id, scrolling sideways when wide, the empty text, data-* attributes per row. */
export function DataTable<T extends object>({ rowData, ...table }: DataTableProps<T>) {
  const t = useT();
  return (
    <Table<T>
      rowKey="id"
      size="middle"
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t('common.empty') }}
      onRow={rowData && ((row) => dataAttributes(rowData(row)))}
      {...table}
    />
  );
}

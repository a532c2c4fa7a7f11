import { Table, type TableProps } from 'antd';
import type { HTMLAttributes } from 'react';
import type { ApiQuery } from '../api/useApiQuery';
import { useT } from '../i18n';
import { QueryErrorAlert } from './QueryErrorAlert';

export interface ListTableProps<T> extends Omit<
  TableProps<T>,
  'dataSource' | 'loading' | 'rowKey' | 'onRow'
> {
  /** The list's query: its items are the rows; a failure is shown above the table with a retry. */
  list: ApiQuery<{ items: T[] }>;
  /** The data-* attributes of a row, e.g. `{ testid: 'case-row', id: c.id }` → data-testid, data-id. */
  rowData?: (row: T) => Record<string, string | undefined>;
}

const dataAttributes = (data: Record<string, string | undefined>) =>
  Object.fromEntries(
    Object.entries(data).map(([key, value]) => [`data-${key}`, value]),
  ) as HTMLAttributes<HTMLElement>;

/** A list from the API as a table: rows by id, loading and empty states, its error with a retry. */
export function ListTable<T extends { id: string }>({ list, rowData, ...table }: ListTableProps<T>) {
  const t = useT();
  return (
    <>
      <QueryErrorAlert error={list.error} onRetry={list.reload} />
      <Table<T>
        rowKey="id"
        size="middle"
        dataSource={list.data?.items ?? []}
        loading={list.loading}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('common.empty') }}
        onRow={rowData && ((row) => dataAttributes(rowData(row)))}
        {...table}
      />
    </>
  );
}

import type { ApiQuery } from '../api/useApiQuery';
import { DataTable, type DataTableProps } from './DataTable';
import { QueryErrorAlert } from './QueryErrorAlert';

export interface ListTableProps<T> extends Omit<DataTableProps<T>, 'dataSource' | 'loading'> {
  /** The list's query: its items are the rows; a failure is shown above the table with a retry. */
  list: ApiQuery<{ items: T[] }>;
}

/** A list from the API as a table: loading and empty states, its error with a retry. */
export function ListTable<T extends object>({ list, ...table }: ListTableProps<T>) {
  return (
    <>
      <QueryErrorAlert error={list.error} onRetry={list.reload} />
      <DataTable<T> dataSource={list.data?.items ?? []} loading={list.loading} {...table} />
    </>
  );
}

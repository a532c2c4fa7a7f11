import type { TableColumnsType } from 'antd';
import { useMemo, type ReactNode } from 'react';
import type { Query } from '../api/client';
import { useApiQuery } from '../api/useApiQuery';
import type { Page } from '../enterprises/types';
import { useT } from '../i18n';
import { usePagination } from '../inspections/usePagination';
import { ListTable } from './ListTable';

interface Props<T> {
  /** The list's path; it answers a Page for `page` and `pageSize`. */
  path: string;
  /** Its filters. */
  query: Query;
  columns: TableColumnsType<T>;
  /** The caller's actions on a row (a last, fixed column), given a reload for after the act. */
  actions?: (row: T, reload: () => void) => ReactNode;
  /** The data-* attributes of a row. */
  rowData: (row: T) => Record<string, string | undefined>;
  testId: string;
}

/** A server-paged list in the caller's scope, with the caller's actions per row. */
export function PagedTable<T extends { id: string }>({
  path,
  query,
  columns,
  actions,
  rowData,
  testId,
}: Props<T>) {
  const t = useT();
  const { page, pageSize, pagination } = usePagination();
  const list = useApiQuery<Page<T>>(path, { ...query, page, pageSize });
  const { reload } = list;
  const withActions = useMemo<TableColumnsType<T>>(
    () =>
      actions
        ? [
            ...columns,
            {
              key: 'actions',
              title: t('common.actions'),
              fixed: 'end',
              render: (_, row) => actions(row, reload),
            },
          ]
        : columns,
    [columns, actions, reload, t],
  );
  return (
    <ListTable<T>
      list={list}
      columns={withActions}
      rowData={rowData}
      pagination={pagination(list.data?.total ?? 0)}
      data-testid={testId}
    />
  );
}

import type { TablePaginationConfig } from 'antd';
import { useCallback, useState } from 'react';
import { useT } from '../i18n';

/** Server-side paging for a table: the page to ask for, and the table's pagination for a total. */
export function usePagination(initialPageSize = 20) {
  const t = useT();
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(initialPageSize);
  const pagination = useCallback(
    (total: number): TablePaginationConfig => ({
      current: page,
      pageSize,
      total,
      showSizeChanger: true,
      showTotal: (n) => t('common.total', { total: n }),
      onChange: (next, size) => {
        setPage(size !== pageSize ? 1 : next);
        setPageSize(size);
      },
    }),
    [page, pageSize, t],
  );
  const firstPage = useCallback(() => setPage(1), []);
  return { page, pageSize, pagination, firstPage };
}

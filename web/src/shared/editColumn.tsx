import { Button, type TableColumnsType } from 'antd';
import type { Translate } from '../i18n';

/** The 操作 column of a master-data list: 编辑 on the rows the caller may change (opens the drawer). */
export function editColumn<T>(
  t: Translate,
  editable: (row: T) => boolean,
  edit: (row: T) => void,
  testId: string,
): TableColumnsType<T>[number] {
  return {
    key: 'actions',
    title: t('common.actions'),
    fixed: 'end',
    render: (_: unknown, row: T) =>
      editable(row) ? (
        <Button type="link" size="small" onClick={() => edit(row)} data-testid={testId}>
          {t('common.edit')}
        </Button>
      ) : null,
  };
}

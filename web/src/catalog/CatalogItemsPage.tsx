import { Card, Input, Segmented, Space, Tag, type TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import { useApiQuery } from '../api/useApiQuery';
import { useMe } from '../auth/SessionProvider';
import type { Page } from '../enterprises/types';
import { useT } from '../i18n';
import { editColumn } from '../shared/editColumn';
import { DepartmentSelect } from '../shared/filters';
import { ListTable } from '../shared/ListTable';
import { NewButton } from '../shared/NewButton';
import { CATALOG_ITEMS_PATH, CATALOG_PAGE_SIZE } from './api';
import { CatalogExport, CatalogImport } from './CatalogSpreadsheets';
import { CatalogStats } from './CatalogStats';
import { ItemDrawer } from './ItemDrawer';
import { PublishSwitch } from './PublishSwitch';
import type { CatalogItem } from './types';
import { useDialog } from '../shared/useDialog';

type Published = '' | 'true' | 'false';

type Editing = CatalogItem | 'new';

function useColumns(reload: () => void, edit: (item: CatalogItem) => void): TableColumnsType<CatalogItem> {
  const t = useT();
  const me = useMe();
  return useMemo<TableColumnsType<CatalogItem>>(() => {
    const editable = (item: CatalogItem) =>
      me.role === 'admin' || (me.role === 'dept_admin' && me.department?.id === item.departmentId);
    return [
      { key: 'code', dataIndex: 'code', title: t('catalog.code'), width: 110 },
      { key: 'name', dataIndex: 'name', title: t('catalog.name'), width: 300 },
      { key: 'legalBasis', dataIndex: 'legalBasis', title: t('catalog.legalBasis'), width: 380 },
      { key: 'department', dataIndex: ['department', 'name'], title: t('field.department') },
      {
        key: 'industries',
        dataIndex: 'industryNames',
        title: t('enterprise.industry'),
        render: (names: string[]) =>
          names.length ? names.map((n) => <Tag key={n}>{n}</Tag>) : <Tag>{t('catalog.anyIndustry')}</Tag>,
      },
      {
        key: 'published',
        title: t('catalog.publication'),
        fixed: 'end',
        render: (_, item) => <PublishSwitch item={item} onChanged={reload} />,
      },
      editColumn(t, editable, edit, 'item-edit'),
    ];
  }, [t, reload, edit, me]);
}

/** 检查事项 (A1): each department's items with their legal basis; publish or withdraw own items. */
export default function CatalogItemsPage() {
  const t = useT();
  const me = useMe();
  const [departmentId, setDepartmentId] = useState<string | undefined>(
    me.role === 'dept_admin' ? me.department?.id : undefined,
  );
  const [published, setPublished] = useState<Published>('');
  const [search, setSearch] = useState('');
  const items = useApiQuery<Page<CatalogItem>>(CATALOG_ITEMS_PATH, {
    departmentId,
    published,
    q: search,
    pageSize: CATALOG_PAGE_SIZE,
  });
  const editing = useDialog<Editing>(items.reload);
  const columns = useColumns(items.reload, editing.open);
  const mayEdit = me.role === 'admin' || me.role === 'dept_admin';

  return (
    <>
      <CatalogStats />
      <Card
        title={t('menu.catalogItems')}
        extra={
          <Space wrap>
            <DepartmentSelect testId="catalog-department" value={departmentId} onChange={setDepartmentId} />
            <Segmented<Published>
              value={published}
              onChange={setPublished}
              options={[
                { value: '', label: t('common.all') },
                { value: 'true', label: t('catalog.published') },
                { value: 'false', label: t('catalog.draft') },
              ]}
            />
            <Input.Search
              allowClear
              placeholder={t('catalog.searchPlaceholder')}
              onSearch={setSearch}
              style={{ width: 220 }}
            />
            {(mayEdit || me.role === 'supervisor') && (
              <CatalogExport list="items" query={{ departmentId, published, q: search }} />
            )}
            {mayEdit && (
              <>
                <CatalogImport list="items" onImported={items.reload} />
                <NewButton onClick={() => editing.open('new')} testId="item-new" />
              </>
            )}
          </Space>
        }
      >
        <ListTable<CatalogItem>
          list={items}
          data-testid="catalog-items"
          columns={columns}
          pagination={{ defaultPageSize: 20, showTotal: (total) => t('common.total', { total }) }}
        />
      </Card>
      {editing.value && <ItemDrawer item={editing.value === 'new' ? null : editing.value} {...editing.props} />}
    </>
  );
}

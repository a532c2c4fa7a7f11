import { Card, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useMemo } from 'react';
import { useApiQuery } from '../api/useApiQuery';
import { useMe } from '../auth/SessionProvider';
import type { Page } from '../enterprises/types';
import { useT } from '../i18n';
import { editColumn } from '../shared/editColumn';
import { ListTable } from '../shared/ListTable';
import { NewButton } from '../shared/NewButton';
import { CATALOG_PAGE_SIZE, CATALOG_SCENARIOS_PATH } from './api';
import { CatalogExport, CatalogImport } from './CatalogSpreadsheets';
import { CatalogStats } from './CatalogStats';
import { ScenarioDrawer } from './ScenarioDrawer';
import type { CatalogItem, Scenario } from './types';
import { useDialog } from '../shared/useDialog';

function ScenarioItems({ scenario }: { scenario: Scenario }) {
  const t = useT();
  return (
    <>
      {scenario.description && (
        <Typography.Paragraph type="secondary">{scenario.description}</Typography.Paragraph>
      )}
      <Table<CatalogItem>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={scenario.items}
        columns={[
          { key: 'department', dataIndex: ['department', 'shortName'], title: t('field.department') },
          { key: 'code', dataIndex: 'code', title: t('catalog.code') },
          { key: 'name', dataIndex: 'name', title: t('catalog.name') },
          { key: 'legalBasis', dataIndex: 'legalBasis', title: t('catalog.legalBasis') },
        ]}
      />
    </>
  );
}

/** 联查场景 (A1): scenarios that merge several departments' items into one visit, with their items. */
export default function ScenariosPage() {
  const t = useT();
  const me = useMe();
  const scenarios = useApiQuery<Page<Scenario>>(CATALOG_SCENARIOS_PATH, {
    pageSize: CATALOG_PAGE_SIZE,
  });
  const editing = useDialog<Scenario | 'new'>(scenarios.reload);
  const mayEdit = me.role === 'admin' || me.role === 'supervisor' || me.role === 'dept_admin';
  const columns = useMemo<TableColumnsType<Scenario>>(() => {
    /** A dept_admin keeps the scenarios its department takes part in. */
    const editable = (s: Scenario) =>
      me.role !== 'dept_admin' || s.departments.some((d) => d.id === me.department?.id);
    return [
      { key: 'code', dataIndex: 'code', title: t('catalog.code') },
      { key: 'name', dataIndex: 'name', title: t('catalog.scenarioName') },
      { key: 'industry', dataIndex: 'industryName', title: t('enterprise.industry') },
      {
        key: 'departments',
        title: t('field.departments'),
        render: (_, s) =>
          s.departments.map((d) => (
            <Tag key={d.id}>
              {d.shortName || d.name} × {d.itemCount}
            </Tag>
          )),
      },
      { key: 'items', title: t('field.items'), render: (_, s) => s.items.length },
      {
        key: 'published',
        title: t('catalog.publication'),
        render: (_, s) => (
          <Tag color={s.published ? 'green' : 'default'}>
            {t(s.published ? 'catalog.published' : 'catalog.draft')}
          </Tag>
        ),
      },
      ...(mayEdit ? [editColumn(t, editable, editing.open, 'scenario-edit')] : []),
    ];
  }, [t, mayEdit, me, editing.open]);

  return (
    <>
      <CatalogStats />
      <Card
        title={t('menu.scenarios')}
        extra={
          mayEdit && (
            <Space wrap>
              <CatalogExport list="scenarios" />
              <CatalogImport list="scenarios" onImported={scenarios.reload} />
              <NewButton onClick={() => editing.open('new')} testId="scenario-new" />
            </Space>
          )
        }
      >
        <ListTable<Scenario>
          list={scenarios}
          data-testid="catalog-scenarios"
          columns={columns}
          expandable={{ expandedRowRender: (s) => <ScenarioItems scenario={s} /> }}
          pagination={{ defaultPageSize: 20, showTotal: (total) => t('common.total', { total }) }}
        />
      </Card>
      {editing.value && <ScenarioDrawer scenario={editing.value === 'new' ? null : editing.value} {...editing.props} />}
    </>
  );
}

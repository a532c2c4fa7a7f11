import { Card, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useMemo } from 'react';
import { useApiQuery } from '../api/useApiQuery';
import type { Page } from '../enterprises/types';
import { useT } from '../i18n';
import { ListTable } from '../shared/ListTable';
import { CATALOG_PAGE_SIZE, CATALOG_SCENARIOS_PATH } from './api';
import { CatalogStats } from './CatalogStats';
import type { CatalogItem, Scenario } from './types';

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
  const scenarios = useApiQuery<Page<Scenario>>(CATALOG_SCENARIOS_PATH, {
    pageSize: CATALOG_PAGE_SIZE,
  });
  const columns = useMemo<TableColumnsType<Scenario>>(
    () => [
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
    ],
    [t],
  );

  return (
    <>
      <CatalogStats />
      <Card title={t('menu.scenarios')}>
        <ListTable<Scenario>
          list={scenarios}
          data-testid="catalog-scenarios"
          columns={columns}
          expandable={{ expandedRowRender: (s) => <ScenarioItems scenario={s} /> }}
          pagination={{ defaultPageSize: 20, showTotal: (total) => t('common.total', { total }) }}
        />
      </Card>
    </>
  );
}

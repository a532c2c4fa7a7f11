import { FileExcelOutlined } from '@ant-design/icons';
import { Card, Space, Typography, type TableColumnsType } from 'antd';
import { useMemo } from 'react';
import { Link } from 'react-router-dom';
import { useApiQuery } from '../api/useApiQuery';
import { useMe } from '../auth/SessionProvider';
import { useT } from '../i18n';
import { formatDate } from '../shared/format';
import { DownloadButton } from '../shared/DownloadButton';
import { ListTable } from '../shared/ListTable';
import { ENTERPRISES_PATH, exportEnterprises, importTemplate } from './api';
import { EnterpriseFilters } from './EnterpriseFilters';
import { EnterpriseStatusTag } from './EnterpriseStatusTag';
import { ImportButton } from './ImportButton';
import { canImport } from './permissions';
import type { Enterprise, Page } from './types';
import { useEnterpriseListParams } from './useEnterpriseListParams';

function useColumns(): TableColumnsType<Enterprise> {
  const t = useT();
  return useMemo(
    () => [
      {
        key: 'name',
        title: t('enterprise.name'),
        fixed: 'start',
        render: (_, e) => (
          <Link to={`/enterprises/${encodeURIComponent(e.uscc)}`} data-testid="enterprise-row">
            {e.name}
          </Link>
        ),
      },
      {
        key: 'uscc',
        dataIndex: 'uscc',
        title: t('enterprise.uscc'),
        render: (uscc: string) => <Typography.Text copyable>{uscc}</Typography.Text>,
      },
      {
        key: 'legalRepresentative',
        dataIndex: 'legalRepresentative',
        title: t('enterprise.legalRepresentative'),
      },
      { key: 'industry', dataIndex: 'industryName', title: t('enterprise.industry') },
      { key: 'division', dataIndex: 'divisionName', title: t('enterprise.division') },
      {
        key: 'aboveDesignatedSize',
        dataIndex: 'aboveDesignatedSize',
        title: t('enterprise.aboveDesignatedSize'),
        render: (above: boolean) => (above ? t('common.yes') : t('common.no')),
      },
      {
        key: 'status',
        dataIndex: 'status',
        title: t('enterprise.status'),
        render: (status: Enterprise['status']) => <EnterpriseStatusTag status={status} />,
      },
      {
        key: 'registeredOn',
        dataIndex: 'registeredOn',
        title: t('enterprise.registeredOn'),
        render: (date: string) => formatDate(date),
      },
    ],
    [t],
  );
}

/** 企业档案: search, filter, page through enterprises; import and export by role. */
export default function EnterpriseListPage() {
  const t = useT();
  const me = useMe();
  const columns = useColumns();
  const { filter, page, pageSize, update } = useEnterpriseListParams();
  const enterprises = useApiQuery<Page<Enterprise>>(ENTERPRISES_PATH, {
    ...filter,
    page,
    pageSize,
  });

  return (
    <Card
      title={t('menu.enterprises')}
      extra={
        <Space wrap>
          {canImport(me.role) && (
            <DownloadButton
              type="link"
              icon={<FileExcelOutlined />}
              fetch={importTemplate}
              fileName={`${t('enterprise.templateFileName')}.xlsx`}
              data-testid="enterprise-import-template"
            >
              {t('enterprise.importTemplate')}
            </DownloadButton>
          )}
          {canImport(me.role) && <ImportButton onImported={enterprises.reload} />}
          <DownloadButton
            fetch={() => exportEnterprises(filter)}
            fileName={`${t('enterprise.exportFileName')}.xlsx`}
            data-testid="enterprise-export"
          >
            {t('enterprise.export')}
          </DownloadButton>
        </Space>
      }
    >
      <EnterpriseFilters filter={filter} onChange={update} />
      <ListTable<Enterprise>
        list={enterprises}
        columns={columns}
        pagination={{
          current: page,
          pageSize,
          total: enterprises.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [10, 20, 50, 100],
          showTotal: (total) => t('common.total', { total }),
          onChange: (nextPage, nextSize) =>
            update(nextSize !== pageSize ? { page: 1, pageSize: nextSize } : { page: nextPage }),
        }}
      />
    </Card>
  );
}

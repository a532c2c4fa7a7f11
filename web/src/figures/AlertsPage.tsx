import { Card, Select, Space, Table, Tag, type TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { useApiQuery } from '../api/useApiQuery';
import { useT } from '../i18n';
import { usePagination } from '../inspections/usePagination';
import { formatDateTime } from '../shared/format';
import { QueryErrorAlert } from '../shared/QueryErrorAlert';
import { alertDetail } from './alertDetail';
import {
  ALERTS_PATH,
  SIGNAL_KINDS,
  SIGNAL_STATUSES,
  type SignalKind,
  type SignalStatus,
  type SupervisionAlert,
} from './types';

const SEVERITY_COLORS = { high: 'red', medium: 'orange', low: 'blue' } as const;

function useColumns(): TableColumnsType<SupervisionAlert> {
  const t = useT();
  return useMemo(
    () => [
      { key: 'createdAt', title: t('field.createdAt'), render: (_, a) => formatDateTime(a.createdAt) },
      {
        key: 'kind',
        title: t('alert.kind'),
        render: (_, a) => (
          <Tag data-testid="alert-kind" data-kind={a.kind}>
            {t(`alert.kind.${a.kind}`)}
          </Tag>
        ),
      },
      {
        key: 'severity',
        title: t('alert.severity'),
        render: (_, a) => <Tag color={SEVERITY_COLORS[a.severity]}>{t(`alert.severity.${a.severity}`)}</Tag>,
      },
      {
        key: 'enterprise',
        title: t('enterprise.name'),
        render: (_, a) =>
          a.enterprise?.uscc ? (
            <Link to={`/enterprises/${encodeURIComponent(a.enterprise.uscc)}`}>{a.enterprise.name}</Link>
          ) : (
            t('common.none')
          ),
      },
      {
        key: 'department',
        title: t('field.department'),
        render: (_, a) => a.department?.name ?? t('common.none'),
      },
      { key: 'detail', title: t('alert.detail'), width: 360, render: (_, a) => alertDetail(a, t) },
      { key: 'status', title: t('field.status'), render: (_, a) => t(`alert.status.${a.status}`) },
    ],
    [t],
  );
}

/** 监督预警 (A9 and the other sources of B1): every signal raised for supervision, newest first. */
export default function AlertsPage() {
  const t = useT();
  const columns = useColumns();
  const [kind, setKind] = useState<SignalKind>();
  const [status, setStatus] = useState<SignalStatus>();
  const { page, pageSize, pagination, firstPage } = usePagination(50);
  const { data, loading, error, reload } = useApiQuery<{ items: SupervisionAlert[]; total: number }>(
    ALERTS_PATH,
    {
      kind,
      status,
      page,
      pageSize,
    },
  );

  return (
    <Card
      title={t('menu.alerts')}
      extra={
        <Space wrap>
          <Select<SignalKind>
            allowClear
            style={{ minWidth: 180 }}
            placeholder={t('alert.kindPlaceholder')}
            value={kind}
            onChange={(v) => {
              setKind(v);
              firstPage();
            }}
            options={SIGNAL_KINDS.map((k) => ({ value: k, label: t(`alert.kind.${k}`) }))}
            data-testid="alert-kind-filter"
          />
          <Select<SignalStatus>
            allowClear
            style={{ minWidth: 140 }}
            placeholder={t('alert.statusPlaceholder')}
            value={status}
            onChange={(v) => {
              setStatus(v);
              firstPage();
            }}
            options={SIGNAL_STATUSES.map((s) => ({ value: s, label: t(`alert.status.${s}`) }))}
          />
        </Space>
      }
    >
      <QueryErrorAlert error={error} onRetry={reload} />
      <Table<SupervisionAlert>
        rowKey="id"
        size="middle"
        data-testid="alert-table"
        columns={columns}
        dataSource={data?.items ?? []}
        loading={loading}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('common.empty') }}
        pagination={pagination(data?.total ?? 0)}
      />
    </Card>
  );
}

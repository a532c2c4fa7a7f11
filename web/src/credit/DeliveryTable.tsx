import { Typography, type TableColumnsType } from 'antd';
import { useMemo, type ReactNode } from 'react';
import { useT } from '../i18n';
import { DataTable } from '../shared/DataTable';
import { formatDateTime } from '../shared/format';
import { platformName } from './labels';
import { DeliveryStatusTag } from './tags';
import type { Delivery } from './types';

interface Props {
  deliveries: readonly Delivery[];
  /** Show the record each delivery is about (the officer's list of every delivery). */
  withRecord?: boolean;
  action?: (d: Delivery) => ReactNode;
  loading?: boolean;
  pagination?: false | object;
  testId?: string;
}

/** C5 — one row per platform a repair goes to: status, attempts, last error, when it arrived. */
export function DeliveryTable({ deliveries, withRecord, action, loading, pagination = false, testId = 'delivery-table' }: Props) {
  const t = useT();
  const columns = useMemo(() => {
    const none = t('common.none');
    const cols: TableColumnsType<Delivery> = [
      { key: 'platform', title: t('credit.delivery.platform'), render: (_, d) => platformName(t, d.platform, d.platformName) },
      ...(withRecord
        ? ([
            { key: 'decisionNo', title: t('field.decisionNo'), dataIndex: 'decisionNo' },
            { key: 'uscc', title: t('enterprise.uscc'), dataIndex: 'uscc' },
            {
              key: 'action',
              title: t('credit.delivery.action'),
              render: (_, d) => (d.action ? t(d.action === 'repair' ? 'credit.delivery.repair' : 'credit.delivery.stop') : none),
            },
          ] satisfies TableColumnsType<Delivery>)
        : []),
      { key: 'status', title: t('field.status'), render: (_, d) => <DeliveryStatusTag status={d.status} /> },
      { key: 'attempts', title: t('credit.delivery.attempts'), dataIndex: 'attempts', align: 'end' },
      {
        key: 'when',
        title: t('credit.delivery.when'),
        render: (_, d) =>
          d.deliveredAt
            ? formatDateTime(d.deliveredAt)
            : d.nextAttemptAt
              ? t('credit.delivery.nextAttempt', { at: formatDateTime(d.nextAttemptAt) })
              : none,
      },
      {
        key: 'lastError',
        title: t('credit.delivery.lastError'),
        render: (_, d) =>
          d.lastError ? (
            <Typography.Text type="danger" ellipsis={{ tooltip: d.lastError }} style={{ maxWidth: 260 }}>
              {d.lastError}
            </Typography.Text>
          ) : (
            none
          ),
      },
    ];
    // Kept in view at the table's end however wide the other columns are (the table scrolls beneath it).
    if (action) cols.push({ key: 'actions', title: t('common.actions'), fixed: 'end', render: (_, d) => action(d) });
    return cols;
  }, [t, withRecord, action]);

  return (
    <DataTable<Delivery>
      size="small"
      data-testid={testId}
      columns={columns}
      dataSource={[...deliveries]}
      loading={loading}
      pagination={pagination}
      locale={{ emptyText: t('credit.delivery.none') }}
      rowData={(d) => ({ testid: 'delivery-row', platform: d.platform, status: d.status, 'record-id': d.recordId ?? undefined })}
    />
  );
}

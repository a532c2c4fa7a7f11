import { Card, Flex, Segmented, Select } from 'antd';
import { useCallback, useState } from 'react';
import { useApiQuery } from '../../api/useApiQuery';
import { useMe } from '../../auth/SessionProvider';
import { useT } from '../../i18n';
import { usePagination } from '../../inspections/usePagination';
import { QueryErrorAlert } from '../../shared/QueryErrorAlert';
import { DELIVERIES_PATH } from '../api';
import { DeliveryTable } from '../DeliveryTable';
import { DELIVERY_PLATFORMS, platformName } from '../labels';
import type { Delivery, DeliveryPage, DeliveryStatus } from '../types';
import { PlatformCounts } from './PlatformCounts';
import { ResendButton } from './ResendButton';

type StatusFilter = 'all' | DeliveryStatus;
const STATUS_FILTERS: readonly StatusFilter[] = ['all', 'dead', 'pending', 'delivered'];

/** 推送状态 (C5): every repair's delivery to 信用中国, 公示系统 and the industry platform; manual resend. */
export default function DeliveriesPage() {
  const t = useT();
  const me = useMe();
  const [status, setStatus] = useState<StatusFilter>('all');
  const [platform, setPlatform] = useState<string | undefined>();
  const { page, pageSize, pagination, firstPage } = usePagination();
  const { data, error, loading, reload } = useApiQuery<DeliveryPage>(DELIVERIES_PATH, {
    status: status === 'all' ? undefined : status,
    platform,
    page,
    pageSize,
  });
  const canResend = me.role === 'credit_officer' || me.role === 'admin';
  // 重新推送 only where the server says a resend is possible (a dead delivery).
  const action = useCallback((d: Delivery) => (d.resendable ? <ResendButton delivery={d} onDone={reload} /> : null), [reload]);

  return (
    <Card title={t('menu.creditDeliveries')}>
      <PlatformCounts counts={data?.counts ?? []} />
      <Flex wrap gap={12} style={{ marginBottom: 16 }}>
        <Segmented<StatusFilter>
          value={status}
          onChange={(v) => {
            setStatus(v);
            firstPage();
          }}
          options={STATUS_FILTERS.map((s) => ({
            value: s,
            label: s === 'all' ? t('common.all') : t(`credit.delivery.status.${s}`),
          }))}
          data-testid="delivery-filter-status"
        />
        <Select
          allowClear
          placeholder={t('credit.delivery.platform')}
          value={platform}
          onChange={(p?: string) => {
            setPlatform(p);
            firstPage();
          }}
          options={DELIVERY_PLATFORMS.map((p) => ({ value: p, label: platformName(t, p) }))}
          style={{ width: 240 }}
          data-testid="delivery-filter-platform"
        />
      </Flex>
      <QueryErrorAlert error={error} onRetry={reload} />
      <DeliveryTable
        deliveries={data?.items ?? []}
        withRecord
        loading={loading}
        action={canResend ? action : undefined}
        pagination={pagination(data?.total ?? 0)}
      />
    </Card>
  );
}

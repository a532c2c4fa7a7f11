import { Card, Flex, Input, Segmented, Switch, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useApiQuery } from '../../api/useApiQuery';
import type { Page } from '../../enterprises/types';
import { KpiCards } from '../../figures/KpiCards';
import { useT } from '../../i18n';
import { usePagination } from '../../inspections/usePagination';
import { QueryErrorAlert } from '../../shared/QueryErrorAlert';
import { APPLICATIONS_PATH, FIGURES_PATH } from '../api';
import type { ApplicationRow, ApplicationStatus, CreditFigures } from '../types';
import { ReviewTable } from './ReviewTable';

type StatusFilter = 'open' | ApplicationStatus;
const FILTERS: readonly StatusFilter[] = ['open', 'pending', 'awaiting-proof', 'approved', 'rejected'];

/** Matches the enterprise name, its USCC or the decision number (on the page the API sent). */
const matches = (a: ApplicationRow, q: string) =>
  !q ||
  [a.penalty.enterpriseName ?? '', a.penalty.uscc, a.penalty.decisionNo].some((s) =>
    s.toLowerCase().includes(q.toLowerCase()),
  );

/** 修复审核 (credit officer): the queue of repair applications, deadlines and overdue marks. */
export default function ReviewQueuePage() {
  const t = useT();
  const [status, setStatus] = useState<StatusFilter>('open');
  const [q, setQ] = useState('');
  const [overdueOnly, setOverdueOnly] = useState(false);
  const { page, pageSize, pagination, firstPage } = usePagination();
  const list = useApiQuery<Page<ApplicationRow>>(APPLICATIONS_PATH, {
    status: status === 'open' ? undefined : status,
    page,
    pageSize,
  });
  const figures = useApiQuery<CreditFigures>(FIGURES_PATH);
  const rows = useMemo(
    () => (list.data?.items ?? []).filter((a) => matches(a, q.trim()) && (!overdueOnly || a.overdue)),
    [list.data, q, overdueOnly],
  );
  const r = figures.data?.review;

  return (
    <Card title={t('menu.creditReviews')}>
      {r && (
        <KpiCards
          kpis={[
            { key: 'pending', title: t('credit.queue.pending'), value: r.pending },
            { key: 'awaiting', title: t('credit.queue.awaiting'), value: r.awaitingProof },
            { key: 'overdue', title: t('credit.queue.overdue'), value: r.overdue },
            {
              key: 'average',
              title: t('credit.figures.averageReview'),
              value: r.averageWorkingDays ?? t('common.none'),
              note: t('credit.figures.workingDays'),
            },
          ]}
        />
      )}
      <Flex wrap gap={12} align="center" style={{ marginBottom: 16 }}>
        <Segmented<StatusFilter>
          value={status}
          onChange={(v) => {
            setStatus(v);
            firstPage();
          }}
          options={FILTERS.map((f) => ({ value: f, label: t(`credit.queue.filter.${f}`) }))}
          data-testid="review-filter-status"
        />
        <Input.Search
          allowClear
          placeholder={t('credit.queue.search')}
          onSearch={setQ}
          onChange={(e) => !e.target.value && setQ('')}
          style={{ width: 280 }}
          data-testid="review-filter-q"
        />
        <Flex align="center" gap={6}>
          <Switch size="small" checked={overdueOnly} onChange={setOverdueOnly} data-testid="review-filter-overdue" />
          <Typography.Text>{t('credit.queue.overdueOnly')}</Typography.Text>
        </Flex>
      </Flex>
      <QueryErrorAlert error={list.error} onRetry={list.reload} />
      <ReviewTable rows={rows} loading={list.loading} pagination={pagination(list.data?.total ?? 0)} />
    </Card>
  );
}

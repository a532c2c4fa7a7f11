import { Badge, Card, Checkbox, Flex, Input, Segmented, Space } from 'antd';
import { useState } from 'react';
import { useApiQuery } from '../../api/useApiQuery';
import type { Page } from '../../enterprises/types';
import { useT } from '../../i18n';
import { usePagination } from '../../inspections/usePagination';
import { QueryErrorAlert } from '../../shared/QueryErrorAlert';
import { TICKETS_PATH } from '../api';
import { RangeFilter, rangeQuery, type DayRange } from '../../shared/filters';
import { MATCH_STATUSES, type HotlineTicket, type MatchStatus } from '../types';
import { AssignEnterpriseModal } from './AssignEnterpriseModal';
import { LedgerImportButton } from './LedgerImportButton';
import { TicketTable } from './TicketTable';
import { useDialog } from '../../shared/useDialog';

/**
 * 12345 工单 (B1): tickets received from the hotline by API or imported ledgers; the unmatched queue waits for a
 * person to name the enterprise. Tickets about enforcement raise a signal in the inbox.
 */
export default function HotlinePage() {
  const t = useT();
  const [matchStatus, setMatchStatus] = useState<'' | MatchStatus>('');
  const [q, setQ] = useState('');
  const [related, setRelated] = useState(false);
  const [range, setRange] = useState<DayRange>(null);
  const { page, pageSize, pagination, firstPage } = usePagination(20);
  const list = useApiQuery<Page<HotlineTicket>>(TICKETS_PATH, {
    matchStatus,
    q: q.trim(),
    enforcementRelated: related || undefined,
    ...rangeQuery(range),
    page,
    pageSize,
  });
  const queue = useApiQuery<Page<HotlineTicket>>(TICKETS_PATH, { matchStatus: 'unmatched', pageSize: 1 });
  const reload = () => {
    list.reload();
    queue.reload();
  };
  const assigning = useDialog<HotlineTicket>(list.reload, queue.reload);
  const filtered =
    <V,>(set: (v: V) => void) =>
    (v: V) => {
      set(v);
      firstPage();
    };

  return (
    <Card title={t('menu.hotline')} extra={<LedgerImportButton onImported={reload} />}>
      <Flex wrap gap={8} justify="space-between" style={{ marginBottom: 16 }}>
        <Segmented<'' | MatchStatus>
          value={matchStatus}
          onChange={filtered(setMatchStatus)}
          data-testid="ticket-match-filter"
          options={(['', ...MATCH_STATUSES] as const).map((s) => ({
            value: s,
            label:
              s === 'unmatched' ? (
                <Badge
                  count={queue.data?.total ?? 0}
                  size="small"
                  offset={[8, -2]}
                  data-testid="unmatched-count"
                  data-count={queue.data?.total ?? 0}
                >
                  {t('hotline.queue')}
                </Badge>
              ) : s ? (
                t(`hotline.match.${s}`)
              ) : (
                t('common.all')
              ),
          }))}
        />
        <Space wrap>
          <Input.Search
            allowClear
            placeholder={t('hotline.searchPlaceholder')}
            onSearch={filtered(setQ)}
            style={{ width: 240 }}
            data-testid="ticket-search"
          />
          <Checkbox
            checked={related}
            onChange={(e) => filtered(setRelated)(e.target.checked)}
            data-testid="ticket-related"
          >
            {t('hotline.onlyRelated')}
          </Checkbox>
          <RangeFilter value={range} onChange={filtered(setRange)} testId="ticket-range" />
        </Space>
      </Flex>
      <QueryErrorAlert error={list.error} onRetry={reload} />
      <TicketTable
        tickets={list.data?.items ?? []}
        loading={list.loading}
        pagination={pagination(list.data?.total ?? 0)}
        onAssign={assigning.open}
      />
      {assigning.value && <AssignEnterpriseModal ticket={assigning.value} {...assigning.props} />}
    </Card>
  );
}

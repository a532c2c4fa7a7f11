import { Button, Tag, Typography, type TableColumnsType, type TablePaginationConfig } from 'antd';
import { useMemo } from 'react';
import { useT } from '../../i18n';
import { DataTable } from '../../shared/DataTable';
import { formatDateTime } from '../../shared/format';
import { EnterpriseLinkText } from '../tags';
import type { HotlineTicket, MatchStatus } from '../types';

const MATCH_COLORS: Record<MatchStatus, string> = {
  matched: 'green',
  unmatched: 'orange',
  'not-applicable': 'default',
};

function useColumns(onAssign: (ticket: HotlineTicket) => void): TableColumnsType<HotlineTicket> {
  const t = useT();
  return useMemo(
    () => [
      { key: 'ticketNo', dataIndex: 'ticketNo', title: t('hotline.field.ticketNo'), fixed: 'start' },
      {
        key: 'receivedAt',
        title: t('hotline.field.receivedAt'),
        render: (_, r) => formatDateTime(r.receivedAt),
      },
      {
        key: 'category',
        title: t('hotline.field.category'),
        render: (_, r) => r.category ?? t('common.none'),
      },
      {
        key: 'content',
        title: t('hotline.field.content'),
        width: 320,
        render: (_, r) => (
          <Typography.Paragraph ellipsis={{ rows: 2, tooltip: r.content }} style={{ marginBottom: 0 }}>
            {r.content}
          </Typography.Paragraph>
        ),
      },
      {
        key: 'given',
        title: t('hotline.given'),
        render: (_, r) => r.given.enterpriseName ?? r.given.enterpriseUscc ?? t('common.none'),
      },
      {
        key: 'enterprise',
        title: t('hotline.enterprise'),
        render: (_, r) => (
          <>
            <EnterpriseLinkText enterprise={r.enterprise} />
            {r.matchedBy && (
              <Tag style={{ marginInlineStart: 6 }}>{t(`hotline.matchedBy.${r.matchedBy}`)}</Tag>
            )}
          </>
        ),
      },
      {
        key: 'matchStatus',
        title: t('hotline.matchStatus'),
        render: (_, r) => (
          <Tag color={MATCH_COLORS[r.matchStatus]}>{t(`hotline.match.${r.matchStatus}`)}</Tag>
        ),
      },
      {
        key: 'enforcementRelated',
        title: t('hotline.enforcementRelated'),
        render: (_, r) => (r.enforcementRelated ? <Tag color="red">{t('common.yes')}</Tag> : t('common.no')),
      },
      {
        key: 'callerPhone',
        title: t('hotline.field.callerPhone'),
        render: (_, r) => r.callerPhone ?? t('common.none'),
      },
      { key: 'channel', title: t('hotline.channel'), render: (_, r) => t(`hotline.channel.${r.channel}`) },
      {
        key: 'actions',
        title: t('common.actions'),
        fixed: 'end',
        render: (_, r) =>
          r.matchStatus !== 'not-applicable' && (
            <Button
              size="small"
              type={r.matchStatus === 'unmatched' ? 'primary' : 'default'}
              onClick={() => onAssign(r)}
              data-testid="ticket-assign"
            >
              {t(r.matchStatus === 'unmatched' ? 'hotline.assign' : 'hotline.reassign')}
            </Button>
          ),
      },
    ],
    [t, onAssign],
  );
}

/** 12345 tickets with the enterprise each names (or the action to name it). */
export function TicketTable({
  tickets,
  loading,
  pagination,
  onAssign,
}: {
  tickets: readonly HotlineTicket[];
  loading: boolean;
  pagination: TablePaginationConfig;
  onAssign: (ticket: HotlineTicket) => void;
}) {
  const columns = useColumns(onAssign);
  return (
    <DataTable<HotlineTicket>
      data-testid="ticket-table"
      columns={columns}
      dataSource={tickets as HotlineTicket[]}
      loading={loading}
      pagination={pagination}
      rowData={(r) => ({ testid: 'ticket-row', 'ticket-no': r.ticketNo, match: r.matchStatus })}
    />
  );
}

import { Card, Space, Statistic, Tag, Typography, type TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import { api } from '../api/client';
import type { Answer, Item } from '../api/typed';
import { useApiQuery } from '../api/useApiQuery';
import { useT } from '../i18n';
import { ConfirmButton } from '../shared/ConfirmButton';
import { EnumSelect } from '../shared/filters';
import { formatDateTime } from '../shared/format';
import { PagedTable } from '../shared/PagedTable';

type Message = Item<'listOutbox'>;
type Status = Message['status'];
const STATUSES: readonly Status[] = ['pending', 'delivered', 'dead'];
const STATUS_COLOR: Record<Status, string> = { pending: 'blue', delivered: 'green', dead: 'red' };

/** Messages by status, summed over topics and destinations. */
function StatusCounts() {
  const t = useT();
  const all = useApiQuery<Answer<'listOutbox'>>('/api/admin/outbox', { pageSize: 1 });
  const sums = useMemo(() => {
    const by: Record<Status, number> = { pending: 0, delivered: 0, dead: 0 };
    for (const c of all.data?.counts ?? []) by[c.status] += c.count;
    return by;
  }, [all.data]);
  return (
    <Space size="large" style={{ marginBottom: 16 }} data-testid="outbox-counts">
      {STATUSES.map((s) => (
        <Statistic key={s} title={t(`outbox.status.${s}`)} value={sums[s]} />
      ))}
    </Space>
  );
}

/**
 * 消息发送: what the outbox delivers to notification senders (SMS, e-mail) and other platforms — counts by
 * status, each message with its attempts and last error; a dead or delivered message is queued again.
 */
export default function OutboxPage() {
  const t = useT();
  const [status, setStatus] = useState<Status | undefined>();
  const columns = useMemo<TableColumnsType<Message>>(
    () => [
      { key: 'createdAt', dataIndex: 'createdAt', title: t('outbox.createdAt'), width: 170, render: (d: string) => formatDateTime(d) },
      { key: 'topic', dataIndex: 'topic', title: t('outbox.topic'), render: (v: string) => <Typography.Text code>{v}</Typography.Text> },
      // A platform's code, a phone number or an address, as the sender takes it.
      { key: 'destination', dataIndex: 'destination', title: t('outbox.destination'), ellipsis: true, render: (d: string) => <Typography.Text code>{d}</Typography.Text> },
      {
        key: 'status',
        dataIndex: 'status',
        title: t('outbox.status'),
        render: (s: Status) => <Tag color={STATUS_COLOR[s]}>{t(`outbox.status.${s}`)}</Tag>,
      },
      { key: 'attempts', title: t('outbox.attempts'), render: (_, m) => `${m.attempts} / ${m.maxAttempts}` },
      { key: 'lastError', dataIndex: 'lastError', title: t('outbox.lastError'), ellipsis: true, render: (e: string | null) => e ?? t('common.none') },
    ],
    [t],
  );
  return (
    <Card
      title={t('menu.outbox')}
      extra={
        <EnumSelect<Status> values={STATUSES} label={(s) => t(`outbox.status.${s}`)} value={status} onChange={setStatus} placeholder={t('outbox.status')} testId="outbox-status" />
      }
    >
      <StatusCounts />
      <PagedTable<Message>
        path="/api/admin/outbox"
        query={{ status }}
        columns={columns}
        rowData={(m) => ({ status: m.status, topic: m.topic })}
        testId="outbox"
        actions={(m, reload) =>
          m.status === 'pending' ? null : (
            <ConfirmButton
              type="link"
              size="small"
              confirm={t('outbox.resendConfirm')}
              testId="outbox-resend"
              action={async () => {
                await api.post(`/api/admin/outbox/${encodeURIComponent(m.id)}/resend`);
                reload();
                return t('outbox.resent');
              }}
            >
              {t('outbox.resend')}
            </ConfirmButton>
          )
        }
      />
    </Card>
  );
}

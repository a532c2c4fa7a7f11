import { Alert, Button, Card, DatePicker, Form, Input, List } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useApiQuery } from '../api/useApiQuery';
import { useT } from '../i18n';
import { FormModal } from '../shared/FormModal';
import { QueryErrorAlert } from '../shared/QueryErrorAlert';
import { formatDate, formatDateTime } from '../shared/format';
import { checkupPage, INVITATIONS_PATH, inviteForSelf } from './api';
import { StatusTag } from './labels';
import type { InvitationRow } from './types';

/** The enterprise's check-ups (works at 390 px): invite one, follow each, download its report. */
export default function MyCheckupsPage() {
  const t = useT();
  const [applying, setApplying] = useState(false);
  const list = useApiQuery<{ items: InvitationRow[] }>(INVITATIONS_PATH, { pageSize: 50 });
  return (
    <Card
      title={t('menu.myCheckups')}
      extra={
        <Button type="primary" onClick={() => setApplying(true)} data-testid="checkup-apply">
          {t('checkups.apply')}
        </Button>
      }
      styles={{ body: { padding: 12 } }}
    >
      <Alert type="success" showIcon title={t('checkups.firewall')} style={{ marginBottom: 12 }} />
      <QueryErrorAlert error={list.error} onRetry={list.reload} />
      <List
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        data-testid="my-checkups"
        renderItem={(r) => (
          <List.Item key={r.id} actions={[<Link key="open" to={checkupPage(r.id)} data-testid={`checkup-open-${r.id}`}>{t('checkups.open')}</Link>]}>
            <List.Item.Meta
              title={
                <>
                  <StatusTag status={r.status} /> {t(`checkups.channel.${r.channel}`)} · {formatDate(r.receivedAt)}
                </>
              }
              description={r.visitAt ? `${t('checkups.visitAt')}：${formatDateTime(r.visitAt)}` : r.note}
            />
          </List.Item>
        )}
      />
      {applying && (
        <FormModal<{ dates?: Dayjs[]; note?: string }>
          title={t('checkups.apply')}
          testId="checkup-apply-modal"
          fields={['note']}
          onClose={() => setApplying(false)}
          onSubmit={async (v) => {
            await inviteForSelf({ preferredDates: (v.dates ?? []).map((d) => d.format('YYYY-MM-DD')), note: v.note });
            return t('checkups.applied');
          }}
          onDone={() => {
            setApplying(false);
            list.reload();
          }}
        >
          <Form.Item name="dates" label={t('checkups.preferredDates')}>
            <DatePicker multiple style={{ width: '100%' }} data-testid="checkup-dates" />
          </Form.Item>
          <Form.Item name="note" label={t('checkups.note')}>
            <Input.TextArea rows={3} maxLength={2000} data-testid="checkup-note" />
          </Form.Item>
        </FormModal>
      )}
    </Card>
  );
}

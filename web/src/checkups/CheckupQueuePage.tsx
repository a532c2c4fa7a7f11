import { Alert, Button, Card, Flex, Form, Input, Select, Switch } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useApiQuery } from '../api/useApiQuery';
import { useT } from '../i18n';
import { FormModal } from '../shared/FormModal';
import { ListTable } from '../shared/ListTable';
import { formatDate, formatDateTime } from '../shared/format';
import { checkupPage, INVITATIONS_PATH, recordInvitation } from './api';
import { StatusTag } from './labels';
import { CHANNELS, CHECKUP_STATUSES, type Channel, type CheckupStatus, type InvitationRow } from './types';
import { Field } from '../shared/Field';


/** E1 — the invitation queue of the check-up staff: each with its channel, status and age. */
export default function CheckupQueuePage() {
  const t = useT();
  const [status, setStatus] = useState<CheckupStatus | undefined>();
  const [mine, setMine] = useState(false);
  const [page, setPage] = useState(1);
  const [recording, setRecording] = useState(false);
  const list = useApiQuery<{ items: InvitationRow[]; total: number }>(INVITATIONS_PATH, { status, mine: mine || undefined, page, pageSize: 20 });
  return (
    <Card
      title={t('checkups.queue')}
      extra={
        <Button type="primary" onClick={() => setRecording(true)} data-testid="checkup-record">
          {t('checkups.record')}
        </Button>
      }
    >
      <Alert type="info" showIcon title={t('checkups.firewall')} style={{ marginBottom: 12 }} />
      <Flex gap={12} wrap style={{ marginBottom: 12 }}>
        <Select
          allowClear
          style={{ width: 180 }}
          placeholder={t('checkups.status')}
          value={status}
          onChange={(v) => {
            setStatus(v);
            setPage(1);
          }}
          options={CHECKUP_STATUSES.map((s) => ({ value: s, label: t(`checkups.status.${s}`) }))}
          data-testid="checkup-status-filter"
        />
        <Flex align="center" gap={6}>
          <Switch checked={mine} onChange={setMine} size="small" /> {t('checkups.mine')}
        </Flex>
      </Flex>
      <ListTable<InvitationRow>
        list={list}
        scroll={{ x: 900 }}
        pagination={{ current: page, pageSize: 20, total: list.data?.total ?? 0, onChange: setPage }}
        data-testid="checkup-queue"
        columns={[
          { title: t('checkups.enterprise'), key: 'e', render: (_, r) => <Link to={checkupPage(r.id)}>{r.enterprise.name}</Link> },
          { title: t('checkups.channel'), key: 'c', render: (_, r) => t(`checkups.channel.${r.channel}`) },
          { title: t('checkups.status'), key: 's', render: (_, r) => <StatusTag status={r.status} /> },
          { title: t('checkups.age'), key: 'a', render: (_, r) => t('checkups.ageDays', { n: r.ageDays }) },
          { title: t('checkups.preferredDates'), key: 'p', render: (_, r) => r.preferredDates.map(formatDate).join(t('common.listSeparator')) || t('common.none') },
          { title: t('checkups.visitAt'), key: 'v', render: (_, r) => formatDateTime(r.visitAt) },
          { title: t('checkups.expert'), dataIndex: 'expert', render: (v: string | null) => v ?? t('common.none') },
          { title: t('checkups.liaison'), dataIndex: 'liaison', render: (v: string | null) => v ?? t('common.none') },
        ]}
      />
      {recording && (
        <FormModal<{ enterpriseUscc: string; channel: Channel; note?: string }>
          title={t('checkups.record')}
          testId="checkup-record-modal"
          fields={['enterpriseUscc', 'channel', 'note']}
          initialValues={{ channel: 'phone' }}
          onClose={() => setRecording(false)}
          onSubmit={async (v) => {
            await recordInvitation(v);
            return t('checkups.recorded');
          }}
          onDone={() => {
            setRecording(false);
            list.reload();
          }}
        >
          <Field name="enterpriseUscc" label={t('checkups.uscc')} required>
            <Input maxLength={18} />
          </Field>
          <Field name="channel" label={t('checkups.channel')} required>
            <Select options={CHANNELS.map((c) => ({ value: c, label: t(`checkups.channel.${c}`) }))} />
          </Field>
          <Form.Item name="note" label={t('checkups.note')}>
            <Input.TextArea rows={3} maxLength={2000} />
          </Form.Item>
        </FormModal>
      )}
    </Card>
  );
}

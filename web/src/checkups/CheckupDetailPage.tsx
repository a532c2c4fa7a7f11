import { Button, Card, DatePicker, Descriptions, Empty, Flex, Form, Input, List, Select, Space, Table, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { api } from '../api/client';
import { useApiQuery } from '../api/useApiQuery';
import { useMe } from '../auth/SessionProvider';
import { useT } from '../i18n';
import { ConfirmButton } from '../shared/ConfirmButton';
import { DownloadButton } from '../shared/DownloadButton';
import { FormModal } from '../shared/FormModal';
import { QueryErrorAlert } from '../shared/QueryErrorAlert';
import { formatDate, formatDateTime } from '../shared/format';
import { closeFinding, EXPERTS_PATH, invitationPath, logContact, scheduleVisit, signReport, visitPage } from './api';
import { FindingTag, StatusTag } from './labels';
import type { Finding, InvitationDetail, Pool } from './types';
import { Field } from '../shared/Field';

/** One check-up: its queue facts, scheduling (staff), the results, the report, the liaison's log and closure. */
export default function CheckupDetailPage() {
  const { id = '' } = useParams();
  const t = useT();
  const me = useMe();
  const q = useApiQuery<InvitationDetail>(invitationPath(id));
  const staff = me.role === 'admin' || me.role === 'service_officer' || me.role === 'expert';
  const visitor = me.role === 'service_officer' || me.role === 'expert';
  const pool = useApiQuery<Pool>(staff ? EXPERTS_PATH : null);
  const [scheduling, setScheduling] = useState(false);
  const [contacting, setContacting] = useState(false);
  const [closing, setClosing] = useState<Finding | null>(null);
  const d = q.data;
  if (!d) return <QueryErrorAlert error={q.error} onRetry={q.reload} />;
  const itemName = (code: string) => d.checklist?.items.find((i) => i.code === code)?.name ?? code;
  const problems = d.findings.filter((f) => f.outcome === 'problem');
  const checked = new Set(d.findings.map((f) => f.itemCode)).size;
  return (
    <Flex vertical gap={16}>
      <Card
        title={
          <Space wrap>
            {d.enterprise.name}
            <StatusTag status={d.status} />
          </Space>
        }
        extra={<Link to={me.role === 'enterprise' ? '/my-checkups' : '/checkups'}>{t('checkups.back')}</Link>}
      >
        <Descriptions size="small" column={{ xs: 1, md: 2 }} data-testid="checkup-facts">
          <Descriptions.Item label={t('checkups.uscc')}>{d.enterprise.uscc}</Descriptions.Item>
          <Descriptions.Item label={t('checkups.channel')}>{t(`checkups.channel.${d.channel}`)}</Descriptions.Item>
          <Descriptions.Item label={t('checkups.age')}>{t('checkups.ageDays', { n: d.ageDays })}</Descriptions.Item>
          <Descriptions.Item label={t('checkups.preferredDates')}>{d.preferredDates.map(formatDate).join(t('common.listSeparator')) || t('common.none')}</Descriptions.Item>
          <Descriptions.Item label={t('checkups.note')}>{d.note ?? t('common.none')}</Descriptions.Item>
          <Descriptions.Item label={t('checkups.visitAt')}>{formatDateTime(d.visitAt)}</Descriptions.Item>
          <Descriptions.Item label={t('checkups.expert')}>{d.expert ?? t('common.none')}</Descriptions.Item>
          <Descriptions.Item label={t('checkups.liaison')}>{d.liaison ?? t('common.none')}</Descriptions.Item>
        </Descriptions>
        <Space wrap style={{ marginTop: 12 }}>
          {staff && (d.status === 'received' || d.status === 'scheduled') && (
            <Button onClick={() => setScheduling(true)} data-testid="checkup-schedule">
              {t('checkups.schedule')}
            </Button>
          )}
          {visitor && d.status === 'scheduled' && (
            <Link to={visitPage(d.id)}>
              <Button type="primary" data-testid="checkup-start-visit">
                {t('checkups.startVisit')}
              </Button>
            </Link>
          )}
          {me.role === 'expert' && d.status === 'visited' && (
            <ConfirmButton
              type="primary"
              confirm={t('checkups.sign')}
              okTestId="checkup-sign-ok"
              action={async () => {
                await signReport(d.id);
                q.reload();
                return t('checkups.signed');
              }}
              data-testid="checkup-sign"
            >
              {t('checkups.sign')}
            </ConfirmButton>
          )}
          {d.report && (
            <DownloadButton type="primary" fetch={() => api.download(d.report!.url)} fileName="环保体检报告.pdf" data-testid="checkup-download-report">
              {t('checkups.downloadReport')}
            </DownloadButton>
          )}
        </Space>
        {d.report && (
          <Typography.Paragraph type="secondary" style={{ marginTop: 8, wordBreak: 'break-all' }} data-testid="checkup-report-hash">
            {t('checkups.report')}：{d.report.signedBy} · {formatDateTime(d.report.signedAt)} · {t('checkups.reportHash')} {d.report.sha256}
          </Typography.Paragraph>
        )}
      </Card>

      <Card title={`${t('checkups.findings')}（${t('checkups.checkedCount', { n: checked, total: d.checklist?.items.length ?? 14 })}）`}>
        {problems.length === 0 ? (
          <Empty description={t('checkups.noFindings')} />
        ) : (
          <Table<Finding>
            rowKey="id"
            size="small"
            pagination={false}
            scroll={{ x: 800 }}
            dataSource={problems}
            data-testid="checkup-findings"
            columns={[
              { title: t('checkups.item'), key: 'i', render: (_, f) => `${f.itemCode} ${itemName(f.itemCode)}` },
              { title: t('checkups.description'), dataIndex: 'description' },
              { title: t('checkups.basis'), dataIndex: 'basis' },
              { title: t('checkups.advice'), dataIndex: 'advice' },
              {
                title: t('checkups.resolution'),
                key: 'r',
                render: (_, f) => (
                  <>
                    {f.resolution && t(`checkups.resolution.${f.resolution}`)}
                    {f.milestones.map((m) => (
                      <div key={m.due + m.text}>
                        {formatDate(m.due)} {m.text}
                      </div>
                    ))}
                  </>
                ),
              },
              { title: t('checkups.photos'), key: 'p', render: (_, f) => f.photos.length },
              {
                title: t('checkups.status'),
                key: 's',
                render: (_, f) => (
                  <Space direction="vertical" size={4}>
                    <span data-testid={`finding-status-${f.itemCode}`}>
                      <FindingTag status={f.status} />
                    </span>
                    {f.closureNote && <Typography.Text type="secondary">{f.closureNote}</Typography.Text>}
                    {visitor && f.status === 'open' && (
                      <Button size="small" onClick={() => setClosing(f)} data-testid={`finding-close-${f.itemCode}`}>
                        {t('checkups.close')}
                      </Button>
                    )}
                  </Space>
                ),
              },
            ]}
          />
        )}
      </Card>

      <Card
        title={t('checkups.contacts')}
        extra={
          visitor && d.status !== 'received' ? (
            <Button onClick={() => setContacting(true)} data-testid="checkup-add-contact">
              {t('checkups.addContact')}
            </Button>
          ) : null
        }
      >
        <List
          dataSource={d.contacts}
          locale={{ emptyText: t('checkups.noContacts') }}
          data-testid="checkup-contacts"
          renderItem={(c) => (
            <List.Item key={c.id}>
              <List.Item.Meta title={`${formatDateTime(c.at)} · ${t(`checkups.contact.${c.channel}`)} · ${c.by}`} description={c.note} />
            </List.Item>
          )}
        />
      </Card>

      {scheduling && pool.data && (
        <FormModal<{ visitAt: Dayjs; expertId: string; liaisonUserId: string }>
          title={t('checkups.schedule')}
          testId="checkup-schedule-modal"
          fields={['visitAt', 'expertId', 'liaisonUserId']}
          initialValues={{ liaisonUserId: pool.data.liaisons[0]?.id }}
          onClose={() => setScheduling(false)}
          onSubmit={async (v) => {
            await scheduleVisit(d.id, { visitAt: v.visitAt.toISOString(), expertId: v.expertId, liaisonUserId: v.liaisonUserId });
            return t('checkups.scheduled');
          }}
          onDone={() => {
            setScheduling(false);
            q.reload();
          }}
        >
          <Field name="visitAt" label={t('checkups.visitAt')} required>
            <DatePicker showTime style={{ width: '100%' }} data-testid="checkup-visit-at" />
          </Field>
          <Field name="expertId" label={t('checkups.expert')} required>
            <Select
              data-testid="checkup-expert"
              options={pool.data.experts.map((e) => ({ value: e.id, label: `${e.name}（${e.fields.join('、')}；${t('checkups.load', { n: e.load })}）` }))}
            />
          </Field>
          <Field name="liaisonUserId" label={t('checkups.liaison')} required>
            <Select data-testid="checkup-liaison" options={pool.data.liaisons.map((l) => ({ value: l.id, label: l.name }))} />
          </Field>
        </FormModal>
      )}
      {contacting && (
        <FormModal<{ channel: string; note: string; findingId?: string }>
          title={t('checkups.addContact')}
          testId="checkup-contact-modal"
          fields={['channel', 'note']}
          initialValues={{ channel: 'phone' }}
          onClose={() => setContacting(false)}
          onSubmit={async (v) => {
            await logContact(d.id, v);
            return t('checkups.contactAdded');
          }}
          onDone={() => {
            setContacting(false);
            q.reload();
          }}
        >
          <Field name="channel" label={t('checkups.contactChannel')} required>
            <Select options={(['phone', 'visit', 'wechat', 'online'] as const).map((c) => ({ value: c, label: t(`checkups.contact.${c}`) }))} />
          </Field>
          <Form.Item name="findingId" label={t('checkups.item')}>
            <Select allowClear options={problems.map((f) => ({ value: f.id, label: `${f.itemCode} ${itemName(f.itemCode)}` }))} />
          </Form.Item>
          <Field name="note" label={t('checkups.contactNote')} required>
            <Input.TextArea rows={3} maxLength={4000} data-testid="checkup-contact-note" />
          </Field>
        </FormModal>
      )}
      {closing && (
        <FormModal<{ note: string }>
          title={`${t('checkups.close')}：${closing.itemCode} ${itemName(closing.itemCode)}`}
          testId="checkup-close-modal"
          fields={['note']}
          onClose={() => setClosing(null)}
          onSubmit={async (v) => {
            await closeFinding(d.id, closing.id, v.note);
            return t('checkups.closed');
          }}
          onDone={() => {
            setClosing(null);
            q.reload();
          }}
        >
          <Field name="note" label={t('checkups.closeNote')} required>
            <Input.TextArea rows={3} maxLength={4000} data-testid="checkup-close-note" />
          </Field>
        </FormModal>
      )}
    </Flex>
  );
}

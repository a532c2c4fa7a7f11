import { Button, Card, Form, Input, Select, Table, Tag } from 'antd';
import { useState } from 'react';
import { api } from '../api/client';
import { useApiQuery } from '../api/useApiQuery';
import { useMe } from '../auth/SessionProvider';
import { useT, type MessageKey } from '../i18n';
import { FormModal } from '../shared/FormModal';
import { QueryErrorAlert } from '../shared/QueryErrorAlert';
import { formatDate, formatDateTime } from '../shared/format';
import { PF, type Assist } from './api';

interface AnswerValues {
  answer: 'confirmed' | 'not-confirmed';
  evidence: string;
}

function StatusTag({ a }: { a: Assist }) {
  const t = useT();
  if (a.status === 'answered')
    return (
      <Tag
        color={a.onTime ? 'green' : 'orange'}
      >{`${t('pf.status.answered')} · ${t(a.onTime ? 'pf.onTime' : 'pf.late')}`}</Tag>
    );
  if (a.overdue) return <Tag color="red">{t('pf.status.overdue')}</Tag>;
  return <Tag color="blue">{t('pf.status.open')}</Tag>;
}

/** 部门协查 (F3): the requests a department sent and received; the holding department answers with evidence. */
export default function AssistsPage() {
  const t = useT();
  const me = useMe();
  const list = useApiQuery<{ items: Assist[] }>(`${PF}/assists`);
  const [answering, setAnswering] = useState<Assist | null>(null);
  const canAnswer = (a: Assist) =>
    a.status === 'open' && (a.direction === 'received' || me?.role === 'admin');
  return (
    <Card title={t('menu.proofAssists')}>
      <QueryErrorAlert error={list.error} />
      <Table<Assist>
        rowKey="id"
        size="small"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        scroll={{ x: 1000 }}
        onRow={(r) =>
          ({
            'data-testid': 'pf-assist-row',
            'data-id': r.id,
            'data-status': r.status,
            'data-on-time': String(r.onTime),
          }) as React.HTMLAttributes<HTMLElement>
        }
        expandable={{
          expandedRowRender: (r) => (
            <div>
              {r.question}
              {r.evidence && <p>{`${t('pf.evidence')}：${r.evidence}`}</p>}
            </div>
          ),
        }}
        columns={[
          { title: t('pf.status'), key: 'status', render: (_: unknown, r) => <StatusTag a={r} /> },
          { title: '', dataIndex: 'direction', render: (d: string) => t(`pf.direction.${d}` as MessageKey) },
          { title: t('pf.proofKind'), dataIndex: 'proofName' },
          { title: t('pf.applicant'), dataIndex: 'applicant' },
          { title: t('pf.requestingDepartment'), dataIndex: 'requestingDepartment' },
          { title: t('pf.holdingDepartment'), dataIndex: 'holdingDepartment' },
          { title: t('pf.dueOn'), dataIndex: 'dueOn', render: formatDate },
          {
            title: t('pf.answer'),
            key: 'answer',
            render: (_: unknown, r) =>
              r.answer ? (
                `${t(`pf.answer.${r.answer}` as MessageKey)} · ${formatDateTime(r.answeredAt)}`
              ) : canAnswer(r) ? (
                <Button
                  size="small"
                  type="primary"
                  data-testid="pf-assist-answer"
                  onClick={() => setAnswering(r)}
                >
                  {t('pf.answer')}
                </Button>
              ) : null,
          },
        ]}
      />
      {answering && (
        <FormModal<AnswerValues>
          title={`${t('pf.answer')} · ${answering.proofName}`}
          testId="pf-answer-modal"
          initialValues={{ answer: 'confirmed' }}
          fields={['answer', 'evidence']}
          onClose={() => setAnswering(null)}
          onDone={() => {
            setAnswering(null);
            list.reload();
          }}
          onSubmit={async (v) => {
            await api.post(`${PF}/assists/${answering.id}/answer`, v);
            return t('pf.answered');
          }}
        >
          <p>{answering.question}</p>
          <Form.Item name="answer" label={t('pf.answer')} rules={[{ required: true }]}>
            <Select
              data-testid="pf-answer-select"
              options={(['confirmed', 'not-confirmed'] as const).map((a) => ({
                value: a,
                label: t(`pf.answer.${a}`),
              }))}
            />
          </Form.Item>
          <Form.Item name="evidence" label={t('pf.evidence')} rules={[{ required: true }]}>
            <Input.TextArea rows={3} data-testid="pf-answer-evidence" />
          </Form.Item>
        </FormModal>
      )}
    </Card>
  );
}

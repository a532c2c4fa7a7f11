import { Button, Card, Input, Select, Tag } from 'antd';
import { api } from '../api/client';
import { useApiQuery } from '../api/useApiQuery';
import { useMe } from '../auth/SessionProvider';
import { useT, type MessageKey } from '../i18n';
import { Field } from '../shared/Field';
import { FormModal, type ActionModalProps } from '../shared/FormModal';
import { formatDate, formatDateTime } from '../shared/format';
import { useDialog } from '../shared/useDialog';
import { PF, type Assist } from './api';
import { DetailListTable } from './RowDetail';

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
  const answering = useDialog<Assist>(list.reload);
  const canAnswer = (a: Assist) =>
    a.status === 'open' && (a.direction === 'received' || me?.role === 'admin');
  // The answer and when it was given, or the button to give it.
  const answerCell = (r: Assist) =>
    r.answer ? (
      `${t(`pf.answer.${r.answer}` as MessageKey)} · ${formatDateTime(r.answeredAt)}`
    ) : canAnswer(r) ? (
      <Button size="small" type="primary" data-testid="pf-assist-answer" onClick={() => answering.open(r)}>
        {t('pf.answer')}
      </Button>
    ) : null;
  return (
    <Card title={t('menu.proofAssists')}>
      <DetailListTable<Assist>
        list={list}
        rowData={(r) => ({ testid: 'pf-assist-row', id: r.id, status: r.status, 'on-time': String(r.onTime) })}
        detail={(r) => ({ text: r.question, noteLabel: t('pf.evidence'), note: r.evidence })}
        columns={[
          { title: t('pf.status'), key: 'status', render: (_: unknown, r) => <StatusTag a={r} /> },
          { title: '', dataIndex: 'direction', render: (d: string) => t(`pf.direction.${d}` as MessageKey) },
          { title: t('pf.proofKind'), dataIndex: 'proofName' },
          { title: t('pf.applicant'), dataIndex: 'applicant' },
          { title: t('pf.requestingDepartment'), dataIndex: 'requestingDepartment' },
          { title: t('pf.holdingDepartment'), dataIndex: 'holdingDepartment' },
          { title: t('pf.dueOn'), dataIndex: 'dueOn', render: formatDate },
          { title: t('pf.answer'), key: 'answer', render: (_: unknown, r) => answerCell(r) },
        ]}
      />
      {answering.value && <AnswerModal assist={answering.value} {...answering.props} />}
    </Card>
  );
}

/** 答复协查: whether the holding department's records confirm the proof, and the evidence. */
function AnswerModal({ assist, ...props }: ActionModalProps & { assist: Assist }) {
  const t = useT();
  return (
    <FormModal<AnswerValues>
      title={`${t('pf.answer')} · ${assist.proofName}`}
      testId="pf-answer-modal"
      initialValues={{ answer: 'confirmed' }}
      fields={['answer', 'evidence']}
      {...props}
      onSubmit={async (v) => {
        await api.post(`${PF}/assists/${assist.id}/answer`, v);
        return t('pf.answered');
      }}
    >
      <p>{assist.question}</p>
      <Field name="answer" label={t('pf.answer')} required>
        <Select
          data-testid="pf-answer-select"
          options={(['confirmed', 'not-confirmed'] as const).map((a) => ({
            value: a,
            label: t(`pf.answer.${a}`),
          }))}
        />
      </Field>
      <Field name="evidence" label={t('pf.evidence')} required>
        <Input.TextArea rows={3} data-testid="pf-answer-evidence" />
      </Field>
    </FormModal>
  );
}

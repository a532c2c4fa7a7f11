import { Button, Card, DatePicker, Form, Input, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { api } from '../api/client';
import { useApiQuery } from '../api/useApiQuery';
import { useT } from '../i18n';
import { usePagination } from '../inspections/usePagination';
import { Field } from '../shared/Field';
import { TextField } from '../shared/TextField';
import { FormModal, type ActionModalProps } from '../shared/FormModal';
import { formatDate } from '../shared/format';
import { ListTable } from '../shared/ListTable';
import { useDialog } from '../shared/useDialog';
import { ChallengeRoutes } from './ChallengeRoutes';
import {
  DECISIONS_PATH,
  explanationPath,
  previewChallenge,
  saveExplanation,
  type Challenge,
  type DecisionItem,
  type Explanation,
} from './service-api';

/** 处罚说理 (D5, the deciding drug-regulation department): explain each penalty decision to the enterprise. */
export default function DecisionsPage() {
  const t = useT();
  const { page, pageSize, pagination } = usePagination();
  const list = useApiQuery<{ items: DecisionItem[]; total: number }>(DECISIONS_PATH, { page, pageSize });
  const editing = useDialog<DecisionItem>(list.reload);
  return (
    <Card title={t('menu.drugDecisions')}>
      <ListTable<DecisionItem>
        list={list}
        rowKey="penaltyId"
        pagination={pagination(list.data?.total ?? 0)}
        data-testid="decision-table"
        columns={[
          { title: t('decision.decisionNo'), dataIndex: 'decisionNo' },
          { title: t('decision.enterprise'), dataIndex: 'enterpriseName' },
          { title: t('decision.decisionDate'), dataIndex: 'decisionDate' },
          {
            title: t('decision.explained'),
            key: 'explained',
            render: (_: unknown, d) =>
              d.explainedAt ? (
                <Tag color="green">{t('decision.explainedAt', { date: formatDate(d.explainedAt) })}</Tag>
              ) : (
                <Tag>{t('decision.notExplained')}</Tag>
              ),
          },
          {
            key: 'act',
            render: (_: unknown, d) => (
              <Button
                size="small"
                type={d.explainedAt ? 'default' : 'primary'}
                onClick={() => editing.open(d)}
                data-testid="decision-explain"
              >
                {t(d.explainedAt ? 'decision.edit' : 'decision.explain')}
              </Button>
            ),
          },
        ]}
      />
      {editing.value && <ExplainModal decision={editing.value} {...editing.props} />}
    </Card>
  );
}

interface Values {
  facts: string;
  provision: string;
  standard: string;
  discretion: string;
  servedOn: Dayjs;
  reviewBody: string;
  court: string;
}

function ExplainModal({
  decision,
  onClose,
  onDone,
}: ActionModalProps & {
  decision: DecisionItem;
}) {
  const t = useT();
  const [initial, setInitial] = useState<Partial<Values> | null>(
    decision.explainedAt ? null : { servedOn: dayjs(decision.decisionDate) },
  );
  const [servedOn, setServedOn] = useState<string>(decision.decisionDate);
  const [challenge, setChallenge] = useState<Challenge | null>(null);
  useEffect(() => {
    if (!decision.explainedAt) return;
    void api.get<Explanation>(explanationPath(decision.penaltyId)).then((e) => {
      setInitial({ ...e, servedOn: dayjs(e.servedOn) });
      setServedOn(e.servedOn);
    });
  }, [decision]);
  useEffect(() => {
    void previewChallenge(decision.penaltyId, servedOn).then(setChallenge, () => setChallenge(null));
  }, [decision.penaltyId, servedOn]);
  if (!initial) return null;
  const submit = async (v: Values) => {
    await saveExplanation(decision.penaltyId, {
      facts: v.facts.trim(),
      provision: v.provision.trim(),
      standard: v.standard.trim(),
      discretion: v.discretion.trim(),
      servedOn: v.servedOn.format('YYYY-MM-DD'),
      reviewBody: v.reviewBody.trim(),
      court: v.court.trim(),
    });
    return t('decision.saved');
  };
  const text = (name: keyof Values, label: string, rows = 3) => (
    <Field name={name} label={label} required>
      <Input.TextArea rows={rows} data-testid={`decision-form-${name}`} />
    </Field>
  );
  return (
    <FormModal<Values>
      title={`${t('decision.card')} · ${decision.decisionNo}`}
      testId="decision-form"
      initialValues={initial}
      fields={['servedOn']}
      onClose={onClose}
      onSubmit={submit}
      onDone={onDone}
    >
      {text('facts', t('decision.facts'), 4)}
      {text('provision', t('decision.provision'), 2)}
      {text('standard', t('decision.standard'), 2)}
      {text('discretion', t('decision.discretion'), 3)}
      <Field name="servedOn" label={t('decision.servedOn')} required>
        <DatePicker
          style={{ width: '100%' }}
          onChange={(d: Dayjs | null) => d && setServedOn(d.format('YYYY-MM-DD'))}
          data-testid="decision-form-servedOn"
        />
      </Field>
      <TextField name="reviewBody" label={t('decision.reviewBody')} required maxLength={200} testId="decision-form-reviewBody" />
      <TextField name="court" label={t('decision.court')} required maxLength={200} testId="decision-form-court" />
      <Form.Item noStyle shouldUpdate>
        {(form) =>
          challenge && (
            <Card size="small" title={t('decision.challenge')}>
              <ChallengeRoutes
                challenge={challenge}
                reviewBody={form.getFieldValue('reviewBody') || '—'}
                court={form.getFieldValue('court') || '—'}
              />
            </Card>
          )
        }
      </Form.Item>
    </FormModal>
  );
}

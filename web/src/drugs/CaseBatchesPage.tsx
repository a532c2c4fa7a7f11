import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Collapse, Form, Input, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useApiQuery } from '../api/useApiQuery';
import { useMe } from '../auth/SessionProvider';
import { useT } from '../i18n';
import { ConfirmButton } from '../shared/ConfirmButton';
import { Field } from '../shared/Field';
import { TextField } from '../shared/TextField';
import { FormModal, type ActionModalProps } from '../shared/FormModal';
import { formatDate } from '../shared/format';
import { NewButton } from '../shared/NewButton';
import { QueryErrorAlert } from '../shared/QueryErrorAlert';
import { useDialog } from '../shared/useDialog';
import { CaseList } from './CaseList';
import {
  CASES_PATH,
  createBatch,
  publishBatch,
  PUBLIC_CASES_PAGE,
  updateBatch,
  type CaseBatch,
  type TypicalCase,
} from './service-api';

/** 典型案例 (D6, the department): draft batches, edit them, publish each as the year's next numbered batch (第N批). */
export default function CaseBatchesPage() {
  const t = useT();
  const me = useMe();
  const canEdit = me.role === 'officer' || me.role === 'dept_admin';
  const { data, error, loading, reload } = useApiQuery<{ items: CaseBatch[] }>(CASES_PATH);
  const editing = useDialog<CaseBatch | 'new'>(reload);
  const publish = async (batchId: string) => {
    const p = await publishBatch(batchId);
    reload();
    return t('cases.published', { year: p.year, n: p.batchNo });
  };
  return (
    <Card
      title={t('menu.drugCases')}
      extra={
        <Space wrap>
          <Link to={PUBLIC_CASES_PAGE} target="_blank">
            {t('cases.publicLink')}
          </Link>
          {canEdit && (
            <NewButton onClick={() => editing.open('new')} testId="cases-new">
              {t('cases.new')}
            </NewButton>
          )}
        </Space>
      }
    >
      <QueryErrorAlert error={error} onRetry={reload} />
      <Collapse
        data-testid="case-batches"
        items={(data?.items ?? []).map((b) => ({
          key: b.id,
          label: (
            <Space wrap data-testid="case-batch" data-published={String(b.published)}>
              {b.published ? (
                <Tag color="green">{t('cases.batch', { n: b.batchNo ?? '' })}</Tag>
              ) : (
                <Tag>{t('cases.draft')}</Tag>
              )}
              <Typography.Text strong>{b.title}</Typography.Text>
              <Typography.Text type="secondary">
                {t('cases.count', { n: b.cases.length })} · {formatDate(b.publishedAt ?? b.createdAt)}
              </Typography.Text>
            </Space>
          ),
          extra:
            canEdit && !b.published ? (
              <Space onClick={(e) => e.stopPropagation()}>
                <Button size="small" onClick={() => editing.open(b)}>
                  {t('cases.edit')}
                </Button>
                <ConfirmButton
                  size="small"
                  type="primary"
                  confirm={t('cases.publishConfirm')}
                  testId="cases-publish"
                  action={() => publish(b.id)}
                >
                  {t('cases.publish')}
                </ConfirmButton>
              </Space>
            ) : undefined,
          children: <CaseList cases={b.cases} />,
        }))}
      />
      {!loading && data?.items.length === 0 && (
        <Typography.Text type="secondary">{t('common.none')}</Typography.Text>
      )}
      {editing.value && <BatchModal batch={editing.value === 'new' ? null : editing.value} {...editing.props} />}
    </Card>
  );
}

interface Values {
  title: string;
  cases: TypicalCase[];
}

function BatchModal({
  batch,
  onClose,
  onDone,
}: ActionModalProps & {
  batch: CaseBatch | null;
}) {
  const t = useT();
  const submit = async (v: Values) => {
    const input = {
      title: v.title.trim(),
      cases: v.cases.map((c) => ({ ...c, basis: c.basis?.trim() || undefined })),
    };
    if (batch) await updateBatch(batch.id, input);
    else await createBatch(input);
    return t('cases.saved');
  };
  const blank: TypicalCase = { title: '', facts: '', decision: '', lesson: '' };
  return (
    <FormModal<Values>
      title={batch ? batch.title : t('cases.new')}
      testId="cases-form"
      initialValues={batch ? { title: batch.title, cases: batch.cases } : { title: '', cases: [blank] }}
      fields={['title']}
      onClose={onClose}
      onSubmit={submit}
      onDone={onDone}
    >
      <TextField name="title" label={t('cases.title')} required="text" maxLength={200} testId="cases-form-title" />
      <Form.List name="cases">
        {(fields, { add, remove }) => (
          <>
            {fields.map((f, n) => (
              <Card
                key={f.key}
                size="small"
                title={`${t('cases.case')} ${n + 1}`}
                style={{ marginBottom: 8 }}
                extra={fields.length > 1 && <MinusCircleOutlined onClick={() => remove(f.name)} />}
              >
                <TextField name={[f.name, 'title']} label={t('cases.caseTitle')} required="text" maxLength={200} testId={`cases-form-case${n}-title`} />
                <Field name={[f.name, 'facts']} label={t('cases.facts')} required="text">
                  <Input.TextArea rows={3} maxLength={10_000} data-testid={`cases-form-case${n}-facts`} />
                </Field>
                <Field name={[f.name, 'decision']} label={t('cases.decision')} required="text">
                  <Input.TextArea rows={2} maxLength={5000} data-testid={`cases-form-case${n}-decision`} />
                </Field>
                <Form.Item name={[f.name, 'basis']} label={t('cases.basis')}>
                  <Input maxLength={2000} />
                </Form.Item>
                <Field name={[f.name, 'lesson']} label={t('cases.lesson')} required="text">
                  <Input.TextArea rows={2} maxLength={5000} data-testid={`cases-form-case${n}-lesson`} />
                </Field>
              </Card>
            ))}
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add(blank)} block>
              {t('cases.addCase')}
            </Button>
          </>
        )}
      </Form.List>
    </FormModal>
  );
}

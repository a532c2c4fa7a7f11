import { Button, Card, Form, Input, Select, Space } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useApiQuery } from '../api/useApiQuery';
import { useShowError } from '../api/useShowError';
import { useT } from '../i18n';
import { useIndustryOptions } from '../reference/hooks';
import { formatDateTime } from '../shared/format';
import { Field } from '../shared/Field';
import { TextField } from '../shared/TextField';
import { FormModal, type ActionModalProps } from '../shared/FormModal';
import { ListTable } from '../shared/ListTable';
import { useDialog } from '../shared/useDialog';
import { previewWarning, publishWarning, WARNINGS_PATH, type WarningTarget } from './api';
import type { Warning } from './types';
import { useLicenceKinds } from './useKindName';

/** 风险预警 (D1, drug-regulation staff): published warnings with recipients and reads; write, target, preview, publish. */
export default function WarningsPage() {
  const t = useT();
  const list = useApiQuery<{ items: Warning[] }>(WARNINGS_PATH);
  const adding = useDialog(list.reload);
  return (
    <Card
      title={t('menu.drugWarnings')}
      extra={
        <Button type="primary" onClick={() => adding.open(true)} data-testid="warning-new">
          {t('drugs.warnings.new')}
        </Button>
      }
    >
      <ListTable<Warning>
        list={list}
        columns={[
          { title: t('drugs.warnings.title'), dataIndex: 'title', render: (title: string, w) => <Link to={`/drugs/warnings/${w.id}`}>{title}</Link> },
          { title: t('drugs.warnings.kind'), dataIndex: 'kind', render: (k: Warning['kind']) => t(`drugs.warnings.kind.${k}`) },
          { title: t('drugs.warnings.topic'), dataIndex: 'topic' },
          { title: t('drugs.warnings.recipients'), dataIndex: 'recipients' },
          { title: t('drugs.warnings.reads'), dataIndex: 'reads' },
          { title: t('drugs.warnings.publishedAt'), dataIndex: 'publishedAt', render: (v: string) => formatDateTime(v) },
        ]}
      />
      {adding.value && <NewWarningModal {...adding.props} />}
    </Card>
  );
}

interface Values {
  title: string;
  body: string;
  topic?: string;
  kind: 'warning' | 'faq';
  industries?: string[];
  licenceKinds?: string[];
  divisionCodes?: string[];
}

function NewWarningModal({ onClose, onDone }: ActionModalProps) {
  const t = useT();
  const showError = useShowError();
  const industries = useIndustryOptions();
  const kinds = useLicenceKinds();
  const [preview, setPreview] = useState<number | null>(null);
  const targetOf = (v: Partial<Values>): WarningTarget => ({
    industries: v.industries?.length ? v.industries : undefined,
    licenceKinds: v.licenceKinds?.length ? v.licenceKinds : undefined,
    divisionCodes: v.divisionCodes?.length ? v.divisionCodes : undefined,
  });
  const submit = async (v: Values) => {
    const r = await publishWarning({ title: v.title.trim(), body: v.body.trim(), topic: v.topic?.trim() || undefined, kind: v.kind, target: targetOf(v) });
    return t('drugs.warnings.published', { count: r.recipients });
  };
  return (
    <FormModal<Values> title={t('drugs.warnings.new')} testId="warning-form" initialValues={{ kind: 'warning' }} fields={['title', 'body']} onClose={onClose} onSubmit={submit} onDone={onDone}>
      {(form) => (
        <>
          <Form.Item name="kind" label={t('drugs.warnings.kind')}>
            <Select options={(['warning', 'faq'] as const).map((k) => ({ value: k, label: t(`drugs.warnings.kind.${k}`) }))} />
          </Form.Item>
          <TextField name="title" label={t('drugs.warnings.title')} required="text" maxLength={200} testId="warning-title" />
          <Field name="body" label={t('drugs.warnings.body')} required="text">
            <Input.TextArea rows={5} maxLength={20000} data-testid="warning-body" />
          </Field>
          <Form.Item name="topic" label={t('drugs.warnings.topic')}>
            <Input maxLength={50} />
          </Form.Item>
          <Form.Item name="industries" label={t('drugs.warnings.industries')}>
            <Select mode="multiple" options={industries.options} loading={industries.loading} />
          </Form.Item>
          <Form.Item name="licenceKinds" label={t('drugs.warnings.licenceKinds')}>
            <Select mode="multiple" options={kinds.options} />
          </Form.Item>
          <Form.Item name="divisionCodes" label={t('drugs.warnings.divisions')}>
            <Select mode="tags" tokenSeparators={[',', ' ']} />
          </Form.Item>
          <Space>
            <Button
              data-testid="warning-preview"
              onClick={() => void previewWarning(targetOf(form.getFieldsValue())).then((r) => setPreview(r.recipients), showError)}
            >
              {t('drugs.warnings.preview')}
            </Button>
            {preview !== null && <span data-testid="warning-preview-count">{t('drugs.warnings.previewResult', { count: preview })}</span>}
          </Space>
        </>
      )}
    </FormModal>
  );
}

import { Button, Card, Form, Input, InputNumber, Select, Space } from 'antd';
import { useCallback } from 'react';
import { useApiQuery } from '../api/useApiQuery';
import { useT } from '../i18n';
import { InspectionTable } from '../inspections/InspectionTable';
import type { Inspection } from '../inspections/types';
import { Field, useRequired } from '../shared/Field';
import { TextField } from '../shared/TextField';
import { FormModal, type ActionModalProps } from '../shared/FormModal';
import { FormRows } from '../shared/FormRows';
import { QueryErrorAlert } from '../shared/QueryErrorAlert';
import { useDialog } from '../shared/useDialog';
import {
  recordService,
  SERVICE_RECORDS_PATH,
  type ServiceInput,
  type ServiceKind,
  type ServiceRecord,
} from './service-api';
import { ServiceRecordList } from './ServiceRecordList';

/** 检查服务记录 (D4, officers of a drug-regulation department): record the extra hour or on-site teaching of a visit. */
export default function ServicePage() {
  const t = useT();
  const records = useApiQuery<{ items: ServiceRecord[] }>(SERVICE_RECORDS_PATH);
  const recording = useDialog<Inspection>(records.reload);
  const { open } = recording;
  const actions = useCallback(
    (i: Inspection) =>
      i.status !== 'revoked' && Date.now() >= Date.parse(i.window.start) ? (
        <Button size="small" type="primary" ghost onClick={() => open(i)} data-testid="service-record-open">
          {t('service.record')}
        </Button>
      ) : null,
    [t, open],
  );
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card title={t('service.inspections')}>
        <InspectionTable viewer="officer" query={{}} actions={actions} testId="service-inspections" />
      </Card>
      <Card title={t('service.records')}>
        <QueryErrorAlert error={records.error} onRetry={records.reload} />
        <ServiceRecordList items={records.data?.items ?? []} loading={records.loading} showEnterprise />
      </Card>
      {recording.value && <ServiceModal inspection={recording.value} {...recording.props} />}
    </Space>
  );
}

interface Values {
  kind: ServiceKind;
  topic: string;
  questions?: { question: string; answer: string }[];
  content?: string;
  minutes?: number;
  attendees?: number;
}

/** The two fields of an extra-hour question row: the enterprise's question and the officer's answer. */
const QA_FIELDS = [
  { key: 'question', max: 2000, testId: 'q' },
  { key: 'answer', max: 5000, testId: 'a' },
] as const;

function ServiceModal({
  inspection,
  onClose,
  onDone,
}: ActionModalProps & {
  inspection: Inspection;
}) {
  const t = useT();
  const required = useRequired();
  const submit = async (v: Values) => {
    const input: ServiceInput = {
      inspectionId: inspection.id,
      kind: v.kind,
      topic: v.topic.trim(),
      questions: (v.questions ?? []).filter((q) => q?.question && q?.answer),
      content: v.content?.trim() || undefined,
      minutes: v.minutes ?? undefined,
      attendees: v.attendees ?? undefined,
    };
    await recordService(input);
    return t('service.recorded');
  };
  return (
    <FormModal<Values>
      title={`${t('service.record')} · ${inspection.enterprise.name}`}
      testId="service-form"
      initialValues={{ kind: 'extra-hour', questions: [{ question: '', answer: '' }] }}
      fields={['topic', 'content']}
      onClose={onClose}
      onSubmit={submit}
      onDone={onDone}
    >
      {(form) => (
        <>
          <Form.Item name="kind" label={t('service.kind')}>
            <Select
              data-testid="service-form-kind"
              options={(['extra-hour', 'on-site-teaching'] as const).map((k) => ({
                value: k,
                label: t(`service.kind.${k}`),
              }))}
            />
          </Form.Item>
          <TextField name="topic" label={t('service.topic')} required maxLength={200} testId="service-form-topic" />
          <Form.Item noStyle shouldUpdate={(a, b) => a.kind !== b.kind}>
            {() =>
              form.getFieldValue('kind') === 'extra-hour' ? (
                <FormRows
                  name="questions"
                  newRow={{ question: '', answer: '' }}
                  addLabel={t('service.addQuestion')}
                >
                  {(f, n) =>
                    QA_FIELDS.map(({ key, max, testId }) => (
                      <Form.Item
                        key={key}
                        name={[f.name, key]}
                        rules={required(t(`service.${key}`))}
                        style={{ flex: 1 }}
                      >
                        <Input.TextArea
                          rows={2}
                          placeholder={t(`service.${key}`)}
                          maxLength={max}
                          data-testid={`service-form-${testId}${n}`}
                        />
                      </Form.Item>
                    ))
                  }
                </FormRows>
              ) : (
                <Field name="content" label={t('service.content')} required>
                  <Input.TextArea rows={4} maxLength={10_000} data-testid="service-form-content" />
                </Field>
              )
            }
          </Form.Item>
          <Space wrap style={{ marginTop: 16 }}>
            <Form.Item name="minutes" label={t('service.minutes')}>
              <InputNumber min={1} max={600} />
            </Form.Item>
            <Form.Item name="attendees" label={t('service.attendees')}>
              <InputNumber min={1} max={10_000} />
            </Form.Item>
          </Space>
        </>
      )}
    </FormModal>
  );
}

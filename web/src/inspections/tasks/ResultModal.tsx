import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, DatePicker, Flex, Form, Input, Radio } from 'antd';
import type { Dayjs } from 'dayjs';
import { useT } from '../../i18n';
import { recordResult } from '../api';
import { FormModal, type ActionModalProps } from '../../shared/FormModal';
import type { Inspection, Outcome, ResultInput } from '../types';
import { PhotoUpload } from './PhotoUpload';

interface Values {
  outcome: Outcome;
  notes?: string;
  rectification?: { item: string; deadline: Dayjs }[];
  caseNo?: string;
  photoIds?: string[];
}

const OUTCOMES: Outcome[] = ['no-problem', 'rectification', 'case-opened'];

function toInput(v: Values): ResultInput {
  return {
    outcome: v.outcome,
    notes: v.notes?.trim() ?? '',
    rectification:
      v.outcome === 'rectification'
        ? (v.rectification ?? []).map((r) => ({
            item: r.item.trim(),
            deadline: r.deadline.format('YYYY-MM-DD'),
          }))
        : undefined,
    caseNo: v.outcome === 'case-opened' ? v.caseNo?.trim() : undefined,
    photoIds: v.photoIds ?? [],
  };
}

function RectificationRows() {
  const t = useT();
  return (
    <Form.List
      name="rectification"
      rules={[
        {
          validator: (_, rows?: unknown[]) =>
            rows?.length ? Promise.resolve() : Promise.reject(new Error(t('task.rectificationRequired'))),
        },
      ]}
    >
      {(fields, { add, remove }, { errors }) => (
        <>
          {fields.map((field) => (
            <Flex key={field.key} gap={8} align="baseline" data-testid="rectification-row">
              <Form.Item
                name={[field.name, 'item']}
                rules={[{ required: true, whitespace: true, message: t('task.rectificationItem') }]}
                style={{ flex: 1 }}
              >
                <Input placeholder={t('task.rectificationItem')} maxLength={500} />
              </Form.Item>
              <Form.Item
                name={[field.name, 'deadline']}
                rules={[{ required: true, message: t('task.rectificationDeadline') }]}
              >
                <DatePicker placeholder={t('task.rectificationDeadline')} />
              </Form.Item>
              <MinusCircleOutlined aria-label={t('common.remove')} onClick={() => remove(field.name)} />
            </Flex>
          ))}
          <Button
            type="dashed"
            block
            icon={<PlusOutlined />}
            onClick={() => add()}
            data-testid="rectification-add"
          >
            {t('task.rectificationAdd')}
          </Button>
          <Form.ErrorList errors={errors} />
        </>
      )}
    </Form.List>
  );
}

/** A7 — the outcome of a visit: no problem, rectification with items and deadlines, or a case opened. */
export function ResultModal({ inspection, ...modal }: ActionModalProps & { inspection: Inspection }) {
  const t = useT();
  const submit = async (values: Values) => {
    const { late } = await recordResult(inspection.id, toInput(values));
    return late ? { warning: t('task.resultLate') } : t('task.resultSaved');
  };
  return (
    <FormModal<Values>
      {...modal}
      title={t('task.recordResult')}
      testId="result-form"
      initialValues={{ outcome: 'no-problem', rectification: [] }}
      fields={['outcome', 'notes', 'rectification', 'caseNo', 'photoIds']}
      onSubmit={submit}
    >
      {(form) => (
        <>
          <Form.Item name="outcome" label={t('task.outcome')}>
            <Radio.Group
              data-testid="result-outcome"
              options={OUTCOMES.map((o) => ({ value: o, label: t(`outcome.${o}`) }))}
            />
          </Form.Item>
          <Form.Item name="notes" label={t('task.notes')}>
            <Input.TextArea rows={3} maxLength={5000} showCount data-testid="result-notes" />
          </Form.Item>
          <Form.Item noStyle dependencies={['outcome']}>
            {() =>
              form.getFieldValue('outcome') === 'rectification' ? (
                <Form.Item label={t('task.rectification')} required>
                  <RectificationRows />
                </Form.Item>
              ) : form.getFieldValue('outcome') === 'case-opened' ? (
                <Form.Item
                  name="caseNo"
                  label={t('task.caseNo')}
                  rules={[{ required: true, whitespace: true, message: t('task.caseNoRequired') }]}
                >
                  <Input maxLength={100} data-testid="result-case-no" />
                </Form.Item>
              ) : null
            }
          </Form.Item>
          <Form.Item name="photoIds" label={t('task.photos')}>
            <PhotoUpload inspectionId={inspection.id} />
          </Form.Item>
        </>
      )}
    </FormModal>
  );
}

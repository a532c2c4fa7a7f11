import { App, Form, Input, Rate } from 'antd';
import { useT } from '../../i18n';
import { evaluateInspection } from '../api';
import { FormModal } from '../FormModal';
import { RATING_DIMENSIONS, type EvaluationInput, type Inspection } from '../types';

/** A8 — the enterprise rates the visit once: overall, 规范, 廉洁, 效率, 服务 (1–5), with a comment. */
export function EvaluateModal({
  inspection,
  onClose,
  onDone,
}: {
  inspection: Inspection;
  onClose: () => void;
  onDone: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const submit = async (values: EvaluationInput) => {
    await evaluateInspection(inspection.id, { ...values, comment: values.comment?.trim() || undefined });
    void message.success(t('evaluation.thanks'));
    onDone();
  };
  return (
    <FormModal<EvaluationInput>
      open
      title={t('evaluation.title')}
      okText={t('evaluation.submit')}
      testId="evaluation-form"
      fields={[...RATING_DIMENSIONS, 'comment']}
      onCancel={onClose}
      onSubmit={submit}
    >
      {RATING_DIMENSIONS.map((dimension) => (
        <Form.Item
          key={dimension}
          name={dimension}
          label={t(`evaluation.${dimension}`)}
          rules={[{ required: true, message: t('evaluation.required') }]}
        >
          <Rate data-testid={`evaluation-${dimension}`} />
        </Form.Item>
      ))}
      <Form.Item name="comment" label={t('evaluation.comment')}>
        <Input.TextArea rows={3} maxLength={2000} showCount data-testid="evaluation-comment" />
      </Form.Item>
    </FormModal>
  );
}

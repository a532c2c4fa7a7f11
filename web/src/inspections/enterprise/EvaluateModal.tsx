import { Form, Input, Rate } from 'antd';
import { useT } from '../../i18n';
import { evaluateInspection } from '../api';
import type { ActionModalProps } from '../../shared/FormModal';
import { RATING_DIMENSIONS, type EvaluationInput, type Inspection } from '../types';
import { VisitFormModal } from './VisitFormModal';

/** A8 — the enterprise rates the visit once: overall, 规范, 廉洁, 效率, 服务 (1–5), with a comment. */
export function EvaluateModal({ inspection, ...modal }: ActionModalProps & { inspection: Inspection }) {
  const t = useT();
  const submit = async (values: EvaluationInput) => {
    await evaluateInspection(inspection.id, { ...values, comment: values.comment?.trim() || undefined });
    return t('evaluation.thanks');
  };
  return (
    <VisitFormModal<EvaluationInput>
      {...modal}
      form="evaluation"
      fields={[...RATING_DIMENSIONS, 'comment']}
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
    </VisitFormModal>
  );
}

import { Form, Input, Select, Typography } from 'antd';
import { useT } from '../../i18n';
import { complainAboutInspection } from '../api';
import { enumOptions } from '../../shared/enumOptions';
import type { ActionModalProps } from '../../shared/FormModal';
import { COMPLAINT_CATEGORIES, type ComplaintCategory, type Inspection } from '../types';
import { VisitFormModal } from './VisitFormModal';

interface Values {
  category: ComplaintCategory;
  content: string;
}

/** A8 — a complaint about misconduct during a visit; it reaches supervision at once. */
export function ComplaintModal({ inspection, ...modal }: ActionModalProps & { inspection: Inspection }) {
  const t = useT();
  const submit = async (values: Values) => {
    await complainAboutInspection(inspection.id, { ...values, content: values.content.trim() });
    return t('complaint.sent');
  };
  return (
    <VisitFormModal<Values> {...modal} form="complaint" fields={['category', 'content']} onSubmit={submit}>
      <Typography.Paragraph type="secondary">{t('complaint.hint')}</Typography.Paragraph>
      <Form.Item
        name="category"
        label={t('complaint.category')}
        rules={[{ required: true, message: t('complaint.categoryRequired') }]}
      >
        <Select
          data-testid="complaint-category"
          options={enumOptions(COMPLAINT_CATEGORIES, (c) => t(`complaint.category.${c}`))}
        />
      </Form.Item>
      <Form.Item
        name="content"
        label={t('complaint.content')}
        rules={[{ required: true, whitespace: true, min: 5, message: t('complaint.contentRequired') }]}
      >
        <Input.TextArea rows={4} maxLength={5000} showCount data-testid="complaint-content" />
      </Form.Item>
    </VisitFormModal>
  );
}

import { Form, Input } from 'antd';
import { useT } from '../../i18n';
import { FormModal, type ActionModalProps } from '../../shared/FormModal';
import { closeCase, returnCase } from '../api';

export type Review = 'close' | 'return';

/**
 * The supervisor's review of an answer (B2): 办结 accepts it (a comment is optional); 退回 sends it back with
 * the reasons, and the department answers again within the same deadline.
 */
export function ReviewModal({ caseId, review, ...modal }: ActionModalProps & { caseId: string; review: Review }) {
  const t = useT();
  const closing = review === 'close';
  const submit = async ({ text }: { text?: string }) => {
    const value = text?.trim();
    if (closing) await closeCase(caseId, value || undefined);
    else await returnCase(caseId, value ?? '');
    return t(closing ? 'review.closed' : 'review.returned');
  };
  return (
    <FormModal<{ text?: string }>
      {...modal}
      danger={!closing}
      title={t(closing ? 'review.close' : 'review.return')}
      okText={t(closing ? 'review.close' : 'review.return')}
      testId={closing ? 'close-form' : 'return-form'}
      fields={['text']}
      onSubmit={submit}
    >
      <Form.Item
        name="text"
        label={t(closing ? 'review.comment' : 'review.reason')}
        rules={
          closing ? [] : [{ required: true, whitespace: true, min: 2, message: t('review.reasonRequired') }]
        }
      >
        <Input.TextArea
          rows={4}
          maxLength={5000}
          showCount
          data-testid={closing ? 'close-comment' : 'return-reason'}
        />
      </Form.Item>
    </FormModal>
  );
}

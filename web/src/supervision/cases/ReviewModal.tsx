import { App, Form, Input } from 'antd';
import { useT } from '../../i18n';
import { FormModal } from '../../inspections/FormModal';
import { closeCase, returnCase } from '../api';

export type Review = 'close' | 'return';

/**
 * The supervisor's review of an answer (B2): 办结 accepts it (a comment is optional); 退回 sends it back with
 * the reasons, and the department answers again within the same deadline.
 */
export function ReviewModal({
  caseId,
  review,
  onClose,
  onDone,
}: {
  caseId: string;
  review: Review;
  onClose: () => void;
  onDone: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const closing = review === 'close';
  const submit = async ({ text }: { text?: string }) => {
    const value = text?.trim();
    if (closing) await closeCase(caseId, value || undefined);
    else await returnCase(caseId, value ?? '');
    void message.success(t(closing ? 'review.closed' : 'review.returned'));
    onDone();
  };
  return (
    <FormModal<{ text?: string }>
      open
      danger={!closing}
      title={t(closing ? 'review.close' : 'review.return')}
      okText={t(closing ? 'review.close' : 'review.return')}
      testId={closing ? 'close-form' : 'return-form'}
      fields={['text']}
      onCancel={onClose}
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

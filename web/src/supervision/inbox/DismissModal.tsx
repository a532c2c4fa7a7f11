import { App, Form, Input, Typography } from 'antd';
import { useT } from '../../i18n';
import { FormModal } from '../../inspections/FormModal';
import { dismissSignals } from '../api';

/** 排除: closes the chosen open signals without a case, with a reason (each audited). */
export function DismissModal({
  signalIds,
  onClose,
  onDone,
}: {
  signalIds: string[];
  onClose: () => void;
  onDone: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const submit = async ({ reason }: { reason: string }) => {
    const out = await dismissSignals(signalIds, reason.trim());
    void message.success(t('inbox.dismissed', { n: out.dismissed.length, skipped: out.skipped.length }));
    onDone();
  };
  return (
    <FormModal<{ reason: string }>
      open
      danger
      title={t('inbox.dismiss')}
      okText={t('inbox.dismiss')}
      testId="dismiss-form"
      fields={['reason']}
      onCancel={onClose}
      onSubmit={submit}
    >
      <Typography.Paragraph>{t('inbox.selected', { n: signalIds.length })}</Typography.Paragraph>
      <Form.Item
        name="reason"
        label={t('inbox.dismissReason')}
        rules={[{ required: true, whitespace: true, min: 2, message: t('inbox.reasonRequired') }]}
      >
        <Input.TextArea rows={3} maxLength={1000} showCount data-testid="dismiss-reason" />
      </Form.Item>
    </FormModal>
  );
}

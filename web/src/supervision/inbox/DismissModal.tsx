import { Form, Input, Typography } from 'antd';
import { useT } from '../../i18n';
import { FormModal, type ActionModalProps } from '../../shared/FormModal';
import { dismissSignals } from '../api';

/** 排除: closes the chosen open signals without a case, with a reason (each audited). */
export function DismissModal({ signalIds, ...modal }: ActionModalProps & { signalIds: string[] }) {
  const t = useT();
  const submit = async ({ reason }: { reason: string }) => {
    const out = await dismissSignals(signalIds, reason.trim());
    return t('inbox.dismissed', { n: out.dismissed.length, skipped: out.skipped.length });
  };
  return (
    <FormModal<{ reason: string }>
      {...modal}
      danger
      title={t('inbox.dismiss')}
      okText={t('inbox.dismiss')}
      testId="dismiss-form"
      fields={['reason']}
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

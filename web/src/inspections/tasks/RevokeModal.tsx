import { Form, Input, Typography } from 'antd';
import { useT } from '../../i18n';
import { revokeInspection } from '../api';
import { CodeText } from '../CodeText';
import { FormModal, type ActionModalProps } from '../../shared/FormModal';
import type { Inspection } from '../types';

/** A5 — revoking a code, with a reason; the code then scans as 已撤销. */
export function RevokeModal({ inspection, ...modal }: ActionModalProps & { inspection: Inspection }) {
  const t = useT();
  const submit = async ({ reason }: { reason: string }) => {
    await revokeInspection(inspection.id, reason.trim());
    return t('task.revoked');
  };
  return (
    <FormModal<{ reason: string }>
      {...modal}
      danger
      title={t('task.revoke')}
      okText={t('task.revoke')}
      testId="revoke-form"
      fields={['reason']}
      onSubmit={submit}
    >
      <Typography.Paragraph>
        {inspection.enterprise.name} · <CodeText code={inspection.code} />
      </Typography.Paragraph>
      <Form.Item
        name="reason"
        label={t('task.revokeReason')}
        rules={[{ required: true, whitespace: true, min: 2, message: t('task.revokeReasonRequired') }]}
      >
        <Input.TextArea rows={3} maxLength={500} showCount data-testid="revoke-reason" />
      </Form.Item>
    </FormModal>
  );
}

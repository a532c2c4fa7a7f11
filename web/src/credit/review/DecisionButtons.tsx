import { CheckOutlined, CloseOutlined } from '@ant-design/icons';
import { Button, Form, Input, Space } from 'antd';
import { useState } from 'react';
import { useT } from '../../i18n';
import { FormModal } from '../../shared/FormModal';
import { decideApplication } from '../api';

type Decision = 'approve' | 'reject';

/** 通过 / 驳回 with reasons (a rejection needs one); the record is then repaired and delivered, or not. */
export function DecisionButtons({ applicationId, onDecided }: { applicationId: string; onDecided: () => void }) {
  const t = useT();
  const [open, setOpen] = useState<Decision | null>(null);

  const submit = async ({ reason }: { reason?: string }) => {
    if (!open) return;
    await decideApplication(applicationId, open, reason?.trim() || undefined);
    setOpen(null);
    onDecided();
    return t(open === 'approve' ? 'credit.decision.approvedToast' : 'credit.decision.rejectedToast');
  };

  return (
    <>
      <Space wrap>
        <Button type="primary" icon={<CheckOutlined />} onClick={() => setOpen('approve')} data-testid="review-approve">
          {t('credit.decision.approve')}
        </Button>
        <Button danger icon={<CloseOutlined />} onClick={() => setOpen('reject')} data-testid="review-reject">
          {t('credit.decision.reject')}
        </Button>
      </Space>
      {open && (
        <FormModal<{ reason?: string }>
          open
          danger={open === 'reject'}
          title={t(open === 'approve' ? 'credit.decision.approveTitle' : 'credit.decision.rejectTitle')}
          okText={t(open === 'approve' ? 'credit.decision.approve' : 'credit.decision.reject')}
          initialValues={{ reason: open === 'approve' ? t('credit.decision.defaultReason') : '' }}
          fields={['reason']}
          testId="decision-form"
          onClose={() => setOpen(null)}
          onSubmit={submit}
        >
          <Form.Item
            name="reason"
            label={t('credit.decision.reason')}
            rules={
              open === 'reject'
                ? [{ required: true, whitespace: true, min: 2, message: t('credit.decision.reasonRequired') }]
                : []
            }
            extra={open === 'approve' ? t('credit.decision.approveNote') : undefined}
          >
            <Input.TextArea rows={3} maxLength={2000} showCount data-testid="decision-reason" />
          </Form.Item>
        </FormModal>
      )}
    </>
  );
}

import { CheckOutlined, CloseOutlined } from '@ant-design/icons';
import { Button, Space } from 'antd';
import { useState } from 'react';
import { useT } from '../../i18n';
import { ReasonModal } from '../../shared/ReasonModal';
import { decideApplication } from '../api';

type Decision = 'approve' | 'reject';

/** 通过 / 驳回 with reasons (a rejection needs one); the record is then repaired and delivered, or not. */
export function DecisionButtons({ applicationId, onDecided }: { applicationId: string; onDecided: () => void }) {
  const t = useT();
  const [open, setOpen] = useState<Decision | null>(null);

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
        <ReasonModal
          danger={open === 'reject'}
          title={t(open === 'approve' ? 'credit.decision.approveTitle' : 'credit.decision.rejectTitle')}
          okText={t(open === 'approve' ? 'credit.decision.approve' : 'credit.decision.reject')}
          testId="decision-form"
          initial={open === 'approve' ? t('credit.decision.defaultReason') : ''}
          label={t('credit.decision.reason')}
          requiredMessage={open === 'reject' ? t('credit.decision.reasonRequired') : undefined}
          extra={open === 'approve' ? t('credit.decision.approveNote') : undefined}
          maxLength={2000}
          fieldTestId="decision-reason"
          onClose={() => setOpen(null)}
          onSubmit={async (reason) => {
            await decideApplication(applicationId, open, reason || undefined);
            setOpen(null);
            onDecided();
            return t(open === 'approve' ? 'credit.decision.approvedToast' : 'credit.decision.rejectedToast');
          }}
        />
      )}
    </>
  );
}

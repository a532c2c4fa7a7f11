import { FileTextOutlined } from '@ant-design/icons';
import { Button, Modal, Spin } from 'antd';
import { useState } from 'react';
import { useApiQuery } from '../api/useApiQuery';
import { useT } from '../i18n';
import { QueryErrorAlert } from '../shared/QueryErrorAlert';
import { noticePath } from './api';
import { NoticeText } from './NoticeText';
import type { RepairNotice } from './types';

function NoticeModal({ penaltyId, onClose }: { penaltyId: string; onClose: () => void }) {
  const t = useT();
  const { data, error, reload } = useApiQuery<RepairNotice>(noticePath(penaltyId));
  return (
    <Modal open title={t('credit.notice')} onCancel={onClose} footer={null} width={640} destroyOnHidden>
      <QueryErrorAlert error={error} onRetry={reload} />
      {data ? <NoticeText notice={data} /> : !error && <Spin />}
    </Modal>
  );
}

/** 告知书: opens the repair notice of a record. */
export function NoticeButton({ penaltyId }: { penaltyId: string }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button size="small" icon={<FileTextOutlined />} onClick={() => setOpen(true)} data-testid="notice-open">
        {t('credit.notice.short')}
      </Button>
      {open && <NoticeModal penaltyId={penaltyId} onClose={() => setOpen(false)} />}
    </>
  );
}

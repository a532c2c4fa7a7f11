import { RedoOutlined } from '@ant-design/icons';
import { App, Button, Popconfirm } from 'antd';
import { useState } from 'react';
import { useShowError } from '../../api/useShowError';
import { useT } from '../../i18n';
import { resendDelivery } from '../api';
import type { Delivery } from '../types';

/** 重新推送: queues the delivery again under the same idempotency key — the platform applies it once. */
export function ResendButton({ delivery, onDone }: { delivery: Delivery; onDone: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const showError = useShowError();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      await resendDelivery(delivery.id);
      void message.success(t('credit.resend.done'));
      onDone();
    } catch (error) {
      showError(error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Popconfirm title={t('credit.resend.confirm')} description={t('credit.resend.once')} onConfirm={run}>
      <Button
        size="small"
        danger={delivery.status === 'dead'}
        icon={<RedoOutlined />}
        loading={busy}
        disabled={delivery.status === 'pending'}
        data-testid="delivery-resend"
      >
        {t('credit.resend')}
      </Button>
    </Popconfirm>
  );
}

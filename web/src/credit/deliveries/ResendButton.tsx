import { RedoOutlined } from '@ant-design/icons';
import { useT } from '../../i18n';
import { ConfirmButton } from '../../shared/ConfirmButton';
import { resendDelivery } from '../api';
import type { Delivery } from '../types';

/** 重新推送 (a dead delivery): queues it again under the same idempotency key — the platform applies it once. */
export function ResendButton({ delivery, onDone }: { delivery: Delivery; onDone: () => void }) {
  const t = useT();
  return (
    <ConfirmButton
      confirm={t('credit.resend.confirm')}
      description={t('credit.resend.once')}
      action={async () => {
        await resendDelivery(delivery.id);
        onDone();
        return t('credit.resend.done');
      }}
      size="small"
      danger
      icon={<RedoOutlined />}
      data-testid="delivery-resend"
    >
      {t('credit.resend')}
    </ConfirmButton>
  );
}

import { CheckCircleOutlined } from '@ant-design/icons';
import type { ButtonProps } from 'antd';
import { useT } from '../../i18n';
import { ConfirmButton } from '../../shared/ConfirmButton';
import { confirmArrival } from '../api';

interface Props {
  inspectionId: string;
  onConfirmed: (at: string) => void;
  size?: ButtonProps['size'];
  block?: boolean;
}

/** A6 — the enterprise confirms that the officers have arrived (once; asked to confirm first). */
export function ArrivalButton({ inspectionId, onConfirmed, size, block }: Props) {
  const t = useT();
  return (
    <ConfirmButton
      confirm={t('inspection.arrivalAsk')}
      okTestId="arrival-ok"
      action={async () => {
        const { arrivalConfirmedAt } = await confirmArrival(inspectionId);
        onConfirmed(arrivalConfirmedAt);
        return t('inspection.arrivalConfirmed');
      }}
      type="primary"
      size={size}
      block={block}
      icon={<CheckCircleOutlined />}
      data-testid="arrival-confirm"
    >
      {t('inspection.confirmArrival')}
    </ConfirmButton>
  );
}

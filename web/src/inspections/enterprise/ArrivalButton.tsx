import { CheckCircleOutlined } from '@ant-design/icons';
import { App, Button, Popconfirm, type ButtonProps } from 'antd';
import { useState } from 'react';
import { useShowError } from '../../api/useShowError';
import { useT } from '../../i18n';
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
  const { message } = App.useApp();
  const showError = useShowError();
  const [busy, setBusy] = useState(false);
  const confirm = async () => {
    setBusy(true);
    try {
      const { arrivalConfirmedAt } = await confirmArrival(inspectionId);
      void message.success(t('inspection.arrivalConfirmed'));
      onConfirmed(arrivalConfirmedAt);
    } catch (error) {
      showError(error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Popconfirm
      title={t('inspection.arrivalAsk')}
      onConfirm={confirm}
      okButtonProps={{ ...{ 'data-testid': 'arrival-ok' } }}
    >
      <Button
        type="primary"
        size={size}
        block={block}
        icon={<CheckCircleOutlined />}
        loading={busy}
        data-testid="arrival-confirm"
      >
        {t('inspection.confirmArrival')}
      </Button>
    </Popconfirm>
  );
}

import { App, Button, Popconfirm } from 'antd';
import { useState } from 'react';
import { useShowError } from '../../api/useShowError';
import { useT } from '../../i18n';
import { invite } from '../api';

/** 邀请修复: tells the subject it may apply now (C4 "or is invited"). */
export function InviteButton({ penaltyId, onDone }: { penaltyId: string; onDone: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const showError = useShowError();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      await invite(penaltyId);
      void message.success(t('credit.invite.done'));
      onDone();
    } catch (error) {
      showError(error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Popconfirm title={t('credit.invite.confirm')} onConfirm={run}>
      <Button size="small" loading={busy} data-testid="penalty-invite">
        {t('credit.invite')}
      </Button>
    </Popconfirm>
  );
}

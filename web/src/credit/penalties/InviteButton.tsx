import { useT } from '../../i18n';
import { ConfirmButton } from '../../shared/ConfirmButton';
import { invite } from '../api';

/** 邀请修复: tells the subject it may apply now (C4 "or is invited"). */
export function InviteButton({ penaltyId, onDone }: { penaltyId: string; onDone: () => void }) {
  const t = useT();
  return (
    <ConfirmButton
      confirm={t('credit.invite.confirm')}
      action={async () => {
        await invite(penaltyId);
        onDone();
        return t('credit.invite.done');
      }}
      size="small"
      data-testid="penalty-invite"
    >
      {t('credit.invite')}
    </ConfirmButton>
  );
}

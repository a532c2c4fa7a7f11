import { useT } from '../../i18n';
import type { ActionModalProps } from '../../shared/FormModal';
import { ReasonModal } from '../../shared/ReasonModal';
import { dismissSignals } from '../api';

/** 排除: closes the chosen open signals without a case, with a reason (each audited). */
export function DismissModal({ signalIds, ...modal }: ActionModalProps & { signalIds: string[] }) {
  const t = useT();
  return (
    <ReasonModal
      {...modal}
      danger
      title={t('inbox.dismiss')}
      testId="dismiss-form"
      intro={t('inbox.selected', { n: signalIds.length })}
      label={t('inbox.dismissReason')}
      requiredMessage={t('inbox.reasonRequired')}
      maxLength={1000}
      fieldTestId="dismiss-reason"
      onSubmit={async (reason) => {
        const out = await dismissSignals(signalIds, reason);
        return t('inbox.dismissed', { n: out.dismissed.length, skipped: out.skipped.length });
      }}
    />
  );
}

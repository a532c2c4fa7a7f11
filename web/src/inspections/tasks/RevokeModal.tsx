import { useT } from '../../i18n';
import type { ActionModalProps } from '../../shared/FormModal';
import { ReasonModal } from '../../shared/ReasonModal';
import { revokeInspection } from '../api';
import { CodeText } from '../CodeText';
import type { Inspection } from '../types';

/** A5 — revoking a code, with a reason; the code then scans as 已撤销. */
export function RevokeModal({ inspection, ...modal }: ActionModalProps & { inspection: Inspection }) {
  const t = useT();
  return (
    <ReasonModal
      {...modal}
      danger
      title={t('task.revoke')}
      testId="revoke-form"
      intro={
        <>
          {inspection.enterprise.name} · <CodeText code={inspection.code} />
        </>
      }
      label={t('task.revokeReason')}
      requiredMessage={t('task.revokeReasonRequired')}
      maxLength={500}
      fieldTestId="revoke-reason"
      onSubmit={async (reason) => {
        await revokeInspection(inspection.id, reason);
        return t('task.revoked');
      }}
    />
  );
}

import { useT } from '../../i18n';
import type { ActionModalProps } from '../../shared/FormModal';
import { ReasonModal } from '../../shared/ReasonModal';
import { closeCase, returnCase } from '../api';

export type Review = 'close' | 'return';

/**
 * The supervisor's review of an answer (B2): 办结 accepts it (a comment is optional); 退回 sends it back with
 * the reasons, and the department answers again within the same deadline.
 */
export function ReviewModal({
  caseId,
  review,
  ...modal
}: ActionModalProps & { caseId: string; review: Review }) {
  const t = useT();
  const closing = review === 'close';
  return (
    <ReasonModal
      {...modal}
      danger={!closing}
      title={t(closing ? 'review.close' : 'review.return')}
      testId={closing ? 'close-form' : 'return-form'}
      name="text"
      label={t(closing ? 'review.comment' : 'review.reason')}
      requiredMessage={closing ? undefined : t('review.reasonRequired')}
      rows={4}
      maxLength={5000}
      fieldTestId={closing ? 'close-comment' : 'return-reason'}
      onSubmit={async (text) => {
        if (closing) await closeCase(caseId, text || undefined);
        else await returnCase(caseId, text);
        return t(closing ? 'review.closed' : 'review.returned');
      }}
    />
  );
}

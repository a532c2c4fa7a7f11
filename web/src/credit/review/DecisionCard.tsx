import { Alert, Card, Typography } from 'antd';
import { useT } from '../../i18n';
import { formatDateTime } from '../../shared/format';
import type { Application } from '../types';
import { DecisionButtons } from './DecisionButtons';

/** What the officer can do now: decide a complete application, wait for a proof, or read the decision. */
export function DecisionCard({ application: a, onDecided }: { application: Application; onDecided: () => void }) {
  const t = useT();
  let body;
  if (a.status === 'pending') {
    body = (
      <>
        <Typography.Paragraph>{t('credit.review.decideHint', { date: a.reviewDueOn ?? '' })}</Typography.Paragraph>
        <DecisionButtons applicationId={a.id} onDecided={onDecided} />
      </>
    );
  } else if (a.status === 'awaiting-proof') {
    body = <Alert type="warning" showIcon title={t('credit.review.awaitingProof')} />;
  } else {
    body = (
      <Alert
        type={a.status === 'approved' ? 'success' : 'error'}
        showIcon
        data-testid="review-decision"
        data-status={a.status}
        title={t(a.status === 'approved' ? 'credit.decision.approved' : 'credit.decision.rejected', {
          at: formatDateTime(a.decidedAt),
        })}
        description={
          <>
            {a.reason && <div>{t('credit.decision.reasonIs', { reason: a.reason })}</div>}
            <div>{t('credit.decision.by', { name: a.decidedBy ?? '' })}</div>
            {a.reviewHours !== null && <div>{t('credit.decision.took', { hours: a.reviewHours })}</div>}
          </>
        }
      />
    );
  }
  return (
    <Card size="small" title={t('credit.review.decision')} data-testid="decision-card" style={{ height: '100%' }}>
      {body}
    </Card>
  );
}

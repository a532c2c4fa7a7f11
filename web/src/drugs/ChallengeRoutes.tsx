import { Space, Tag, Typography } from 'antd';
import { useT } from '../i18n';
import type { Challenge } from './service-api';

/** How to challenge a decision and by when, as the server computed it (the page derives nothing). */
export function ChallengeRoutes({
  challenge,
  reviewBody,
  court,
}: {
  challenge: Challenge;
  reviewBody: string;
  court: string;
}) {
  const t = useT();
  const left = (r: { open: boolean; daysLeft: number }) =>
    r.open ? (
      <Tag color={r.daysLeft <= 7 ? 'orange' : 'blue'}>{t('decision.daysLeft', { n: r.daysLeft })}</Tag>
    ) : (
      <Tag>{t('decision.closed')}</Tag>
    );
  const { review, litigation } = challenge;
  return (
    <Space direction="vertical" size={4} data-testid="decision-challenge">
      <Typography.Text data-testid="decision-review" data-last-day={review.lastDay}>
        {t('decision.review', {
          lastDay: review.lastDay,
          body: reviewBody,
          days: review.days,
          basis: review.basis,
        })}{' '}
        {left(review)}
      </Typography.Text>
      <Typography.Text data-testid="decision-litigation" data-last-day={litigation.lastDay}>
        {t('decision.litigation', {
          lastDay: litigation.lastDay,
          court,
          months: litigation.months,
          basis: litigation.basis,
        })}{' '}
        {left(litigation)}
      </Typography.Text>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('decision.afterReview', { days: challenge.afterReview.days, basis: challenge.afterReview.basis })}
        {t('decision.counting', { basis: challenge.counting })}
      </Typography.Text>
    </Space>
  );
}

import { Space, Tag, Typography } from 'antd';
import { useT } from '../i18n';
import type { Application } from './types';

/** Days before the deadline from which it is shown as due soon. */
const SOON_DAYS = 3;

/** 审核期限: the due day, marked overdue (red) or due soon (orange) while the application is under review. */
export function ReviewDeadline({ application: a }: { application: Pick<Application, 'status' | 'reviewDueOn' | 'reviewDaysLeft' | 'overdue'> }) {
  const t = useT();
  if (!a.reviewDueOn) return <Typography.Text type="secondary">{t('credit.review.notAccepted')}</Typography.Text>;
  const left = a.reviewDaysLeft ?? 0;
  const open = a.status === 'pending';
  return (
    <Space size={4} data-testid="review-deadline" data-overdue={String(a.overdue)}>
      <span>{a.reviewDueOn}</span>
      {open && a.overdue && <Tag color="red">{t('credit.review.overdue')}</Tag>}
      {open && !a.overdue && left <= SOON_DAYS && (
        <Tag color="orange">{t('credit.review.dueIn', { days: Math.max(left, 0) })}</Tag>
      )}
    </Space>
  );
}

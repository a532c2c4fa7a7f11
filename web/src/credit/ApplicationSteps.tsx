import { Steps, type StepsProps } from 'antd';
import { useT } from '../i18n';
import { formatDateTime } from '../shared/format';
import type { Application, Delivery } from './types';

type Item = NonNullable<StepsProps['items']>[number];

interface Props {
  application: Application;
  deliveries: readonly Delivery[];
  /** The rule set's review time limit, when known. */
  reviewWorkingDays?: number;
}

/** Where an application stands: submitted → complete (受理) → reviewed → repaired and delivered to each platform. */
export function ApplicationSteps({ application: a, deliveries, reviewWorkingDays }: Props) {
  const t = useT();
  const decided = a.status === 'approved' || a.status === 'rejected';
  const dead = deliveries.some((d) => d.status === 'dead');
  const delivered = deliveries.length > 0 && deliveries.every((d) => d.status === 'delivered');

  const items: Item[] = [
    { title: t('credit.step.submitted'), status: 'finish', content: formatDateTime(a.submittedAt) },
    a.acceptedAt
      ? { title: t('credit.step.accepted'), status: 'finish', content: formatDateTime(a.acceptedAt) }
      : {
          title: t('credit.step.accepted'),
          status: 'process',
          content: t('credit.step.missing', {
            kinds: a.missing.map((k) => t(`credit.proof.${k}`)).join(t('common.listSeparator')),
          }),
        },
    {
      title: t('credit.step.review'),
      status: decided ? (a.status === 'rejected' ? 'error' : 'finish') : a.status === 'pending' ? 'process' : 'wait',
      content: decided
        ? formatDateTime(a.decidedAt)
        : a.reviewDueOn
          ? reviewWorkingDays
            ? t('credit.step.dueWorking', { date: a.reviewDueOn, days: reviewWorkingDays })
            : t('credit.step.due', { date: a.reviewDueOn })
          : undefined,
    },
    {
      title: t('credit.step.delivered'),
      status: a.status !== 'approved' ? 'wait' : dead ? 'error' : delivered ? 'finish' : 'process',
      description:
        a.status === 'approved'
          ? t('credit.step.deliveredCount', {
              done: deliveries.filter((d) => d.status === 'delivered').length,
              total: deliveries.length,
            })
          : undefined,
    },
  ];
  return <Steps size="small" items={items} data-testid="application-steps" style={{ marginBottom: 16 }} />;
}

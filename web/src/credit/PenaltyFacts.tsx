import { Descriptions, type DescriptionsProps } from 'antd';
import { useT } from '../i18n';
import { formatDate } from '../shared/format';
import { amountText, kindsText } from './labels';
import { RepairPathTag, RepairStateTag, SeverityTag } from './tags';
import type { Penalty, RepairState } from './types';

interface Props {
  penalty: Penalty;
  state: RepairState;
  /** Show the subject (staff pages). */
  withSubject?: boolean;
  column?: DescriptionsProps['column'];
}

/** A penalty record as facts: decision, department, kinds, severity, publicity start / repairable from / stops on. */
export function PenaltyFacts({ penalty: p, state, withSubject, column = { xs: 1, sm: 2 } }: Props) {
  const t = useT();
  const none = t('common.none');
  const items: DescriptionsProps['items'] = [
    ...(withSubject
      ? [
          { key: 'subject', label: t('enterprise.name'), children: p.enterpriseName ?? none },
          { key: 'uscc', label: t('enterprise.uscc'), children: p.uscc },
        ]
      : []),
    { key: 'decisionNo', label: t('field.decisionNo'), children: p.decisionNo },
    { key: 'department', label: t('field.authority'), children: p.departmentName ?? none },
    { key: 'decisionDate', label: t('field.decisionDate'), children: p.decisionDate },
    { key: 'kinds', label: t('field.kinds'), children: kindsText(p.kinds, t) },
    { key: 'fine', label: t('credit.fineAmount'), children: amountText(p.fineAmount, t) },
    { key: 'severity', label: t('field.severity'), children: <SeverityTag severity={p.severity} /> },
    { key: 'start', label: t('credit.publicityStart'), children: p.publicity.start ?? none },
    { key: 'repairableFrom', label: t('credit.repairableFrom'), children: p.repairableFromDay ?? t('credit.neverEarly') },
    {
      key: 'lastDay',
      label: t('credit.lastDay'),
      children: p.publicity.maxEnd ?? none,
    },
    {
      key: 'path',
      label: t('credit.repairPath'),
      children: p.repairWay ? <RepairPathTag path={p.repairWay} /> : none,
    },
    { key: 'state', label: t('field.status'), children: <RepairStateTag state={state} /> },
    ...(p.repairedAt
      ? [
          {
            key: 'repairedAt',
            label: t('field.repairedAt'),
            children: `${formatDate(p.repairedAt)}${p.repairedHow ? ` · ${t(`credit.path.${p.repairedHow}`)}` : ''}`,
          },
        ]
      : []),
  ];
  return <Descriptions size="small" bordered column={column} items={items} data-testid="penalty-facts" />;
}

import type { TableColumnsType } from 'antd';
import type { Translate } from '../i18n';
import { TwoLines } from '../shared/TwoLines';
import { kindsText } from './labels';
import { PublicityDates } from './PublicityDates';
import { RepairPathTag, SeverityTag } from './tags';
import type { Penalty } from './types';

type Column<R> = TableColumnsType<R>[number];

/**
 * The columns every list of penalty records shows the same way (处罚信息, 我的信用, 一企一档), each reading the
 * row's record through `of`; a list picks the ones it shows and adds its own.
 */
export function penaltyColumns<R>(t: Translate, of: (row: R) => Penalty) {
  const none = t('common.none');
  const column = (c: Column<R>) => c;
  return {
    decision: column({
      key: 'decisionNo',
      title: t('field.decisionNo'),
      render: (_: unknown, r: R) => <TwoLines main={of(r).decisionNo} sub={of(r).departmentName ?? none} />,
    }),
    decisionDate: column({
      key: 'decisionDate',
      title: t('field.decisionDate'),
      render: (_: unknown, r: R) => of(r).decisionDate,
    }),
    kinds: column({
      key: 'kinds',
      title: t('field.kinds'),
      render: (_: unknown, r: R) => kindsText(of(r).kinds, t),
    }),
    severity: column({
      key: 'severity',
      title: t('field.severity'),
      render: (_: unknown, r: R) => <SeverityTag severity={of(r).severity} />,
    }),
    publicity: column({
      key: 'publicity',
      title: t('credit.publicity'),
      render: (_: unknown, r: R) => <PublicityDates penalty={of(r)} />,
    }),
    repairWay: column({
      key: 'repairWay',
      title: t('credit.repairPath'),
      render: (_: unknown, r: R) => {
        const way = of(r).repairWay;
        return way ? <RepairPathTag path={way} /> : none;
      },
    }),
  };
}

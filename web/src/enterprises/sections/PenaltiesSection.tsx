import type { TableColumnsType } from 'antd';
import { useMemo } from 'react';
import { useT } from '../../i18n';
import { amountText, kindsText } from '../../credit/labels';
import { PublicityDates } from '../../credit/PublicityDates';
import { RepairPathTag, RepairStateTag, SeverityTag } from '../../credit/tags';
import { SectionTable } from './SectionTable';
import type { PenaltyRow } from './types';
import { TwoLines } from '../../shared/TwoLines';

/** 行政处罚与信用: decision, department, kinds, amount, severity, publicity dates, repair way and state. */
export function PenaltiesSection({ rows }: { rows: readonly PenaltyRow[] }) {
  const t = useT();
  const columns = useMemo<TableColumnsType<PenaltyRow>>(() => {
    const none = t('common.none');
    return [
      {
        key: 'decisionNo',
        title: t('field.decisionNo'),
        render: (_, r) => <TwoLines main={r.decisionNo} sub={r.departmentName ?? none} />,
      },
      { key: 'decisionDate', title: t('field.decisionDate'), render: (_, r) => r.decisionDate },
      { key: 'kinds', title: t('field.kinds'), render: (_, r) => kindsText(r.kinds, t) },
      { key: 'fineAmount', title: t('credit.fineAmount'), render: (_, r) => amountText(r.fineAmount, t) },
      { key: 'severity', title: t('field.severity'), render: (_, r) => <SeverityTag severity={r.severity} /> },
      { key: 'publicity', title: t('credit.publicity'), render: (_, r) => <PublicityDates penalty={r} /> },
      {
        key: 'repairWay',
        title: t('credit.repairPath'),
        render: (_, r) => (r.repairWay ? <RepairPathTag path={r.repairWay} /> : none),
      },
      { key: 'state', title: t('field.status'), render: (_, r) => <RepairStateTag state={r.state} /> },
    ];
  }, [t]);
  return <SectionTable rows={rows} columns={columns} testId="section-penalties" />;
}

import type { TableColumnsType } from 'antd';
import { useMemo } from 'react';
import { useT } from '../../i18n';
import { amountText } from '../../credit/labels';
import { penaltyColumns } from '../../credit/penaltyColumns';
import { RepairStateTag } from '../../credit/tags';
import { SectionTable } from './SectionTable';
import type { PenaltyRow } from './types';

/** 行政处罚与信用: decision, department, kinds, amount, severity, publicity dates, repair way and state. */
export function PenaltiesSection({ rows }: { rows: readonly PenaltyRow[] }) {
  const t = useT();
  const columns = useMemo<TableColumnsType<PenaltyRow>>(() => {
    const c = penaltyColumns<PenaltyRow>(t, (r) => r);
    return [
      c.decision,
      c.decisionDate,
      c.kinds,
      { key: 'fineAmount', title: t('credit.fineAmount'), render: (_, r) => amountText(r.fineAmount, t) },
      c.severity,
      c.publicity,
      c.repairWay,
      { key: 'state', title: t('field.status'), render: (_, r) => <RepairStateTag state={r.state} /> },
    ];
  }, [t]);
  return <SectionTable rows={rows} columns={columns} testId="section-penalties" />;
}

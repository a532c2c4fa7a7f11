import { Space, Tag, type TableColumnsType, type TablePaginationConfig } from 'antd';
import { useMemo } from 'react';
import { useT } from '../../i18n';
import { DataTable } from '../../shared/DataTable';
import { formatDate } from '../../shared/format';
import { amountText, kindsText } from '../labels';
import { NoticeButton } from '../NoticeButton';
import { penaltyColumns } from '../penaltyColumns';
import { RepairStateTag } from '../tags';
import type { Penalty } from '../types';
import { InviteButton } from './InviteButton';
import { TwoLines } from '../../shared/TwoLines';

interface Props {
  rows: readonly Penalty[];
  loading: boolean;
  pagination: TablePaginationConfig;
  onChanged: () => void;
}

/** 处罚信息 (credit officer): every record with publicity dates, repair path and state. */
export function PenaltyTable({ rows, onChanged, ...table }: Props) {
  const t = useT();
  const columns = useMemo<TableColumnsType<Penalty>>(() => {
    const c = penaltyColumns<Penalty>(t, (p) => p);
    return [
      {
        key: 'enterprise',
        title: t('enterprise.name'),
        render: (_, p) => <TwoLines main={p.enterpriseName} sub={p.uscc} />,
      },
      c.decision,
      c.decisionDate,
      {
        key: 'kinds',
        title: t('field.kinds'),
        render: (_, p) => p.fineAmount
            ? t('credit.kindsWithFine', { kinds: kindsText(p.kinds, t), amount: amountText(p.fineAmount, t) })
            : kindsText(p.kinds, t),
      },
      c.severity,
      c.publicity,
      c.repairWay,
      {
        key: 'state',
        title: t('field.status'),
        render: (_, p) => (
          <Space size={2} wrap>
            <RepairStateTag state={p.state} />
            {p.invitedAt && <Tag color="purple">{t('credit.invited', { date: formatDate(p.invitedAt) })}</Tag>}
          </Space>
        ),
      },
      {
        key: 'actions',
        title: t('common.actions'),
        fixed: 'end',
        render: (_, p) => (
          <Space size={4}>
            <NoticeButton penaltyId={p.id} />
            {p.state === 'apply-now' && !p.invitedAt && (
              <InviteButton penaltyId={p.id} onDone={onChanged} />
            )}
          </Space>
        ),
      },
    ];
  }, [t, onChanged]);

  return (
    <DataTable<Penalty>
      {...table}
      data-testid="penalty-table"
      columns={columns}
      dataSource={rows}
      rowData={(p) => ({ testid: 'penalty-row', id: p.id, 'decision-no': p.decisionNo })}
    />
  );
}

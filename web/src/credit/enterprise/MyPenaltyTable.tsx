import { Button, Flex, Space, type TableColumnsType } from 'antd';
import { useMemo } from 'react';
import { useNavigate } from 'react-router-dom';
import { useT } from '../../i18n';
import { DataTable } from '../../shared/DataTable';
import { myRecordPage } from '../api';
import { NoticeButton } from '../NoticeButton';
import { penaltyColumns } from '../penaltyColumns';
import { RepairHint } from '../RepairHint';
import { RepairStateTag } from '../tags';
import type { Penalty, RepairState } from '../types';

export interface MyRecord {
  penalty: Penalty;
  state: RepairState;
}

function RecordActions({ record: { penalty, state } }: { record: MyRecord }) {
  const t = useT();
  const navigate = useNavigate();
  const open = () => navigate(myRecordPage(penalty.id));
  const tracking = state === 'in-review' || state === 'awaiting-proof';
  return (
    <Space size={4} wrap>
      <NoticeButton penaltyId={penalty.id} />
      {state === 'apply-now' ? (
        <Button size="small" type="primary" onClick={open} data-testid="record-apply">
          {t('credit.apply')}
        </Button>
      ) : (
        <Button size="small" onClick={open} data-testid="record-open">
          {tracking ? t('credit.track') : t('credit.details')}
        </Button>
      )}
    </Space>
  );
}

/** 我的信用: the enterprise's penalty records with publicity dates, what repairs them, and the next step. */
export function MyPenaltyTable({ records, loading }: { records: readonly MyRecord[]; loading: boolean }) {
  const t = useT();
  const columns = useMemo<TableColumnsType<MyRecord>>(() => {
    const c = penaltyColumns<MyRecord>(t, (r) => r.penalty);
    return [
      c.decision,
      c.decisionDate,
      c.kinds,
      c.severity,
      c.publicity,
      {
        key: 'state',
        title: t('field.status'),
        render: (_, r) => (
          <Flex vertical gap={2} style={{ maxWidth: 260 }}>
            <span>
              <RepairStateTag state={r.state} />
            </span>
            <RepairHint penalty={r.penalty} state={r.state} />
          </Flex>
        ),
      },
      { key: 'actions', title: t('common.actions'), fixed: 'end', render: (_, r) => <RecordActions record={r} /> },
    ];
  }, [t]);

  return (
    <DataTable<MyRecord>
      rowKey={(r) => r.penalty.id}
      data-testid="my-credit-table"
      columns={columns}
      dataSource={[...records]}
      loading={loading}
      pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
      locale={{ emptyText: t('credit.my.empty') }}
      rowData={(r) => ({ testid: 'credit-record-row', id: r.penalty.id, 'decision-no': r.penalty.decisionNo, state: r.state })}
    />
  );
}

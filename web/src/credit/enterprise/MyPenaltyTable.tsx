import { Button, Flex, Space, type TableColumnsType } from 'antd';
import { useMemo } from 'react';
import { useNavigate } from 'react-router-dom';
import { useT } from '../../i18n';
import { DataTable } from '../../shared/DataTable';
import { myRecordPage } from '../api';
import { kindsText } from '../labels';
import { NoticeButton } from '../NoticeButton';
import { PublicityDates } from '../PublicityDates';
import { RepairHint } from '../RepairHint';
import { RepairStateTag, SeverityTag } from '../tags';
import type { Penalty, RepairState } from '../types';
import { TwoLines } from '../../shared/TwoLines';

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
    const none = t('common.none');
    return [
      {
        key: 'decisionNo',
        title: t('field.decisionNo'),
        render: (_, r) => <TwoLines main={r.penalty.decisionNo} sub={r.penalty.departmentName ?? none} />,
      },
      { key: 'decisionDate', title: t('field.decisionDate'), render: (_, r) => r.penalty.decisionDate },
      { key: 'kinds', title: t('field.kinds'), render: (_, r) => kindsText(r.penalty.kinds, t) },
      { key: 'severity', title: t('field.severity'), render: (_, r) => <SeverityTag severity={r.penalty.severity} /> },
      { key: 'publicity', title: t('credit.publicity'), render: (_, r) => <PublicityDates penalty={r.penalty} /> },
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

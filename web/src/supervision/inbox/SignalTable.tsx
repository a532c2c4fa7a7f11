import { Tooltip, Typography, type TableColumnsType, type TablePaginationConfig } from 'antd';
import { useMemo, type Key } from 'react';
import { Link } from 'react-router-dom';
import { alertDetail } from '../../figures/alertDetail';
import { useT } from '../../i18n';
import { DataTable } from '../../shared/DataTable';
import { formatDateTime } from '../../shared/format';
import { casePageUrl } from '../api';
import { InspectionLink } from '../InspectionLink';
import { EnterpriseLinkText, SeverityTag, SignalKindTag } from '../tags';
import type { Signal } from '../types';

/** Where the signal stands: open, dismissed (with the reason on hover) or the case opened from it. */
function SignalStatus({ signal }: { signal: Signal }) {
  const t = useT();
  const label = t(`alert.status.${signal.status}`);
  if (signal.status === 'case-opened' && signal.caseId)
    return (
      <Link to={casePageUrl(signal.caseId)} data-testid="signal-case">
        {label}
      </Link>
    );
  if (signal.status === 'dismissed' && signal.dismissReason)
    return (
      <Tooltip title={signal.dismissReason}>
        <Typography.Text type="secondary" underline>
          {label}
        </Typography.Text>
      </Tooltip>
    );
  return <>{label}</>;
}

function useColumns(): TableColumnsType<Signal> {
  const t = useT();
  return useMemo(
    () => [
      { key: 'createdAt', title: t('supervision.raisedAt'), render: (_, s) => formatDateTime(s.createdAt) },
      { key: 'kind', title: t('alert.kind'), render: (_, s) => <SignalKindTag kind={s.kind} /> },
      {
        key: 'severity',
        title: t('alert.severity'),
        render: (_, s) => <SeverityTag severity={s.severity} />,
      },
      {
        key: 'enterprise',
        title: t('enterprise.name'),
        render: (_, s) => <EnterpriseLinkText enterprise={s.enterprise} />,
      },
      {
        key: 'department',
        title: t('field.department'),
        render: (_, s) => s.department?.name ?? t('common.none'),
      },
      { key: 'detail', title: t('alert.detail'), width: 340, render: (_, s) => alertDetail(s, t) },
      {
        key: 'inspection',
        title: t('supervision.inspection'),
        render: (_, s) => <InspectionLink id={s.inspectionId} />,
      },
      { key: 'status', title: t('field.status'), render: (_, s) => <SignalStatus signal={s} /> },
    ],
    [t],
  );
}

interface Props {
  signals: readonly Signal[];
  loading?: boolean;
  pagination?: TablePaginationConfig | false;
  /** Selectable rows (open signals only) for the bulk actions; omitted = read-only. */
  selection?: { keys: string[]; onChange: (keys: string[]) => void };
  testId: string;
}

/** Supervision signals, each linking to its enterprise file, its inspection and the case opened from it. */
export function SignalTable({ signals, loading, pagination = false, selection, testId }: Props) {
  const columns = useColumns();
  return (
    <DataTable<Signal>
      data-testid={testId}
      columns={columns}
      dataSource={signals as Signal[]}
      loading={loading}
      pagination={pagination}
      rowSelection={
        selection && {
          selectedRowKeys: selection.keys,
          preserveSelectedRowKeys: true,
          onChange: (keys: Key[]) => selection.onChange(keys.map(String)),
          getCheckboxProps: (s) => ({ disabled: s.status !== 'open' }),
        }
      }
      rowData={(s) => ({
        testid: 'signal-row',
        id: s.id,
        kind: s.kind,
        status: s.status,
        uscc: s.enterprise?.uscc ?? '',
      })}
    />
  );
}

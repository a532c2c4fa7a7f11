import { Button, Card, Flex, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useApiQuery } from '../../api/useApiQuery';
import { useMe } from '../../auth/SessionProvider';
import type { Page } from '../../enterprises/types';
import { useT } from '../../i18n';
import { usePagination } from '../../inspections/usePagination';
import { QueryErrorAlert } from '../../shared/QueryErrorAlert';
import { SIGNAL_COUNTS_PATH, SIGNALS_PATH } from '../api';
import { DepartmentSelect, EnumSelect, RangeFilter, rangeQuery, type DayRange } from '../../shared/filters';
import {
  SEVERITIES,
  SIGNAL_STATUSES,
  type Severity,
  type Signal,
  type SignalCounts,
  type SignalKind,
  type SignalStatus,
} from '../types';
import { DismissModal } from './DismissModal';
import { KindCounts } from './KindCounts';
import { OpenCasesModal } from './OpenCasesModal';
import { SignalTable } from './SignalTable';

interface Filter {
  kind?: SignalKind;
  severity?: Severity;
  status?: SignalStatus;
  departmentId?: string;
  range: DayRange;
}

/**
 * 督办工作台 (B1): every supervision signal — A9 frequency alerts, over-frequency and back-filled codes, late
 * results, poor ratings and complaints, 12345 tickets — counted by kind, filtered, and handled in bulk by the
 * supervisor: dismissed with a reason, or made into cases (督办件). Administrators read it.
 */
export default function InboxPage() {
  const t = useT();
  const me = useMe();
  const canAct = me.role === 'supervisor';
  const [filter, setFilter] = useState<Filter>({ status: 'open', range: null });
  const [selected, setSelected] = useState<Signal[]>([]);
  const [dialog, setDialog] = useState<'dismiss' | 'open' | null>(null);
  const { page, pageSize, pagination, firstPage } = usePagination(20);

  const query = {
    ...rangeQuery(filter.range),
    severity: filter.severity,
    status: filter.status,
    departmentId: filter.departmentId,
  };
  const counts = useApiQuery<SignalCounts>(SIGNAL_COUNTS_PATH, query);
  const list = useApiQuery<Page<Signal>>(SIGNALS_PATH, { ...query, kind: filter.kind, page, pageSize });

  const update = (patch: Partial<Filter>) => {
    setFilter((f) => ({ ...f, ...patch }));
    firstPage();
  };
  // Selections survive paging (the table keeps their keys); the rows themselves are remembered here.
  const selection = useMemo(
    () => ({
      keys: selected.map((s) => s.id),
      onChange: (keys: string[]) => {
        const known = new Map([...selected, ...(list.data?.items ?? [])].map((s) => [s.id, s]));
        setSelected(keys.map((k) => known.get(k)).filter((s): s is Signal => Boolean(s)));
      },
    }),
    [selected, list.data],
  );
  const done = () => {
    setDialog(null);
    setSelected([]);
    list.reload();
    counts.reload();
  };

  return (
    <Card title={t('menu.supervisionInbox')} data-testid="supervision-inbox">
      <KindCounts counts={counts.data} value={filter.kind} onChange={(kind) => update({ kind })} />
      <Flex wrap gap={8} justify="space-between" style={{ marginBottom: 16 }}>
        <Space wrap>
          <EnumSelect<Severity>
            values={SEVERITIES}
            label={(v) => t(`alert.severity.${v}`)}
            value={filter.severity}
            onChange={(severity) => update({ severity })}
            placeholder={t('inbox.severityPlaceholder')}
            testId="inbox-severity"
            minWidth={120}
          />
          <EnumSelect<SignalStatus>
            values={SIGNAL_STATUSES}
            label={(v) => t(`alert.status.${v}`)}
            value={filter.status}
            onChange={(status) => update({ status })}
            placeholder={t('alert.statusPlaceholder')}
            testId="inbox-status"
          />
          <DepartmentSelect
            value={filter.departmentId}
            onChange={(departmentId) => update({ departmentId })}
            testId="inbox-department"
          />
          <RangeFilter value={filter.range} onChange={(range) => update({ range })} testId="inbox-range" />
        </Space>
        {canAct && (
          <Space wrap>
            <Typography.Text type="secondary" data-testid="inbox-selected" data-count={selected.length}>
              {t('inbox.selected', { n: selected.length })}
            </Typography.Text>
            <Button
              type="primary"
              disabled={!selected.length}
              onClick={() => setDialog('open')}
              data-testid="inbox-open-cases"
            >
              {t('inbox.openCases')}
            </Button>
            <Button
              danger
              disabled={!selected.length}
              onClick={() => setDialog('dismiss')}
              data-testid="inbox-dismiss"
            >
              {t('inbox.dismiss')}
            </Button>
          </Space>
        )}
      </Flex>
      <QueryErrorAlert
        error={list.error ?? counts.error}
        onRetry={() => {
          list.reload();
          counts.reload();
        }}
      />
      <SignalTable
        signals={list.data?.items ?? []}
        loading={list.loading}
        pagination={pagination(list.data?.total ?? 0)}
        selection={canAct ? selection : undefined}
        testId="signal-table"
      />
      {dialog === 'dismiss' && (
        <DismissModal signalIds={selection.keys} onClose={() => setDialog(null)} onDone={done} />
      )}
      {dialog === 'open' && (
        <OpenCasesModal signals={selected} onClose={() => setDialog(null)} onDone={done} />
      )}
    </Card>
  );
}

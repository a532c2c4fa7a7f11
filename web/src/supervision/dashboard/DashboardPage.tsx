import { Alert, Card, Space } from 'antd';
import { useState } from 'react';
import { useApiQuery } from '../../api/useApiQuery';
import { useMe } from '../../auth/SessionProvider';
import { CheckupCountsCard } from '../../checkups/CheckupCountsCard';
import { ChartGrid } from '../../figures/ChartCard';
import { KpiCards } from '../../figures/KpiCards';
import { useT } from '../../i18n';
import { DownloadButton } from '../../shared/DownloadButton';
import { EnumSegmented } from '../../shared/EnumSegmented';
import { AsOf } from '../../shared/AsOf';
import { QueryErrorAlert } from '../../shared/QueryErrorAlert';
import { exportFigures, FIGURES_PATH } from '../api';
import { DepartmentSelect, RangeFilter, rangeQuery, type DayRange } from '../../shared/filters';
import type { Granularity, SupervisionFigures } from '../types';
import {
  byDepartmentOption,
  bySourceOption,
  byStatusOption,
  heatOption,
  onTimeOption,
  repeatOption,
  signalsByKindOption,
  topEnterprisesOption,
  trendOption,
} from './charts';
import { dashboardKpis } from './kpis';

const GRANULARITIES: readonly Granularity[] = ['week', 'month'];

/**
 * 监督看板 (B3, H2): supervision cases by source, status and department, the on-time completion rate, handling
 * time, trends, and the repeat-inspection heat behind A9 — live from the data, exportable to Excel. Supervisors
 * and administrators choose a department; a department's users see their own.
 */
export default function DashboardPage() {
  const t = useT();
  const me = useMe();
  const everyDepartment = me.role === 'supervisor' || me.role === 'admin';
  const [range, setRange] = useState<DayRange>(null);
  const [departmentId, setDepartmentId] = useState<string>();
  const [granularity, setGranularity] = useState<Granularity>('month');
  const query = {
    ...rangeQuery(range),
    departmentId: everyDepartment ? departmentId : undefined,
    granularity,
  };
  const { data: f, error, reload } = useApiQuery<SupervisionFigures>(FIGURES_PATH, query);

  return (
    <>
      <Card
        title={t('menu.supervisionDashboard')}
        style={{ marginBottom: 16 }}
        data-testid="supervision-dashboard"
      >
        <Space wrap style={{ marginBottom: 16 }}>
          <RangeFilter value={range} onChange={setRange} testId="dashboard-range" />
          {everyDepartment && (
            <DepartmentSelect value={departmentId} onChange={setDepartmentId} testId="dashboard-department" />
          )}
          <EnumSegmented<Granularity>
            values={GRANULARITIES}
            label={(g) => t(g === 'week' ? 'dashboard.byWeek' : 'dashboard.byMonth')}
            value={granularity}
            onChange={setGranularity}
            testId="dashboard-granularity"
          />
          <DownloadButton
            fetch={() => exportFigures(query)}
            fileName={`${t('dashboard.exportFileName')}.xlsx`}
            data-testid="dashboard-export"
          >
            {t('dashboard.export')}
          </DownloadButton>
          <AsOf value={f?.asOf} />
        </Space>
        {!everyDepartment && (
          <Alert
            type="info"
            showIcon
            title={t('dashboard.departmentScope', { name: me.department?.name ?? '' })}
            style={{ marginBottom: 16 }}
          />
        )}
        <QueryErrorAlert error={error} onRetry={reload} />
        {f && <KpiCards kpis={dashboardKpis(f, t)} />}
      </Card>
      <CheckupCountsCard departmentId={everyDepartment ? departmentId : undefined} />
      {f && (
        <ChartGrid
          testId="dashboard-charts"
          charts={[
            { title: t('dashboard.onTimeRate'), option: onTimeOption(f, t), testId: 'chart-on-time' },
            { title: t('dashboard.bySource'), option: bySourceOption(f, t), testId: 'chart-by-source' },
            { title: t('dashboard.byStatus'), option: byStatusOption(f, t), testId: 'chart-by-status' },
            {
              title: t('dashboard.byDepartment'),
              option: byDepartmentOption(f, t),
              testId: 'chart-by-department',
            },
            {
              title: t('dashboard.trend'),
              option: trendOption(f, t),
              testId: 'chart-trend',
              wide: true,
              height: 300,
            },
            {
              title: t('dashboard.heat'),
              option: heatOption(f, t),
              testId: 'chart-heat',
              wide: true,
              height: 340,
            },
            {
              title: t('dashboard.topEnterprises'),
              option: topEnterprisesOption(f),
              testId: 'chart-top-enterprises',
            },
            {
              title: t('dashboard.repeat', { n: f.inspections.repeatEnterprises }),
              option: repeatOption(f, t),
              testId: 'chart-repeat',
            },
            {
              title: t('dashboard.signalsByKind'),
              option: signalsByKindOption(f, t),
              testId: 'chart-signals',
            },
          ]}
        />
      )}
    </>
  );
}

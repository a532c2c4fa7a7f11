import { Alert, Card, Space } from 'antd';
import { useState } from 'react';
import { useApiQuery } from '../api/useApiQuery';
import { useMe } from '../auth/SessionProvider';
import { CATALOG_FIGURES_PATH } from '../catalog/api';
import type { CatalogFigures } from '../catalog/types';
import { useT } from '../i18n';
import { AsOf } from '../shared/AsOf';
import { QueryErrorAlert } from '../shared/QueryErrorAlert';
import { RangeFilter, rangeQuery, type DayRange } from '../shared/filters';
import { ChartGrid } from './ChartCard';
import { kindsOption, ratesOption, statusOption, visitsOption, warningsOption } from './charts';
import { KpiCards, type Kpi } from './KpiCards';
import { percent } from './percent';
import { FIGURES_PATH, type InspectionFigures } from './types';

/** 检查统计 (H2, part A): computed live by the API, in the viewer's scope (a department sees its own). */
export default function FiguresPage() {
  const t = useT();
  const me = useMe();
  const [range, setRange] = useState<DayRange>(null);
  const figures = useApiQuery<InspectionFigures>(FIGURES_PATH, rangeQuery(range));
  const catalog = useApiQuery<CatalogFigures>(CATALOG_FIGURES_PATH);
  const f = figures.data;
  const none = t('common.none');
  const integration = catalog.data?.integration.rate ?? null;

  const kpis: Kpi[] = f
    ? [
        { key: 'integration', title: t('figures.integrationRate'), value: percent(integration, none, 2) },
        { key: 'total', title: t('figures.total'), value: f.total },
        { key: 'joint', title: t('figures.jointVisits'), value: f.jointVisits },
        {
          key: 'avoided',
          title: t('figures.visitsAvoided'),
          value: f.visitsAvoided,
          note: t('figures.reduction', { rate: percent(f.visitReduction, none) }),
        },
        {
          key: 'satisfaction',
          title: t('figures.satisfactionRate'),
          value: percent(f.satisfactionRate, none),
          note: t('figures.evaluations', { n: f.evaluations, satisfied: f.satisfied }),
          detail: `${f.satisfied}/${f.evaluations}`,
        },
        { key: 'over-frequency', title: t('figures.overFrequency'), value: f.overFrequencyWarnings },
      ]
    : [];

  return (
    <>
      <Card
        title={t('menu.figures')}
        style={{ marginBottom: 16 }}
        extra={
          <Space wrap>
            <AsOf value={f?.asOf} />
            <RangeFilter value={range} onChange={setRange} testId="figures-range" />
          </Space>
        }
      >
        {me.role !== 'admin' && me.role !== 'supervisor' && (
          <Alert
            type="info"
            showIcon
            title={t('figures.departmentScope', { name: me.department?.name ?? '' })}
            style={{ marginBottom: 16 }}
          />
        )}
        <QueryErrorAlert error={figures.error} onRetry={figures.reload} />
        <KpiCards kpis={kpis} />
      </Card>
      {f && (
        <ChartGrid
          testId="figures-charts"
          charts={[
            {
              title: t('figures.rates'),
              option: ratesOption(integration, f.satisfactionRate, t),
              testId: 'chart-rates',
            },
            { title: t('figures.visits'), option: visitsOption(f, t), testId: 'chart-visits' },
            { title: t('figures.codesByStatus'), option: statusOption(f, t), testId: 'chart-status' },
            { title: t('figures.warnings'), option: warningsOption(f, t), testId: 'chart-warnings' },
            { title: t('figures.kinds'), option: kindsOption(f, t), testId: 'chart-kinds' },
          ]}
        />
      )}
    </>
  );
}

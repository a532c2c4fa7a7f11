import { Alert, Card, Col, DatePicker, Row } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState, type ReactNode } from 'react';
import { useApiQuery } from '../api/useApiQuery';
import { useMe } from '../auth/SessionProvider';
import { CATALOG_FIGURES_PATH } from '../catalog/api';
import type { CatalogFigures } from '../catalog/types';
import { useT } from '../i18n';
import { QueryErrorAlert } from '../shared/QueryErrorAlert';
import { Chart } from './Chart';
import { kindsOption, ratesOption, statusOption, visitsOption, warningsOption } from './charts';
import { KpiCards, type Kpi } from './KpiCards';
import { percent } from './percent';
import { FIGURES_PATH, type InspectionFigures } from './types';

function ChartCard({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Col xs={24} lg={12}>
      <Card size="small" title={title}>
        {children}
      </Card>
    </Col>
  );
}

/** 检查统计 (H2, part A): computed live by the API, in the viewer's scope (a department sees its own). */
export default function FiguresPage() {
  const t = useT();
  const me = useMe();
  const [range, setRange] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const query = {
    from: range?.[0]?.startOf('day').toISOString(),
    to: range?.[1]?.add(1, 'day').startOf('day').toISOString(),
  };
  const figures = useApiQuery<InspectionFigures>(FIGURES_PATH, query);
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
          <DatePicker.RangePicker
            allowEmpty={[true, true]}
            value={range}
            onChange={setRange}
            data-testid="figures-range"
          />
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
        <Row gutter={[16, 16]} data-testid="figures-charts">
          <ChartCard title={t('figures.rates')}>
            <Chart option={ratesOption(integration, f.satisfactionRate, t)} testId="chart-rates" />
          </ChartCard>
          <ChartCard title={t('figures.visits')}>
            <Chart option={visitsOption(f, t)} testId="chart-visits" />
          </ChartCard>
          <ChartCard title={t('figures.codesByStatus')}>
            <Chart option={statusOption(f, t)} testId="chart-status" />
          </ChartCard>
          <ChartCard title={t('figures.warnings')}>
            <Chart option={warningsOption(f, t)} testId="chart-warnings" />
          </ChartCard>
          <ChartCard title={t('figures.kinds')}>
            <Chart option={kindsOption(f, t)} testId="chart-kinds" />
          </ChartCard>
        </Row>
      )}
    </>
  );
}

import { Row } from 'antd';
import { useApiQuery } from '../api/useApiQuery';
import { useLocale, useT } from '../i18n';
import { ChartCard } from '../figures/ChartCard';
import { columnsOption, rankingOption } from '../figures/chartOptions';
import { KpiCards } from '../figures/KpiCards';
import { QueryErrorAlert } from '../shared/QueryErrorAlert';
import { pct, type Figures } from './types';

/** G6 — enterprises revisited, satisfaction by team and by standard, problems found and followed up, trend. */
export function FiguresTab({ period }: { period: string }) {
  const t = useT();
  const { locale } = useLocale();
  const q = useApiQuery<Figures>('/api/revisits/figures', { period });
  const f = q.data;
  if (!f) return <QueryErrorAlert error={q.error} onRetry={q.reload} />;
  const percent = (v: number | null) => (v === null ? 0 : Math.round(v * 1000) / 10);
  return (
    <>
      <KpiCards
        kpis={[
          { key: 'revisit-enterprises', title: t('revisits.fig.enterprises'), value: f.enterprisesRevisited },
          { key: 'revisit-done', title: t('revisits.fig.done'), value: f.done },
          { key: 'revisit-pending', title: t('revisits.fig.pending'), value: f.pending },
          { key: 'revisit-satisfaction', title: t('revisits.fig.satisfaction'), value: pct(f.satisfaction), detail: `${f.done ? f.byTeam.reduce((n, x) => n + x.satisfied, 0) : 0}/${f.done}` },
          { key: 'revisit-problems', title: t('revisits.fig.problems'), value: f.problems.found },
          { key: 'revisit-followed-up', title: t('revisits.fig.followedUp'), value: f.problems.followedUp },
        ]}
      />
      <Row gutter={[16, 16]}>
        <ChartCard title={t('revisits.fig.byTeam')} testId="chart-revisit-teams" option={rankingOption(f.byTeam.map((x) => ({ name: x.team, value: percent(x.satisfaction) })), '#1677ff', 180)} />
        <ChartCard title={t('revisits.fig.byStandard')} testId="chart-revisit-standards" option={rankingOption(f.byStandard.map((s) => ({ name: locale === 'zh-CN' ? s.zh : s.en, value: percent(s.rate) })), '#52c41a', 140)} />
        <ChartCard wide title={t('revisits.fig.trend')} testId="chart-revisit-trend" option={columnsOption(f.trend.map((x) => ({ name: x.period, value: x.revisited })))} />
      </Row>
    </>
  );
}

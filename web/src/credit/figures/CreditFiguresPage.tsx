import { Card, Select } from 'antd';
import { useState } from 'react';
import { useApiQuery } from '../../api/useApiQuery';
import { ChartGrid } from '../../figures/ChartCard';
import { KpiCards, type Kpi } from '../../figures/KpiCards';
import { useT, type Translate } from '../../i18n';
import { QueryErrorAlert } from '../../shared/QueryErrorAlert';
import { FIGURES_PATH, GUIDE_PATH } from '../api';
import type { CreditFigures, CreditGuide } from '../types';
import { deliveriesOption, repairedOption, reviewOption, yoyOption } from './charts';

const signed = (n: number | null, t: Translate) =>
  n === null ? t('common.none') : `${n > 0 ? '+' : ''}${n}%`;

/** Change of the average review time against the year before, in percent (the seed: −30% or more). */
function reviewChange(now: number | null | undefined, before: number | null | undefined): number | null {
  if (now == null || before == null || before === 0) return null;
  return Math.round(((now - before) / before) * 1000) / 10;
}

function kpisOf(f: CreditFigures, previous: CreditFigures | undefined, t: Translate): Kpi[] {
  const r = f.repaired;
  const none = t('common.none');
  return [
    {
      key: 'subjects',
      title: t('credit.figures.subjects'),
      value: r.subjects,
      note: t('credit.figures.yoy', { rate: signed(r.subjectsYoY, t) }),
    },
    {
      key: 'records',
      title: t('credit.figures.records'),
      value: r.records,
      note: t('credit.figures.yoy', { rate: signed(r.recordsYoY, t) }),
    },
    { key: 'automatic', title: t('credit.path.automatic'), value: r.automatic },
    { key: 'on-application', title: t('credit.path.application'), value: r.onApplication },
    {
      key: 'review',
      title: t('credit.figures.averageReview'),
      value: f.review.averageWorkingDays ?? none,
      note: t('credit.figures.reviewNote', {
        hours: f.review.averageHours ?? none,
        change: signed(reviewChange(f.review.averageWorkingDays, previous?.review.averageWorkingDays), t),
      }),
    },
    {
      key: 'spared',
      title: t('credit.figures.spared'),
      value: f.multiPlatformSpared.subjects,
      note: t('credit.figures.sparedNote', { records: f.multiPlatformSpared.records }),
    },
    { key: 'active', title: t('credit.figures.active'), value: f.activeRecords },
    {
      key: 'pending',
      title: t('credit.queue.pending'),
      value: f.review.pending,
      note: t('credit.figures.overdueNote', { n: f.review.overdue }),
    },
    {
      key: 'late',
      title: t('credit.figures.decidedLate'),
      value: f.review.decidedLate,
      note: t('credit.figures.decided', { n: f.review.decided }),
    },
  ];
}

/** 信用统计 (C7 / H2): repairs year on year, automatic vs on application, review time, deliveries, 多头修复. */
export default function CreditFiguresPage() {
  const t = useT();
  // The year shown: the one picked, else the server's current China year (its first answer names it).
  const [picked, setPicked] = useState<number>();
  const figures = useApiQuery<CreditFigures>(FIGURES_PATH, picked === undefined ? undefined : { year: picked });
  const thisYear = figures.data?.currentYear;
  const year = picked ?? thisYear ?? 0;
  const previous = useApiQuery<CreditFigures>(thisYear === undefined ? null : FIGURES_PATH, { year: year - 1 });
  const guide = useApiQuery<CreditGuide>(GUIDE_PATH);
  const f = figures.data?.year === year ? figures.data : undefined;
  const prev = previous.data?.year === year - 1 ? previous.data : undefined;
  const limit = guide.data?.ruleSets.find((r) => r.code === 'national')?.reviewWorkingDays;

  return (
    <>
      <Card
        title={t('menu.creditFigures')}
        style={{ marginBottom: 16 }}
        extra={
          <Select
            value={thisYear === undefined ? undefined : year}
            onChange={setPicked}
            options={thisYear === undefined ? [] : [0, 1, 2, 3, 4].map((n) => ({
              value: thisYear - n,
              label: t('credit.figures.year', { year: thisYear - n }),
            }))}
            style={{ width: 120 }}
            data-testid="credit-figures-year"
          />
        }
      >
        <QueryErrorAlert error={figures.error} onRetry={figures.reload} />
        {f && <KpiCards kpis={kpisOf(f, prev, t)} />}
      </Card>
      {f && (
        <ChartGrid
          testId="credit-figures-charts"
          charts={[
            {
              title: t('credit.figures.byHow'),
              option: repairedOption(f, t),
              testId: 'chart-credit-repaired',
            },
            { title: t('credit.figures.yoyTitle'), option: yoyOption(f, t), testId: 'chart-credit-yoy' },
            {
              title: t('credit.figures.deliveries'),
              option: deliveriesOption(f, t),
              testId: 'chart-credit-deliveries',
            },
            {
              title: t('credit.figures.reviewTitle'),
              option: reviewOption(f, prev, limit, t),
              testId: 'chart-credit-review',
            },
          ]}
        />
      )}
    </>
  );
}

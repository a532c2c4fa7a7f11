import type { Translate } from '../i18n';
import type { ChartOption } from './Chart';
import type { InspectionFigures } from './types';

const BRAND = '#1f4e9c';

/** Two gauges: the catalog's integration rate (A1) and the satisfaction rate (A8). */
export function ratesOption(
  integration: number | null,
  satisfaction: number | null,
  t: Translate,
): ChartOption {
  const gauge = (name: string, value: number | null, center: string, color: string) => ({
    type: 'gauge' as const,
    center: [center, '60%'],
    radius: '80%',
    min: 0,
    max: 100,
    progress: { show: true, width: 12, itemStyle: { color } },
    axisLine: { lineStyle: { width: 12 } },
    splitLine: { show: false },
    axisTick: { show: false },
    axisLabel: { show: false },
    pointer: { show: false },
    title: { offsetCenter: [0, '45%'], fontSize: 13 },
    detail: {
      valueAnimation: true,
      offsetCenter: [0, '0%'],
      fontSize: 22,
      formatter: value === null ? '—' : '{value}%',
    },
    data: [{ value: value === null ? 0 : Math.round(value * 10000) / 100, name }],
  });
  return {
    series: [
      gauge(t('figures.integrationRate'), integration, '25%', BRAND),
      gauge(t('figures.satisfactionRate'), satisfaction, '75%', '#389e0d'),
    ],
  };
}

/** Visits made, joint visits among them, and visits the merging saved (A4). */
export function visitsOption(f: InspectionFigures, t: Translate): ChartOption {
  return {
    tooltip: { trigger: 'axis' },
    grid: { left: 40, right: 16, top: 24, bottom: 32 },
    xAxis: {
      type: 'category',
      data: [t('figures.total'), t('figures.jointVisits'), t('figures.visitsAvoided')],
    },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      {
        type: 'bar',
        barMaxWidth: 48,
        data: [
          { value: f.total, itemStyle: { color: BRAND } },
          { value: f.jointVisits, itemStyle: { color: '#722ed1' } },
          { value: f.visitsAvoided, itemStyle: { color: '#389e0d' } },
        ],
        label: { show: true, position: 'top' },
      },
    ],
  };
}

/** Codes by status: valid now, expired without result, done, revoked. */
export function statusOption(f: InspectionFigures, t: Translate): ChartOption {
  const s = f.codesByStatus;
  return {
    tooltip: { trigger: 'item' },
    legend: { bottom: 0 },
    series: [
      {
        type: 'pie',
        radius: ['40%', '68%'],
        center: ['50%', '45%'],
        label: { formatter: '{b}: {c}' },
        data: [
          { name: t('figures.status.active'), value: s.active, itemStyle: { color: '#389e0d' } },
          { name: t('figures.status.expired'), value: s.expired, itemStyle: { color: '#8c8c8c' } },
          { name: t('figures.status.done'), value: s.done, itemStyle: { color: BRAND } },
          { name: t('figures.status.revoked'), value: s.revoked, itemStyle: { color: '#cf1322' } },
        ],
      },
    ],
  };
}

/** Supervision signals of part A: over-frequency codes, late and overdue results, back-filled codes. */
export function warningsOption(f: InspectionFigures, t: Translate): ChartOption {
  const rows: [string, number][] = [
    [t('figures.overFrequency'), f.overFrequencyWarnings],
    [t('figures.lateResults'), f.lateResults],
    [t('figures.overdueResults'), f.overdueResults],
    [t('figures.backfilled'), f.backfilledCodes],
  ];
  return {
    tooltip: { trigger: 'axis' },
    grid: { left: 100, right: 24, top: 16, bottom: 24 },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: rows.map((r) => r[0]) },
    series: [
      {
        type: 'bar',
        barMaxWidth: 24,
        data: rows.map((r) => r[1]),
        itemStyle: { color: '#d46b08' },
        label: { show: true, position: 'right' },
      },
    ],
  };
}

/** Planned (incl. 双随机) against triggered visits (A2). */
export function kindsOption(f: InspectionFigures, t: Translate): ChartOption {
  return {
    tooltip: { trigger: 'item' },
    legend: { bottom: 0 },
    series: [
      {
        type: 'pie',
        radius: '62%',
        center: ['50%', '45%'],
        label: { formatter: '{b}: {c}' },
        data: [
          { name: t('value.planned'), value: f.planned, itemStyle: { color: BRAND } },
          { name: t('value.triggered'), value: f.triggered, itemStyle: { color: '#d46b08' } },
        ],
      },
    ],
  };
}

import type { ChartOption } from '../../figures/Chart';
import {
  barsOption,
  COLORS,
  columnsOption,
  gauge,
  pieOption,
  rankingOption,
} from '../../figures/chartOptions';
import type { Translate } from '../../i18n';
import { CASE_SOURCES, CASE_STATUSES, SIGNAL_KINDS, type SupervisionFigures } from '../types';

const { brand: BRAND, green: GREEN, orange: ORANGE, red: RED, grey: GREY } = COLORS;
const SOURCE_COLORS = [BRAND, COLORS.purple, ORANGE, COLORS.cyan, GREY];
const STATUS_COLORS: Record<string, string> = { open: BRAND, answered: ORANGE, returned: RED, closed: GREEN };

/** ECharts tooltips are HTML: names from the data are escaped. */
const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** B3 — closed within the deadline ÷ closed. */
export const onTimeOption = (f: SupervisionFigures, t: Translate): ChartOption => ({
  series: [gauge(t('dashboard.onTimeRate'), f.cases.onTimeRate)],
});

export const bySourceOption = (f: SupervisionFigures, t: Translate): ChartOption =>
  pieOption(
    CASE_SOURCES.map((s, i) => ({
      name: t(`case.source.${s}`),
      value: f.cases.bySource[s],
      color: SOURCE_COLORS[i],
    })),
    { hideEmpty: true },
  );

export const byStatusOption = (f: SupervisionFigures, t: Translate): ChartOption =>
  pieOption(
    CASE_STATUSES.map((s) => ({
      name: t(`case.status.${s}`),
      value: f.cases.byStatus[s],
      color: STATUS_COLORS[s],
    })),
    { hideEmpty: true },
  );

/** Each department's cases: closed on time, closed late, still in hand, overdue. */
export function byDepartmentOption(f: SupervisionFigures, t: Translate): ChartOption {
  const rows = f.cases.byDepartment;
  const stack = (name: string, color: string, value: (d: (typeof rows)[number]) => number) => ({
    name,
    color,
    stack: 'cases',
    data: rows.map(value),
  });
  return barsOption(
    rows.map((d) => d.name ?? '—'),
    [
      stack(t('dashboard.closedOnTime'), GREEN, (d) => d.closedOnTime),
      stack(t('dashboard.closedLate'), ORANGE, (d) => d.closed - d.closedOnTime),
      stack(t('dashboard.inHand'), BRAND, (d) => d.total - d.closed - d.overdue),
      stack(t('case.overdue'), RED, (d) => d.overdue),
    ],
    { horizontal: true },
  );
}

/** The trend's counts drawn as lines, each named by its dashboard message. */
type TrendLine = 'casesOpened' | 'casesClosed' | 'signals' | 'inspections';

/** Cases opened and closed, signals and inspections per week or month. */
export function trendOption(f: SupervisionFigures, t: Translate): ChartOption {
  const periods = f.trend.map((p) => p.period);
  const line = (count: TrendLine, color: string, yAxisIndex = 0) => ({
    type: 'line' as const,
    name: t(`dashboard.${count}`),
    smooth: true,
    yAxisIndex,
    itemStyle: { color },
    data: f.trend.map((p) => p[count]),
  });
  return {
    tooltip: { trigger: 'axis' },
    legend: { bottom: 0 },
    grid: { left: 40, right: 48, top: 24, bottom: 48 },
    xAxis: { type: 'category', data: periods },
    yAxis: [
      { type: 'value', minInterval: 1, name: t('dashboard.trend.cases') },
      { type: 'value', minInterval: 1, name: t('dashboard.trend.inspections'), splitLine: { show: false } },
    ],
    series: [
      line('casesOpened', BRAND),
      line('casesClosed', GREEN),
      line('signals', ORANGE),
      line('inspections', GREY, 1),
    ],
  };
}

/** Repeat-inspection heat: the most inspected enterprises' inspections per period. */
export function heatOption(f: SupervisionFigures, t: Translate): ChartOption {
  const top = f.inspections.topEnterprises;
  // Every period of the range (the trend's), so quiet ones show as gaps rather than vanish.
  const periods = [
    ...new Set([...f.trend.map((p) => p.period), ...top.flatMap((e) => Object.keys(e.byPeriod))]),
  ].sort();
  const data = top.flatMap((e, y) => periods.map((p, x) => [x, y, e.byPeriod[p] ?? 0]));
  const max = Math.max(1, ...data.map((d) => d[2]!));
  return {
    tooltip: {
      position: 'top',
      formatter: (p: unknown) => {
        const [x, y, n] = (p as { value: number[] }).value;
        return t('dashboard.heatTooltip', {
          name: escapeHtml(top[y!]?.name ?? ''),
          period: periods[x!] ?? '',
          n: n ?? 0,
        });
      },
    },
    grid: { left: 170, right: 72, top: 8, bottom: 32 },
    xAxis: { type: 'category', data: periods, splitArea: { show: true } },
    yAxis: {
      type: 'category',
      inverse: true,
      data: top.map((e) => e.name),
      axisLabel: { width: 154, overflow: 'truncate' },
      splitArea: { show: true },
    },
    visualMap: {
      min: 0,
      max,
      calculable: true,
      orient: 'vertical',
      right: 0,
      top: 'middle',
      itemHeight: 120,
      inRange: { color: ['#f0f5ff', '#ffa940', RED] },
    },
    series: [
      {
        type: 'heatmap',
        data,
        label: { show: true, formatter: (p: unknown) => String((p as { value: number[] }).value[2] || '') },
      },
    ],
  };
}

export const topEnterprisesOption = (f: SupervisionFigures): ChartOption =>
  rankingOption(
    f.inspections.topEnterprises.map((e) => ({ name: e.name, value: e.inspections })),
    BRAND,
    170,
  );

/** How many enterprises were inspected once, twice, three times, four or more. */
export function repeatOption(f: SupervisionFigures, t: Translate): ChartOption {
  const buckets = ['1', '2', '3', '4+'] as const;
  return columnsOption(
    buckets.map((b, i) => ({
      name: t('dashboard.timesInspected', { n: b }),
      value: f.inspections.perEnterprise[b],
      color: i === 0 ? BRAND : i === 1 ? ORANGE : RED,
    })),
  );
}

export const signalsByKindOption = (f: SupervisionFigures, t: Translate): ChartOption =>
  rankingOption(
    SIGNAL_KINDS.map((k) => ({ name: t(`alert.kind.${k}`), value: f.signals.byKind[k] })).sort(
      (a, b) => b.value - a.value,
    ),
    ORANGE,
  );

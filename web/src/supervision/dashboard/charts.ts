import type { Translate } from '../../i18n';
import { CASE_SOURCES, CASE_STATUSES, SIGNAL_KINDS, type SupervisionFigures } from '../types';
import type { DashboardOption } from './DashboardChart';

const BRAND = '#1f4e9c';
const GREEN = '#389e0d';
const ORANGE = '#d46b08';
const RED = '#cf1322';
const GREY = '#8c8c8c';
const SOURCE_COLORS = [BRAND, '#722ed1', ORANGE, '#13c2c2', GREY];
const STATUS_COLORS: Record<string, string> = { open: BRAND, answered: ORANGE, returned: RED, closed: GREEN };

/** ECharts tooltips are HTML: names from the data are escaped. */
const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const pie = (data: { name: string; value: number; itemStyle?: { color: string } }[]): DashboardOption => ({
  tooltip: { trigger: 'item', formatter: '{b}: {c} ({d}%)' },
  legend: { bottom: 0, type: 'scroll' },
  series: [
    {
      type: 'pie',
      radius: ['40%', '66%'],
      center: ['50%', '44%'],
      label: { formatter: '{b}: {c}' },
      data: data.filter((d) => d.value > 0),
    },
  ],
});

/** A horizontal bar chart of named counts, largest on top. */
const ranking = (rows: [string, number][], color: string, left = 150): DashboardOption => ({
  tooltip: { trigger: 'axis' },
  grid: { left, right: 32, top: 8, bottom: 24 },
  xAxis: { type: 'value', minInterval: 1 },
  yAxis: {
    type: 'category',
    inverse: true,
    data: rows.map((r) => r[0]),
    axisLabel: { width: left - 16, overflow: 'truncate' },
  },
  series: [
    {
      type: 'bar',
      barMaxWidth: 20,
      data: rows.map((r) => r[1]),
      itemStyle: { color },
      label: { show: true, position: 'right' },
    },
  ],
});

/** B3 — closed within the deadline ÷ closed. */
export function onTimeOption(f: SupervisionFigures, t: Translate): DashboardOption {
  const rate = f.cases.onTimeRate;
  return {
    series: [
      {
        type: 'gauge',
        center: ['50%', '60%'],
        radius: '90%',
        min: 0,
        max: 100,
        progress: { show: true, width: 14, itemStyle: { color: GREEN } },
        axisLine: { lineStyle: { width: 14 } },
        splitLine: { show: false },
        axisTick: { show: false },
        axisLabel: { show: false },
        pointer: { show: false },
        title: { offsetCenter: [0, '45%'], fontSize: 13 },
        detail: {
          valueAnimation: true,
          offsetCenter: [0, '0%'],
          fontSize: 24,
          formatter: rate === null ? '—' : '{value}%',
        },
        data: [{ value: rate === null ? 0 : Math.round(rate * 1000) / 10, name: t('dashboard.onTimeRate') }],
      },
    ],
  };
}

export const bySourceOption = (f: SupervisionFigures, t: Translate): DashboardOption =>
  pie(
    CASE_SOURCES.map((s, i) => ({
      name: t(`case.source.${s}`),
      value: f.cases.bySource[s] ?? 0,
      itemStyle: { color: SOURCE_COLORS[i]! },
    })),
  );

export const byStatusOption = (f: SupervisionFigures, t: Translate): DashboardOption =>
  pie(
    CASE_STATUSES.map((s) => ({
      name: t(`case.status.${s}`),
      value: f.cases.byStatus[s] ?? 0,
      itemStyle: { color: STATUS_COLORS[s]! },
    })),
  );

/** Each department's cases: closed on time, closed late, still in hand, overdue. */
export function byDepartmentOption(f: SupervisionFigures, t: Translate): DashboardOption {
  const rows = f.cases.byDepartment;
  const stack = (name: string, color: string, value: (d: (typeof rows)[number]) => number) => ({
    type: 'bar' as const,
    name,
    stack: 'cases',
    barMaxWidth: 20,
    itemStyle: { color },
    data: rows.map(value),
  });
  return {
    tooltip: { trigger: 'axis' },
    legend: { bottom: 0 },
    grid: { left: 170, right: 24, top: 8, bottom: 40 },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: {
      type: 'category',
      inverse: true,
      data: rows.map((d) => d.name ?? '—'),
      axisLabel: { width: 154, overflow: 'truncate' },
    },
    series: [
      stack(t('dashboard.closedOnTime'), GREEN, (d) => d.closedOnTime),
      stack(t('dashboard.closedLate'), ORANGE, (d) => d.closed - d.closedOnTime),
      stack(t('dashboard.inHand'), BRAND, (d) => d.total - d.closed - d.overdue),
      stack(t('case.overdue'), RED, (d) => d.overdue),
    ],
  };
}

/** Cases opened and closed, signals and inspections per week or month. */
export function trendOption(f: SupervisionFigures, t: Translate): DashboardOption {
  const periods = f.trend.map((p) => p.period);
  const line = (name: string, color: string, data: number[], yAxisIndex = 0) => ({
    type: 'line' as const,
    name,
    smooth: true,
    yAxisIndex,
    itemStyle: { color },
    data,
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
      line(
        t('dashboard.casesOpened'),
        BRAND,
        f.trend.map((p) => p.casesOpened),
      ),
      line(
        t('dashboard.casesClosed'),
        GREEN,
        f.trend.map((p) => p.casesClosed),
      ),
      line(
        t('dashboard.signals'),
        ORANGE,
        f.trend.map((p) => p.signals),
      ),
      line(
        t('dashboard.inspections'),
        GREY,
        f.trend.map((p) => p.inspections),
        1,
      ),
    ],
  };
}

/** Repeat-inspection heat: the most inspected enterprises' inspections per period. */
export function heatOption(f: SupervisionFigures, t: Translate): DashboardOption {
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

export const topEnterprisesOption = (f: SupervisionFigures): DashboardOption =>
  ranking(
    f.inspections.topEnterprises.map((e) => [e.name, e.inspections]),
    BRAND,
    170,
  );

/** How many enterprises were inspected once, twice, three times, four or more. */
export function repeatOption(f: SupervisionFigures, t: Translate): DashboardOption {
  const buckets = ['1', '2', '3', '4+'];
  return {
    tooltip: { trigger: 'axis' },
    grid: { left: 40, right: 16, top: 24, bottom: 32 },
    xAxis: { type: 'category', data: buckets.map((b) => t('dashboard.timesInspected', { n: b })) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      {
        type: 'bar',
        barMaxWidth: 48,
        label: { show: true, position: 'top' },
        data: buckets.map((b, i) => ({
          value: f.inspections.perEnterprise[b] ?? 0,
          itemStyle: { color: i === 0 ? BRAND : i === 1 ? ORANGE : RED },
        })),
      },
    ],
  };
}

export const signalsByKindOption = (f: SupervisionFigures, t: Translate): DashboardOption =>
  ranking(
    SIGNAL_KINDS.map((k) => [t(`alert.kind.${k}`), f.signals.byKind[k] ?? 0] as [string, number]).sort(
      (a, b) => b[1] - a[1],
    ),
    ORANGE,
  );

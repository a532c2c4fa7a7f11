import type { ChartOption } from './Chart';

/** The colours of every figures page. */
export const COLORS = {
  brand: '#1f4e9c',
  green: '#389e0d',
  orange: '#d46b08',
  red: '#cf1322',
  grey: '#8c8c8c',
  purple: '#722ed1',
  cyan: '#13c2c2',
  teal: '#13a8a8',
  blue: '#1677ff',
  lightBlue: '#91caff',
  silver: '#bfbfbf',
};

/** A named count, in its colour. */
export interface Slice {
  name: string;
  value: number;
  color?: string;
}

const colored = ({ name, value, color }: Slice) => ({
  name,
  value,
  itemStyle: color ? { color } : undefined,
});

/** A rate (0–1) as a percent gauge for `series`; no rate (nothing to divide yet) shows "—". */
export function gauge(
  name: string,
  rate: number | null,
  { color = COLORS.green, center = '50%', radius = '90%', width = 14, fontSize = 24, digits = 1 } = {},
) {
  const scale = 10 ** digits;
  return {
    type: 'gauge' as const,
    center: [center, '60%'],
    radius,
    min: 0,
    max: 100,
    progress: { show: true, width, itemStyle: { color } },
    axisLine: { lineStyle: { width } },
    splitLine: { show: false },
    axisTick: { show: false },
    axisLabel: { show: false },
    pointer: { show: false },
    title: { offsetCenter: [0, '45%'], fontSize: 13 },
    detail: {
      valueAnimation: true,
      offsetCenter: [0, '0%'],
      fontSize,
      formatter: rate === null ? '—' : '{value}%',
    },
    data: [{ value: rate === null ? 0 : Math.round(rate * 100 * scale) / scale, name }],
  };
}

/** A pie (a ring unless `radius` is one value) with its legend below; `hideEmpty` leaves out zero slices. */
export function pieOption(
  slices: readonly Slice[],
  { radius = ['40%', '66%'] as string | string[], hideEmpty = false } = {},
): ChartOption {
  return {
    tooltip: { trigger: 'item', formatter: '{b}: {c} ({d}%)' },
    legend: { bottom: 0, type: 'scroll' },
    series: [
      {
        type: 'pie',
        radius,
        center: ['50%', '44%'],
        label: { formatter: '{b}: {c}' },
        data: (hideEmpty ? slices.filter((s) => s.value > 0) : slices).map(colored),
      },
    ],
  };
}

/** One column per named count, each in its colour, labelled on top; `unit` names the value axis. */
export function columnsOption(columns: readonly Slice[], unit?: string): ChartOption {
  return {
    tooltip: { trigger: 'axis' },
    grid: { left: 40, right: 16, top: 24, bottom: 32 },
    xAxis: { type: 'category', data: columns.map((c) => c.name) },
    yAxis: { type: 'value', minInterval: 1, name: unit },
    series: [
      {
        type: 'bar',
        barMaxWidth: 48,
        label: { show: true, position: 'top' },
        data: columns.map(({ value, color }) => ({ value, itemStyle: color ? { color } : undefined })),
      },
    ],
  };
}

/** Horizontal bars of named counts in the order given, the first on top; `left` is the room for the names. */
export function rankingOption(rows: readonly Slice[], color: string, left = 150): ChartOption {
  return {
    tooltip: { trigger: 'axis' },
    grid: { left, right: 32, top: 8, bottom: 24 },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: {
      type: 'category',
      inverse: true,
      data: rows.map((r) => r.name),
      axisLabel: { width: left - 16, overflow: 'truncate' },
    },
    series: [
      {
        type: 'bar',
        barMaxWidth: 20,
        data: rows.map((r) => r.value),
        itemStyle: { color },
        label: { show: true, position: 'right' },
      },
    ],
  };
}

/** A series of `barsOption`: one count per category; series naming the same `stack` are stacked. */
export interface BarSeries {
  name: string;
  data: number[];
  color: string;
  stack?: string;
  /** Show the counts (inside stacked bars, else at their end). */
  label?: boolean;
}

/**
 * Bars per category, several series side by side or stacked, the legend below. Horizontal bars list the
 * categories top down, with `left` room for their names; vertical ones may break long names (`wrap`).
 */
export function barsOption(
  categories: readonly string[],
  series: readonly BarSeries[],
  { horizontal = false, left = 170, wrap = false } = {},
): ChartOption {
  const counts = { type: 'value' as const, minInterval: 1 };
  const names = horizontal
    ? {
        type: 'category' as const,
        inverse: true,
        data: [...categories],
        axisLabel: { width: left - 16, overflow: 'truncate' as const },
      }
    : {
        type: 'category' as const,
        data: [...categories],
        // Every category named under its bars (an unset axisLabel left the year and subject columns unnamed).
        axisLabel: wrap ? { show: true, interval: 0, width: 110, overflow: 'break' as const } : { show: true, interval: 0 },
      };
  return {
    tooltip: { trigger: 'axis' },
    legend: { bottom: 0 },
    grid: horizontal
      ? { left, right: 24, top: 8, bottom: 40 }
      : { left: 40, right: 16, top: 24, bottom: 48, containLabel: wrap },
    xAxis: horizontal ? counts : names,
    yAxis: horizontal ? names : counts,
    series: series.map((s) => ({
      type: 'bar' as const,
      name: s.name,
      stack: s.stack,
      barMaxWidth: horizontal ? 20 : 40,
      itemStyle: { color: s.color },
      label: {
        show: s.label ?? false,
        position: s.stack ? ('inside' as const) : horizontal ? ('right' as const) : ('top' as const),
      },
      data: s.data,
    })),
  };
}

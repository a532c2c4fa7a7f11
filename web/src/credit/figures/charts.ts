import type { ChartOption } from '../../figures/Chart';
import type { Translate } from '../../i18n';
import { DELIVERY_PLATFORMS, platformName } from '../labels';
import type { CreditFigures, DeliveryStatus } from '../types';

const BRAND = '#1f4e9c';
const AUTOMATIC = '#13a8a8';
const PREVIOUS = '#91caff';

const bars = { type: 'bar' as const, barMaxWidth: 40, label: { show: true, position: 'top' as const } };

/** Records repaired automatically (免申即享) and on application (无感申请), last year against this year. */
export function repairedOption(f: CreditFigures, t: Translate): ChartOption {
  const years = [String(f.year - 1), String(f.year)];
  const prev = f.repaired.previousYear;
  return {
    tooltip: { trigger: 'axis' },
    legend: { bottom: 0 },
    grid: { left: 40, right: 16, top: 24, bottom: 48 },
    xAxis: { type: 'category', data: years },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      { ...bars, name: t('credit.path.automatic'), stack: 'how', data: [prev.automatic, f.repaired.automatic], itemStyle: { color: AUTOMATIC }, label: { show: true } },
      { ...bars, name: t('credit.path.application'), stack: 'how', data: [prev.onApplication, f.repaired.onApplication], itemStyle: { color: BRAND }, label: { show: true } },
    ],
  };
}

/** Subjects and records repaired, year on year. */
export function yoyOption(f: CreditFigures, t: Translate): ChartOption {
  const prev = f.repaired.previousYear;
  return {
    tooltip: { trigger: 'axis' },
    legend: { bottom: 0 },
    grid: { left: 40, right: 16, top: 24, bottom: 48 },
    xAxis: { type: 'category', data: [t('credit.figures.subjects'), t('credit.figures.records')] },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      { ...bars, name: String(f.year - 1), data: [prev.subjects, prev.records], itemStyle: { color: PREVIOUS } },
      { ...bars, name: String(f.year), data: [f.repaired.subjects, f.repaired.records], itemStyle: { color: BRAND } },
    ],
  };
}

const STATUS_COLORS: Record<DeliveryStatus, string> = { delivered: '#389e0d', pending: '#1677ff', dead: '#cf1322' };

/** Deliveries by platform and status (C5). */
export function deliveriesOption(f: CreditFigures, t: Translate): ChartOption {
  const platforms = [...new Set([...DELIVERY_PLATFORMS, ...f.deliveries.map((d) => d.platform)])];
  const statuses: DeliveryStatus[] = ['delivered', 'pending', 'dead'];
  return {
    tooltip: { trigger: 'axis' },
    legend: { bottom: 0 },
    grid: { left: 40, right: 16, top: 24, bottom: 48, containLabel: true },
    xAxis: { type: 'category', data: platforms.map((p) => platformName(t, p)), axisLabel: { interval: 0, width: 110, overflow: 'break' } },
    yAxis: { type: 'value', minInterval: 1 },
    series: statuses.map((s) => ({
      ...bars,
      name: t(`credit.delivery.status.${s}`),
      stack: 'status',
      itemStyle: { color: STATUS_COLORS[s] },
      label: { show: false },
      data: platforms.map((p) => f.deliveries.find((d) => d.platform === p && d.status === s)?.count ?? 0),
    })),
  };
}

/** Average review time in working days, last year against this year, beside the time limit. */
export function reviewOption(f: CreditFigures, previous: CreditFigures | undefined, limit: number | undefined, t: Translate): ChartOption {
  const values = [previous?.review.averageWorkingDays ?? 0, f.review.averageWorkingDays ?? 0];
  const names = [String(f.year - 1), String(f.year)];
  if (limit) {
    names.push(t('credit.figures.limit'));
    values.push(limit);
  }
  return {
    tooltip: { trigger: 'axis' },
    grid: { left: 40, right: 16, top: 24, bottom: 32 },
    xAxis: { type: 'category', data: names },
    yAxis: { type: 'value', name: t('credit.figures.workingDays') },
    series: [
      {
        ...bars,
        data: values.map((value, i) => ({ value, itemStyle: { color: i === 2 ? '#bfbfbf' : i === 1 ? BRAND : PREVIOUS } })),
      },
    ],
  };
}

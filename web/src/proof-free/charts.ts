import type { ChartOption } from '../figures/Chart';
import { barsOption, COLORS } from '../figures/chartOptions';
import type { Translate } from '../i18n';
import type { FigureDetails } from './api';

const pct = (r: number) => Math.round(r * 1000) / 10;

/** The exemption rate at the end of each of the last twelve months (as the server counts it). */
export function trendOption(d: FigureDetails, t: Translate): ChartOption {
  return {
    tooltip: { trigger: 'axis' },
    grid: { left: 48, right: 16, top: 24, bottom: 32 },
    xAxis: { type: 'category', data: d.trend.map((p) => p.month) },
    yAxis: { type: 'value', min: 0, max: 100, name: '%' },
    series: [
      {
        type: 'line',
        name: t('pf.exemptionRate'),
        data: d.trend.map((p) => pct(p.exemptionRate)),
        color: COLORS.brand,
        smooth: true,
      },
    ],
  };
}

/** Materials and exempt ones by department. */
export function byDepartmentOption(d: FigureDetails, t: Translate): ChartOption {
  return barsOption(
    d.byDepartment.map((x) => x.name),
    [
      {
        name: t('pf.exempt'),
        data: d.byDepartment.map((x) => x.exempt),
        color: COLORS.teal,
        stack: 'm',
        label: true,
      },
      {
        name: t('pf.rule.required'),
        data: d.byDepartment.map((x) => x.materials - x.exempt),
        color: COLORS.lightBlue,
        stack: 'm',
        label: true,
      },
    ],
    { horizontal: true },
  );
}

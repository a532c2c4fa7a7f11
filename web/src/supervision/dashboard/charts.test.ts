import { describe, expect, it } from 'vitest';
import { translate, type Translate } from '../../i18n';
import type { SupervisionFigures } from '../types';
import * as charts from './charts';

const t: Translate = (key, vars) => translate('zh-CN', key, vars);
const seriesOf = (option: { series?: unknown }) => option.series as Record<string, unknown>[];
const zeroKinds = {
  'over-frequency': 0,
  'frequency-7d': 0,
  'frequency-30d': 0,
  complaint: 0,
  'late-result': 0,
  'low-rating': 0,
  'backfilled-code': 0,
  hotline: 0,
  assignment: 0,
  'rectification-overdue': 0,
};
const enterprise = (name: string, inspections: number, byPeriod: Record<string, number>) => ({
  enterpriseId: name,
  name,
  uscc: '91340200MA2N00017X',
  inspections,
  departments: 1,
  first: null,
  last: null,
  byPeriod,
});

const f = {
  cases: {
    onTimeRate: 0.75,
    bySource: { manual: 1, superior: 0, hotline: 2, 'code-monitoring': 3, 'enterprise-feedback': 0 },
    byStatus: { open: 1, answered: 0, returned: 0, closed: 4 },
    byDepartment: [
      { departmentId: 'm', name: '市场监管局', total: 10, closed: 6, closedOnTime: 4, onTimeRate: 0.67, overdue: 1, averageHandlingHours: 20 },
      { departmentId: 'x', name: null, total: 2, closed: 0, closedOnTime: 0, onTimeRate: null, overdue: 0, averageHandlingHours: null },
    ],
  },
  signals: { byKind: { ...zeroKinds, complaint: 2, 'over-frequency': 5, hotline: 1 } },
  inspections: {
    perEnterprise: { 1: 12, 2: 3, 3: 1, '4+': 2 },
    topEnterprises: [enterprise('<b>甲</b>餐饮', 5, { '2026-10': 2, '2026-12': 3 }), enterprise('乙药房', 2, { '2026-11': 2 })],
  },
  trend: [
    { period: '2026-10', casesOpened: 2, casesClosed: 1, casesClosedOnTime: 1, signals: 4, inspections: 9 },
    { period: '2026-11', casesOpened: 3, casesClosed: 2, casesClosedOnTime: 1, signals: 1, inspections: 7 },
  ],
} as unknown as SupervisionFigures;

describe('the supervision dashboard charts (B3)', () => {
  it('draws the on-time rate as a gauge and leaves sources with no case out of the pie', () => {
    expect(seriesOf(charts.onTimeOption(f, t))[0]!.data).toEqual([{ value: 75, name: t('dashboard.onTimeRate') }]);
    const sources = seriesOf(charts.bySourceOption(f, t))[0]!.data as { name: string; value: number }[];
    expect(sources.map((s) => [s.name, s.value])).toEqual([
      [t('case.source.code-monitoring'), 3],
      [t('case.source.hotline'), 2],
      [t('case.source.manual'), 1],
    ]);
  });

  it('splits each department’s cases into on time, late, in hand and overdue, adding up to its total', () => {
    const option = charts.byDepartmentOption(f, t);
    expect(option.yAxis).toMatchObject({ data: ['市场监管局', '—'] });
    const parts = seriesOf(option).map((s) => s.data as number[]);
    expect(parts).toEqual([
      [4, 0],
      [2, 0],
      [3, 2],
      [1, 0],
    ]);
    expect(parts.reduce((sum, p) => [sum[0]! + p[0]!, sum[1]! + p[1]!], [0, 0])).toEqual([10, 2]);
  });

  it('puts inspections on their own axis in the trend', () => {
    const series = seriesOf(charts.trendOption(f, t));
    expect(series.map((s) => [s.data, s.yAxisIndex])).toEqual([
      [[2, 3], 0],
      [[1, 2], 0],
      [[4, 1], 0],
      [[9, 7], 1],
    ]);
  });

  it('the heat map shows every period, a quiet one as 0, and escapes the names in its tooltip', () => {
    const option = charts.heatOption(f, t) as { series: unknown; xAxis: { data: string[] }; visualMap: { max: number }; tooltip: { formatter: (p: unknown) => string } };
    expect(option.xAxis.data).toEqual(['2026-10', '2026-11', '2026-12']);
    expect(seriesOf(option)[0]!.data).toEqual([
      [0, 0, 2],
      [1, 0, 0],
      [2, 0, 3],
      [0, 1, 0],
      [1, 1, 2],
      [2, 1, 0],
    ]);
    expect(option.visualMap.max).toBe(3);
    const tip = option.tooltip.formatter({ value: [2, 0, 3] });
    expect(tip).toContain('&#60;b&#62;甲&#60;/b&#62;餐饮');
    expect(tip).not.toContain('<b>');
    expect(tip).toContain('2026-12');
  });

  it('ranks enterprises and signal kinds, the most first, and buckets repeat inspections', () => {
    expect(seriesOf(charts.topEnterprisesOption(f))[0]!.data).toEqual([5, 2]);
    const kinds = charts.signalsByKindOption(f, t);
    expect((kinds.yAxis as { data: string[] }).data.slice(0, 3)).toEqual([
      t('alert.kind.over-frequency'),
      t('alert.kind.complaint'),
      t('alert.kind.hotline'),
    ]);
    expect((seriesOf(kinds)[0]!.data as number[]).slice(0, 4)).toEqual([5, 2, 1, 0]);
    expect((seriesOf(charts.repeatOption(f, t))[0]!.data as { value: number }[]).map((d) => d.value)).toEqual([12, 3, 1, 2]);
  });
});

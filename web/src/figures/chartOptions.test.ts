import { describe, expect, it } from 'vitest';
import { translate, type Translate } from '../i18n';
import { barsOption, COLORS, columnsOption, gauge, pieOption, rankingOption } from './chartOptions';
import { kindsOption, ratesOption, statusOption, visitsOption, warningsOption } from './charts';
import type { InspectionFigures } from './types';

const t: Translate = (key, vars) => translate('zh-CN', key, vars);
/** The first series of an option, as a plain object (the builders always give an array of series). */
const seriesOf = (option: { series?: unknown }) => option.series as Record<string, unknown>[];

describe('the shared chart option builders', () => {
  it('a gauge shows a rate as a percent, rounded to its digits, and "—" when there is nothing to divide yet', () => {
    const shown = gauge('满意度', 0.98765, { digits: 2 });
    expect(shown.data).toEqual([{ value: 98.77, name: '满意度' }]);
    expect(shown.detail.formatter).toBe('{value}%');
    expect(gauge('满意度', 0.5).data[0]!.value).toBe(50);
    const none = gauge('满意度', null);
    expect(none.data).toEqual([{ value: 0, name: '满意度' }]);
    expect(none.detail.formatter).toBe('—');
  });

  it('a pie keeps its slices in order with their colours; hideEmpty leaves the zero slices out', () => {
    const slices = [
      { name: '甲', value: 3, color: COLORS.red },
      { name: '乙', value: 0 },
      { name: '丙', value: 1 },
    ];
    expect(seriesOf(pieOption(slices))[0]!.data).toEqual([
      { name: '甲', value: 3, itemStyle: { color: COLORS.red } },
      { name: '乙', value: 0, itemStyle: undefined },
      { name: '丙', value: 1, itemStyle: undefined },
    ]);
    const shown = seriesOf(pieOption(slices, { hideEmpty: true, radius: '60%' }))[0]!;
    expect((shown.data as { name: string }[]).map((d) => d.name)).toEqual(['甲', '丙']);
    expect(shown.radius).toBe('60%');
  });

  it('columns name their categories on the axis and carry each value in its colour', () => {
    const option = columnsOption([{ name: '2026', value: 4, color: COLORS.brand }, { name: '2027', value: 7 }], '天');
    expect(option.xAxis).toMatchObject({ type: 'category', data: ['2026', '2027'] });
    expect(option.yAxis).toMatchObject({ name: '天', minInterval: 1 });
    expect(seriesOf(option)[0]!.data).toEqual([{ value: 4, itemStyle: { color: COLORS.brand } }, { value: 7, itemStyle: undefined }]);
  });

  it('a ranking lists the rows top down in the order given', () => {
    const option = rankingOption([{ name: '第一', value: 9 }, { name: '第二', value: 2 }], COLORS.orange, 120);
    expect(option.yAxis).toMatchObject({ type: 'category', inverse: true, data: ['第一', '第二'], axisLabel: { width: 104 } });
    expect(seriesOf(option)[0]).toMatchObject({ data: [9, 2], itemStyle: { color: COLORS.orange } });
  });

  it('bars put the categories on the named axis and label stacked series inside, others at their end', () => {
    const series = [
      { name: '甲', data: [1, 2], color: COLORS.teal, stack: 's', label: true },
      { name: '乙', data: [3, 4], color: COLORS.brand },
    ];
    const vertical = barsOption(['A', 'B'], series);
    expect(vertical.xAxis).toMatchObject({ type: 'category', data: ['A', 'B'] });
    expect(vertical.yAxis).toMatchObject({ type: 'value' });
    expect(seriesOf(vertical).map((s) => [s.name, s.stack, s.data, (s.label as { position: string; show: boolean })])).toEqual([
      ['甲', 's', [1, 2], { show: true, position: 'inside' }],
      ['乙', undefined, [3, 4], { show: false, position: 'top' }],
    ]);
    const horizontal = barsOption(['A', 'B'], series, { horizontal: true, left: 100 });
    expect(horizontal.yAxis).toMatchObject({ type: 'category', inverse: true, data: ['A', 'B'], axisLabel: { width: 84 } });
    expect((seriesOf(horizontal)[1]!.label as { position: string }).position).toBe('right');
  });
});

describe('the inspection figures charts (part A)', () => {
  const f = {
    total: 12,
    planned: 7,
    triggered: 5,
    jointVisits: 3,
    visitsAvoided: 4,
    codesByStatus: { active: 2, expired: 1, done: 8, revoked: 1 },
    overFrequencyWarnings: 2,
    lateResults: 1,
    overdueResults: 0,
    backfilledCodes: 3,
  } as InspectionFigures;

  it('shows the server’s counts as they are, each under its label', () => {
    expect(seriesOf(visitsOption(f, t))[0]!.data).toEqual([
      { value: 12, itemStyle: { color: COLORS.brand } },
      { value: 3, itemStyle: { color: COLORS.purple } },
      { value: 4, itemStyle: { color: COLORS.green } },
    ]);
    expect(visitsOption(f, t).xAxis).toMatchObject({ data: [t('figures.total'), t('figures.jointVisits'), t('figures.visitsAvoided')] });
    const status = seriesOf(statusOption(f, t))[0]!.data as { name: string; value: number }[];
    expect(status.map((s) => [s.name, s.value])).toEqual([
      [t('figures.status.active'), 2],
      [t('figures.status.expired'), 1],
      [t('figures.status.done'), 8],
      [t('figures.status.revoked'), 1],
    ]);
    expect(seriesOf(warningsOption(f, t))[0]!.data).toEqual([2, 1, 0, 3]);
    expect((seriesOf(kindsOption(f, t))[0]!.data as { value: number }[]).map((s) => s.value)).toEqual([7, 5]);
  });

  it('draws the two rates as gauges, the missing one as "—"', () => {
    const [integration, satisfaction] = seriesOf(ratesOption(0.5, null, t)) as ReturnType<typeof gauge>[];
    expect(integration!.data).toEqual([{ value: 50, name: t('figures.integrationRate') }]);
    expect(satisfaction!.detail.formatter).toBe('—');
  });
});

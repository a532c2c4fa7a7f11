import { describe, expect, it } from 'vitest';
import { translate, type Translate } from '../i18n';
import type { FigureDetails } from './api';
import { byDepartmentOption, trendOption } from './charts';

const t: Translate = (key, vars) => translate('zh-CN', key, vars);
const seriesOf = (option: { series?: unknown }) => option.series as { name: string; data: unknown[] }[];

describe('the proof-free catalog charts (F1)', () => {
  const d = {
    byDepartment: [
      { departmentId: 'a', name: '市场监管局', materials: 10, exempt: 7, exemptionRate: 0.7 },
      { departmentId: 'b', name: '文旅局', materials: 3, exempt: 0, exemptionRate: 0 },
    ],
    trend: [
      { month: '2026-10', exempt: 6, exemptionRate: 0.6667 },
      { month: '2026-11', exempt: 7, exemptionRate: 0.7 },
    ],
  } as FigureDetails;

  it('draws the server’s monthly exemption rate as a percent with one decimal', () => {
    const option = trendOption(d, t);
    expect(option.xAxis).toMatchObject({ data: ['2026-10', '2026-11'] });
    expect(seriesOf(option)[0]!.data).toEqual([66.7, 70]);
  });

  it('stacks each department’s exempt materials on the ones still required', () => {
    const option = byDepartmentOption(d, t);
    expect(option.yAxis).toMatchObject({ data: ['市场监管局', '文旅局'] });
    expect(seriesOf(option).map((s) => [s.name, s.data])).toEqual([
      [t('pf.exempt'), [7, 0]],
      [t('pf.rule.required'), [3, 3]],
    ]);
  });
});

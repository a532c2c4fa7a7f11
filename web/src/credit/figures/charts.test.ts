import { describe, expect, it } from 'vitest';
import { translate, type Translate } from '../../i18n';
import type { CreditFigures } from '../types';
import { deliveriesOption, repairedOption, reviewOption, yoyOption } from './charts';

const t: Translate = (key, vars) => translate('zh-CN', key, vars);
const seriesOf = (option: { series?: unknown }) => option.series as { name: string; data: unknown[]; stack?: string }[];

const side = (subjects: number, records: number, automatic: number, onApplication: number) => ({ subjects, records, automatic, onApplication });
const figures = (over: Partial<CreditFigures> = {}): CreditFigures => ({
  year: 2027,
  currentYear: 2027,
  periods: {
    current: { from: '2026-12-31T16:00:00.000Z', to: '2027-02-28T02:00:00.000Z' },
    previous: { from: '2025-12-31T16:00:00.000Z', to: '2026-02-28T02:00:00.000Z' },
  },
  publicityStopped: { records: 0, subjects: 0, previousYear: { records: 0, subjects: 0 } },
  repaired: { ...side(5, 9, 6, 3), previousYear: side(2, 4, 1, 3), subjectsYoY: 150, recordsYoY: 125 },
  review: { decided: 3, averageHours: 40, averageWorkingDays: 2.5, decidedLate: 0, pending: 1, awaitingProof: 0, overdue: 0 },
  deliveries: [],
  multiPlatformSpared: { subjects: 1, records: 2 },
  activeRecords: 7,
  ...over,
});

describe('the credit figures charts (C7)', () => {
  it('stacks repairs by path, last year beside this year', () => {
    const option = repairedOption(figures(), t);
    expect(option.xAxis).toMatchObject({ data: ['2026', '2027'] });
    expect(seriesOf(option).map((s) => [s.name, s.stack, s.data])).toEqual([
      [t('credit.path.automatic'), 'how', [1, 6]],
      [t('credit.path.application'), 'how', [3, 3]],
    ]);
  });

  it('compares subjects and records year on year', () => {
    expect(seriesOf(yoyOption(figures(), t)).map((s) => [s.name, s.data])).toEqual([
      ['2026', [2, 4]],
      ['2027', [5, 9]],
    ]);
  });

  it('shows every known platform, an unknown one the server names too, and 0 where a status has no delivery', () => {
    const f = figures({
      deliveries: [
        { platform: 'gsxt', status: 'delivered', count: 4 },
        { platform: 'gsxt', status: 'dead', count: 1 },
        { platform: 'fiscal', status: 'pending', count: 2 },
      ],
    });
    const option = deliveriesOption(f, t);
    expect(option.xAxis).toMatchObject({ data: ['信用中国', '国家企业信用信息公示系统', '行业信用信息平台', '财政电子票据公共服务平台'] });
    expect(seriesOf(option).map((s) => [s.name, s.data])).toEqual([
      ['已送达', [0, 4, 0, 0]],
      ['推送中', [0, 0, 0, 2]],
      ['推送失败', [0, 1, 0, 0]],
    ]);
  });

  it('sets the average review time beside last year’s and the time limit; no decision yet counts as 0', () => {
    const option = reviewOption(figures(), figures({ year: 2026, review: { ...figures().review, averageWorkingDays: null } }), 5, t);
    expect(option.xAxis).toMatchObject({ data: ['2026', '2027', t('credit.figures.limit')] });
    expect((seriesOf(option)[0]!.data as { value: number }[]).map((d) => d.value)).toEqual([0, 2.5, 5]);
    // Without a known limit, no third column.
    expect((seriesOf(reviewOption(figures(), undefined, undefined, t))[0]!.data as unknown[]).length).toBe(2);
  });
});

import type { Translate } from '../i18n';
import type { ChartOption } from './Chart';
import { COLORS, columnsOption, gauge, pieOption, rankingOption } from './chartOptions';
import type { InspectionFigures } from './types';

/** Two gauges: the catalog's integration rate (A1) and the satisfaction rate (A8). */
export function ratesOption(
  integration: number | null,
  satisfaction: number | null,
  t: Translate,
): ChartOption {
  const style = { radius: '80%', width: 12, fontSize: 22, digits: 2 };
  return {
    series: [
      gauge(t('figures.integrationRate'), integration, { ...style, center: '25%', color: COLORS.brand }),
      gauge(t('figures.satisfactionRate'), satisfaction, { ...style, center: '75%', color: COLORS.green }),
    ],
  };
}

/** Visits made, joint visits among them, and visits the merging saved (A4). */
export const visitsOption = (f: InspectionFigures, t: Translate): ChartOption =>
  columnsOption([
    { name: t('figures.total'), value: f.total, color: COLORS.brand },
    { name: t('figures.jointVisits'), value: f.jointVisits, color: COLORS.purple },
    { name: t('figures.visitsAvoided'), value: f.visitsAvoided, color: COLORS.green },
  ]);

/** Codes by status: valid now, expired without result, done, revoked. */
export function statusOption(f: InspectionFigures, t: Translate): ChartOption {
  const s = f.codesByStatus;
  return pieOption([
    { name: t('figures.status.active'), value: s.active, color: COLORS.green },
    { name: t('figures.status.expired'), value: s.expired, color: COLORS.grey },
    { name: t('figures.status.done'), value: s.done, color: COLORS.brand },
    { name: t('figures.status.revoked'), value: s.revoked, color: COLORS.red },
  ]);
}

/** Supervision signals of part A: over-frequency codes, late and overdue results, back-filled codes. */
export const warningsOption = (f: InspectionFigures, t: Translate): ChartOption =>
  rankingOption(
    [
      { name: t('figures.overFrequency'), value: f.overFrequencyWarnings },
      { name: t('figures.lateResults'), value: f.lateResults },
      { name: t('figures.overdueResults'), value: f.overdueResults },
      { name: t('figures.backfilled'), value: f.backfilledCodes },
    ],
    COLORS.orange,
    100,
  );

/** Planned (incl. 双随机) against triggered visits (A2). */
export const kindsOption = (f: InspectionFigures, t: Translate): ChartOption =>
  pieOption(
    [
      { name: t('value.planned'), value: f.planned, color: COLORS.brand },
      { name: t('value.triggered'), value: f.triggered, color: COLORS.orange },
    ],
    { radius: '62%' },
  );

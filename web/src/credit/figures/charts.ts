import type { ChartOption } from '../../figures/Chart';
import { barsOption, COLORS, columnsOption } from '../../figures/chartOptions';
import type { Translate } from '../../i18n';
import { DELIVERY_PLATFORMS, platformName } from '../labels';
import type { CreditFigures, DeliveryStatus } from '../types';

/** Records repaired automatically (免申即享) and on application (无感申请), last year against this year. */
export function repairedOption(f: CreditFigures, t: Translate): ChartOption {
  const prev = f.repaired.previousYear;
  return barsOption(
    [String(f.year - 1), String(f.year)],
    [
      {
        name: t('credit.path.automatic'),
        stack: 'how',
        data: [prev.automatic, f.repaired.automatic],
        color: COLORS.teal,
        label: true,
      },
      {
        name: t('credit.path.application'),
        stack: 'how',
        data: [prev.onApplication, f.repaired.onApplication],
        color: COLORS.brand,
        label: true,
      },
    ],
  );
}

/** Subjects and records repaired, year on year. */
export function yoyOption(f: CreditFigures, t: Translate): ChartOption {
  const prev = f.repaired.previousYear;
  return barsOption(
    [t('credit.figures.subjects'), t('credit.figures.records')],
    [
      { name: String(f.year - 1), data: [prev.subjects, prev.records], color: COLORS.lightBlue, label: true },
      {
        name: String(f.year),
        data: [f.repaired.subjects, f.repaired.records],
        color: COLORS.brand,
        label: true,
      },
    ],
  );
}

const STATUS_COLORS: Record<DeliveryStatus, string> = {
  delivered: COLORS.green,
  pending: COLORS.blue,
  dead: COLORS.red,
};

/** Deliveries by platform and status (C5). */
export function deliveriesOption(f: CreditFigures, t: Translate): ChartOption {
  const platforms = [...new Set([...DELIVERY_PLATFORMS, ...f.deliveries.map((d) => d.platform)])];
  const statuses: DeliveryStatus[] = ['delivered', 'pending', 'dead'];
  return barsOption(
    platforms.map((p) => platformName(t, p)),
    statuses.map((s) => ({
      name: t(`credit.delivery.status.${s}`),
      stack: 'status',
      color: STATUS_COLORS[s],
      data: platforms.map((p) => f.deliveries.find((d) => d.platform === p && d.status === s)?.count ?? 0),
    })),
    { wrap: true },
  );
}

/** Average review time in working days, last year against this year, beside the time limit. */
export function reviewOption(
  f: CreditFigures,
  previous: CreditFigures | undefined,
  limit: number | undefined,
  t: Translate,
): ChartOption {
  const columns = [
    { name: String(f.year - 1), value: previous?.review.averageWorkingDays ?? 0, color: COLORS.lightBlue },
    { name: String(f.year), value: f.review.averageWorkingDays ?? 0, color: COLORS.brand },
  ];
  if (limit) columns.push({ name: t('credit.figures.limit'), value: limit, color: COLORS.silver });
  return columnsOption(columns, t('credit.figures.workingDays'));
}

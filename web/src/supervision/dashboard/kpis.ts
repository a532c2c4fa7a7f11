import type { Translate } from '../../i18n';
import type { Kpi } from '../../figures/KpiCards';
import { percent } from '../../figures/percent';
import type { SupervisionFigures } from '../types';

/** Hours as "5.2 小时", or in days from two days on. */
export function handlingTime(hours: number | null, t: Translate): string {
  if (hours === null) return t('common.none');
  return hours >= 48
    ? t('dashboard.days', { n: (hours / 24).toFixed(1) })
    : t('dashboard.hours', { n: hours.toFixed(1) });
}

/** The headline figures; each card carries data-testid="figure-{key}" and its value in data-value. */
export function dashboardKpis(f: SupervisionFigures, t: Translate): Kpi[] {
  const none = t('common.none');
  return [
    { key: 'cases', title: t('dashboard.cases'), value: f.cases.total },
    { key: 'closed', title: t('dashboard.closed'), value: f.cases.closed },
    {
      key: 'on-time',
      title: t('dashboard.onTimeRate'),
      value: percent(f.cases.onTimeRate, none),
      note: t('dashboard.onTimeNote', { onTime: f.cases.closedOnTime, closed: f.cases.closed }),
      detail: `${f.cases.closedOnTime}/${f.cases.closed}`,
    },
    {
      key: 'handling',
      title: t('dashboard.averageHandling'),
      value: handlingTime(f.cases.averageHandlingHours, t),
    },
    { key: 'overdue', title: t('dashboard.overdue'), value: f.cases.overdue },
    {
      key: 'signals',
      title: t('dashboard.openSignals'),
      value: f.signals.open,
      note: t('dashboard.signalsNote', { n: f.signals.total }),
    },
  ];
}

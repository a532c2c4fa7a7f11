import type { Kpi } from '../figures/KpiCards';
import type { Translate } from '../i18n';
import type { CheckupCounts } from './types';

/** The five headline counts of the check-ups as KPI cards (data-testid figure-{prefix}{key}). */
export const checkupKpis = (c: CheckupCounts, t: Translate, prefix = ''): Kpi[] => [
  { key: `${prefix}firms-served`, title: t('checkups.figures.firmsServed'), value: c.firmsServed },
  { key: `${prefix}problems-found`, title: t('checkups.figures.problemsFound'), value: c.problemsFound },
  { key: `${prefix}fixed-on-spot`, title: t('checkups.figures.fixedOnSpot'), value: c.fixedOnSpot },
  { key: `${prefix}closed`, title: t('checkups.figures.closed'), value: c.closed },
  { key: `${prefix}open`, title: t('checkups.figures.open'), value: c.open },
];

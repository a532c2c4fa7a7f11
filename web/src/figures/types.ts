import { allOf, type Answer, type Item } from '../api/typed';

export const FIGURES_PATH = '/api/inspections/figures';

/** GET /api/inspections/figures (scoped like the inspection list). */
export type InspectionFigures = Answer<'getInspectionFigures'>;

/** GET /api/supervision/alerts item. */
export type SupervisionAlert = Item<'listAlerts'>;
export type SignalKind = SupervisionAlert['kind'];
export type SignalStatus = SupervisionAlert['status'];

export const SIGNAL_KINDS = allOf<SignalKind>()([
  'frequency-7d',
  'frequency-30d',
  'over-frequency',
  'late-result',
  'low-rating',
  'complaint',
  'backfilled-code',
  'hotline',
  'assignment',
  'rectification-overdue',
]);
export const SIGNAL_STATUSES = allOf<SignalStatus>()(['open', 'case-opened', 'dismissed']);

export const FIGURES_PATH = '/api/inspections/figures';

/** GET /api/inspections/figures (scoped like the inspection list). */
export interface InspectionFigures {
  total: number;
  planned: number;
  triggered: number;
  jointVisits: number;
  visitsAvoided: number;
  visitReduction: number | null;
  codesByStatus: { active: number; expired: number; done: number; revoked: number };
  overFrequencyWarnings: number;
  lateResults: number;
  overdueResults: number;
  backfilledCodes: number;
  evaluations: number;
  satisfied: number;
  satisfactionRate: number | null;
}

export const SIGNAL_KINDS = [
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
] as const;
export type SignalKind = (typeof SIGNAL_KINDS)[number];
export const SIGNAL_STATUSES = ['open', 'case-opened', 'dismissed'] as const;
export type SignalStatus = (typeof SIGNAL_STATUSES)[number];

/** GET /api/supervision/alerts item. */
export interface SupervisionAlert {
  id: string;
  kind: SignalKind;
  severity: 'low' | 'medium' | 'high';
  status: SignalStatus;
  enterprise: { id: string; name: string | null; uscc: string | null } | null;
  inspectionId: string | null;
  departmentId: string | null;
  /** The department that must act (newer API versions name it). */
  department?: { id: string; name: string | null } | null;
  detail: Record<string, unknown>;
  createdAt: string;
}

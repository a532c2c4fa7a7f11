// Shapes of the inspection API (src/inspections/*): what the pages send and receive.

export type InspectionKind = 'planned' | 'triggered';
export type InspectionStatus = 'issued' | 'revoked' | 'done';
export type Outcome = 'no-problem' | 'rectification' | 'case-opened';

/** 触发式 sources (A2), as the API names them. */
export const TRIGGERS = [
  'complaint',
  'superior',
  'referral',
  'enterprise-request',
  'non-site-lead',
  'emergency',
] as const;
export type Trigger = (typeof TRIGGERS)[number];

export interface TimeWindow {
  start: string;
  end: string;
}

export interface InspectionResult {
  outcome: Outcome;
  notes: string;
  rectification?: { item: string; deadline: string }[];
  caseNo?: string;
  photoIds: string[];
}

/** GET /api/inspections item and GET /api/inspections/{id}. */
export interface Inspection {
  id: string;
  code: string;
  enterprise: { id: string; name: string; uscc: string };
  kind: InspectionKind;
  trigger: Trigger | null;
  status: InspectionStatus;
  leadDepartmentId: string;
  departmentIds: string[];
  itemIds: string[];
  officerIds: string[];
  window: TimeWindow;
  overFrequency: boolean;
  backfilled: boolean;
  joint: boolean;
  mergedCount: number;
  resultDueAt: string;
  result: InspectionResult | null;
  resultRecordedAt: string | null;
  resultLate: boolean;
  arrivalConfirmedAt: string | null;
  revokedReason: string | null;
  createdAt: string;
  /** A8, judged by the server: when the enterprise rated the visit, and whether the caller may rate it now. */
  evaluation: { evaluatedAt: string | null; allowed: boolean };
}

/** POST /api/inspections body. */
export interface ApplyInput {
  enterpriseUscc: string;
  kind: InspectionKind;
  trigger?: Trigger;
  itemIds: string[];
  officerIds: string[];
  window: TimeWindow;
  scenarioId?: string;
  joinInspectionId?: string;
  backfill?: boolean;
}

/** A warning of a new code; `message` is in the caller's language. */
export interface ApplyWarning {
  code: string;
  count?: number;
  days?: number;
  message?: string;
}

/** A4: another department's visit of the same enterprise within the joint window (the rule set's days). */
export interface JointProposal {
  inspectionId: string;
  code: string;
  departmentIds: string[];
  windowStart: string;
  windowEnd: string;
}

/** POST /api/inspections 201. */
export interface ApplyOutcome {
  id: string;
  code: string;
  warnings: ApplyWarning[];
  /** The part A rule set applied. */
  ruleSet: { id: string; version: number };
  joint?: { merged: true; inspectionId: string } | { proposals: JointProposal[]; days: number };
}

/** POST /api/inspections/{id}/result body. */
export interface ResultInput {
  outcome: Outcome;
  notes: string;
  rectification?: { item: string; deadline: string }[];
  caseNo?: string;
  photoIds: string[];
}

/** A8: five ratings of 1–5. */
export const RATING_DIMENSIONS = ['overall', 'conduct', 'integrity', 'efficiency', 'service'] as const;
export type RatingDimension = (typeof RATING_DIMENSIONS)[number];
export type EvaluationInput = Record<RatingDimension, number> & { comment?: string };

export const COMPLAINT_CATEGORIES = [
  'no-code',
  'unpublished-item',
  'misconduct',
  'integrity',
  'excessive',
  'other',
] as const;
export type ComplaintCategory = (typeof COMPLAINT_CATEGORIES)[number];

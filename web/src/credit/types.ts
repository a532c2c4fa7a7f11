// Shapes of the credit-repair API (src/credit/routes.ts and the operation files it imports).

export const PENALTY_KINDS = [
  'warning',
  'circulated-criticism',
  'fine',
  'confiscation',
  'licence-suspension',
  'licence-revocation',
  'production-suspension',
  'practice-restriction',
  'other',
] as const;
export type PenaltyKind = (typeof PENALTY_KINDS)[number];

export const SEVERITIES = ['minor', 'ordinary', 'serious'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const PENALTY_STATUSES = ['published', 'repaired', 'expired', 'not-published'] as const;
export type PenaltyStatus = (typeof PENALTY_STATUSES)[number];

/** How a published record can end: repaired automatically (免申即享), on application (无感申请), or only at its maximum. */
export type RepairPath = 'automatic' | 'application' | 'none';

/**
 * What a record allows its subject today (C3/C4), judged by the server on the China day (`Penalty.today`):
 *   repaired / expired / not-published  the record is no longer shown (or never was)
 *   ended           published, but its maximum has passed (publicity stops with the next nightly run)
 *   automatic       免申即享: repaired by the system once its minimum passed and the penalty is performed
 *   apply-now       无感申请: the minimum has passed, the subject may apply
 *   apply-later     the minimum has not passed yet
 *   never-early     it only stops at its maximum
 *   in-review / awaiting-proof   an application is open
 */
export type RepairState =
  | 'repaired'
  | 'expired'
  | 'not-published'
  | 'ended'
  | 'automatic'
  | 'apply-now'
  | 'apply-later'
  | 'never-early'
  | 'in-review'
  | 'awaiting-proof';

export interface Publicity {
  start: string | null;
  /** Last day of the minimum period (repairable from the day after); null: never repaired early. */
  minEnd: string | null;
  /** The last day shown at most (最长公示至, as the repair notice says); publicity stops after it. */
  maxEnd: string | null;
}

export interface Penalty {
  id: string;
  enterpriseId: string;
  uscc: string;
  enterpriseName?: string;
  decisionNo: string;
  departmentId: string;
  departmentName?: string;
  decisionDate: string;
  kinds: PenaltyKind[];
  fineAmount: number | null;
  severity: Severity;
  status: PenaltyStatus;
  publicity: Publicity;
  repairableFrom: string | null;
  /** The first day the record could be repaired, also once it left publicity; null: never before its maximum. */
  repairableFromDay: string | null;
  repairPath: RepairPath;
  /** How the record was or is to be repaired; null for one that ended otherwise. */
  repairWay: RepairPath | null;
  state: RepairState;
  /** The China day the server judged `state` on. */
  today: string;
  publicityClass: string;
  dutiesFulfilledOn: string | null;
  invitedAt: string | null;
  repairedAt: string | null;
  repairedHow: 'automatic' | 'application' | null;
  expiredAt: string | null;
  createdAt: string;
}

export const PROOF_KINDS = ['fine-receipt', 'rectification'] as const;
export type ProofKind = (typeof PROOF_KINDS)[number];

export interface Proof {
  kind: ProofKind;
  status: 'gathered' | 'uploaded' | 'missing';
  /** `fiscal-receipts`, `industry`, `enterprise` (upload). */
  source: string | null;
  reference: string | null;
  detail: Record<string, unknown>;
  at: string | null;
}

export interface Check {
  name: string;
  ok: boolean;
  detail: Record<string, unknown>;
}

export interface Commitment {
  text: string;
  signedAt: string;
  signedBy: string;
  digest: string;
}

export const APPLICATION_STATUSES = ['awaiting-proof', 'pending', 'approved', 'rejected'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

export interface Application {
  id: string;
  penaltyId: string;
  enterpriseId: string;
  origin: 'enterprise' | 'invitation';
  status: ApplicationStatus;
  proofs: Proof[];
  missing: ProofKind[];
  checks: Check[];
  commitment: Commitment;
  submittedAt: string;
  acceptedAt: string | null;
  reviewDueOn: string | null;
  /** Calendar days from today (China) to the review deadline; negative once passed. */
  reviewDaysLeft: number | null;
  overdue: boolean;
  decidedAt: string | null;
  decidedBy: string | null;
  reason: string | null;
  reviewHours: number | null;
}

/** A row of GET /api/credit/applications: the application with its record. */
export interface ApplicationRow extends Application {
  penalty: Penalty;
}

export type DeliveryStatus = 'pending' | 'delivered' | 'dead';

export interface Delivery {
  id: string;
  platform: string;
  platformName: string;
  recordId: string | null;
  action: 'repair' | 'stop-publicity' | string | null;
  uscc: string | null;
  decisionNo: string | null;
  status: DeliveryStatus;
  attempts: number;
  lastError: string | null;
  nextAttemptAt: string | null;
  createdAt: string;
  deliveredAt: string | null;
  /** The server allows 重新推送 (only a dead delivery). */
  resendable: boolean;
}

export interface RepairNotice {
  title: string;
  issuedAt: string;
  penaltyId: string;
  ruleSet: { code: string; version: number };
  repairableFrom: string | null;
  repairPath: RepairPath;
  text: string;
}

/** GET /api/credit/penalties/:id */
export interface PenaltyDetail {
  penalty: Penalty;
  ruleSet: { id: string; code: string; version: number; name: string };
  notice: RepairNotice;
  applications: Application[];
  deliveries: Delivery[];
}

/** GET /api/credit/applications/:id */
export interface ApplicationDetail {
  application: Application;
  penalty: Penalty;
  ruleSet: { code: string; version: number; name: string };
  sideBySide: { kind: ProofKind; name: string; required: boolean; proof: Proof | null }[];
  deliveries: Delivery[];
}

export interface DeliveryCount {
  platform: string;
  status: DeliveryStatus;
  count: number;
}

export interface DeliveryPage {
  counts: DeliveryCount[];
  items: Delivery[];
  total: number;
  page: number;
  pageSize: number;
}

export interface RepairedSide {
  subjects: number;
  records: number;
  automatic: number;
  onApplication: number;
}

/** GET /api/credit/figures */
export interface CreditFigures {
  year: number;
  /** The current China year, as the server counts it. */
  currentYear: number;
  repaired: RepairedSide & {
    previousYear: RepairedSide;
    subjectsYoY: number | null;
    recordsYoY: number | null;
  };
  review: {
    decided: number;
    averageHours: number | null;
    averageWorkingDays: number | null;
    decidedLate: number;
    pending: number;
    awaitingProof: number;
    overdue: number;
  };
  deliveries: DeliveryCount[];
  multiPlatformSpared: { subjects: number; records: number };
  activeRecords: number;
}

export interface GuideClass {
  name: string;
  published: boolean;
  minimum: string | null;
  maximum: string | null;
  automatic: boolean;
}

export interface GuideRuleSet {
  code: string;
  version: number;
  name: string;
  basis: string;
  reviewWorkingDays: number;
  classes: GuideClass[];
}

/** GET /api/credit/guide (public) */
export interface CreditGuide {
  title: string;
  ruleSets: GuideRuleSet[];
  steps: string[];
  faq: { q: string; a: string }[];
  platforms: string[];
}

export interface PenaltyImportResult {
  imported: number;
  errors: { row: number; code: string; message: string; column?: string; existingId?: string }[];
}

export interface PenaltyInput {
  subjectUscc: string;
  decisionNo: string;
  departmentId: string;
  decisionDate: string;
  kinds: PenaltyKind[];
  fineAmount?: number;
  severity?: Severity;
}

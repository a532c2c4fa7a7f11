/** Part F's API paths and answers (src/proof-free/routes.ts). */
export const PF = '/api/proof-free';

export type ExemptionRule = 'national' | 'advanced-region' | 'risk-assessed' | 'required';
export type ProofResult = 'confirmed' | 'not-confirmed' | 'unavailable';

export interface ProofKind {
  code: string;
  name: string;
  proves: 'absence' | 'presence';
  legalBasis: string;
  interface: {
    id: string;
    code: string;
    name: string;
    source: string;
    region: 'local' | 'other-city';
    status: string;
  } | null;
  holdingDepartment: { id: string; name: string | null } | null;
}

export interface Verification {
  id: string;
  proofKind: string;
  proofName: string;
  applicant: string;
  channel: string;
  source: string;
  region: 'local' | 'other-city';
  result: ProofResult;
  checkedAt: string;
  officer: string;
  consent: { method: string; at: string; queries: string[] };
  legalBasis: string;
  receiptToken: string;
}

export interface VerifyAnswer {
  id: string;
  result: ProofResult;
  source: string;
  checkedAt: string;
  region: 'local' | 'other-city';
  receiptToken: string;
}

export interface Assist {
  id: string;
  proofKind: string;
  proofName: string;
  applicant: string;
  question: string;
  direction: 'sent' | 'received';
  holdingDepartment: string;
  requestingDepartment: string | null;
  requestedBy: string;
  requestedAt: string;
  dueOn: string;
  status: 'open' | 'answered';
  overdue: boolean;
  answer: 'confirmed' | 'not-confirmed' | null;
  evidence: string | null;
  answeredAt: string | null;
  answeredBy: string | null;
  onTime: boolean | null;
  reminders: number;
}

export interface Commitment {
  id: string;
  enterpriseId: string;
  uscc: string;
  enterpriseName: string;
  material: string;
  item: string;
  statement: string;
  signerName: string;
  signMethod: string;
  signedAt: string;
  status: 'signed' | 'selected' | 'kept' | 'false';
  checkedAt: string | null;
  checkMethod: string | null;
  checkNote: string | null;
  penaltyId: string | null;
}

export interface CatalogItem {
  id: string;
  code: string;
  name: string;
  department: string;
  materials: {
    id: string;
    name: string;
    rule: ExemptionRule;
    basis: string;
    proofKind: string | null;
    exemptSince: string | null;
    commitmentAllowed: boolean;
  }[];
  counts: { materials: number; exempt: number; exemptionRate: number };
}

export interface RegisteredInterface {
  id: string;
  code: string;
  name: string;
  kind: 'data' | 'e-licence';
  ownerName: string;
  dataKinds: string[];
  endpoint: string;
  region: 'local' | 'other-city';
  status: 'active' | 'suspended';
  agreedResponseMs: number;
  health: {
    status: 'healthy' | 'slow' | 'failing' | 'unknown';
    calls: number;
    ok: number;
    avgMs: number | null;
    p95Ms: number | null;
    windowDays: number;
  };
}

export interface Figures {
  materials: number;
  exempt: number;
  exemptionRate: number;
}

export interface FigureDetails {
  byDepartment: {
    departmentId: string;
    name: string;
    materials: number;
    exempt: number;
    exemptionRate: number;
  }[];
  byRule: { rule: ExemptionRule; count: number }[];
  trend: { month: string; exempt: number; exemptionRate: number }[];
  verifications: {
    total: number;
    crossRegion: number;
    byChannel: { channel: string; count: number }[];
    byResult: { result: ProofResult; count: number }[];
  };
  assists: { total: number; answered: number; onTime: number; overdue: number; onTimeRate: number };
  commitments: { signed: number; checked: number; false: number };
}

export interface Receipt {
  id: string;
  proofName: string;
  applicant: string;
  source: string;
  region: 'local' | 'other-city';
  result: ProofResult;
  checkedAt: string;
  officer: string;
  department: string | null;
  channel: string;
  consent: { method: string; at: string; queries: string[] };
  legalBasis: string;
}

export const percent = (r: number) => `${(Math.round(r * 1000) / 10).toFixed(1)}%`;
export const receiptUrl = (token: string) => `${window.location.origin}/pf/r/${token}`;

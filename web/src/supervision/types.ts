// Shapes of the supervision API (src/supervision/*, src/hotline/*, src/calendar/*): 云督办 (B1–B3).
import type { SupervisionAlert } from '../figures/types';

export { SIGNAL_KINDS, SIGNAL_STATUSES, type SignalKind, type SignalStatus } from '../figures/types';

export const SIGNAL_SOURCES = ['code-monitoring', 'enterprise-feedback', 'hotline', 'superior'] as const;
export type SignalSource = (typeof SIGNAL_SOURCES)[number];
export const SEVERITIES = ['high', 'medium', 'low'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const CASE_SOURCES = [...SIGNAL_SOURCES, 'manual'] as const;
export type CaseSource = (typeof CASE_SOURCES)[number];
/** open → answered → closed, or answered → returned → answered … */
export const CASE_STATUSES = ['open', 'answered', 'returned', 'closed'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];
export const CASE_EVENT_KINDS = [
  'opened',
  'answered',
  'returned',
  'closed',
  'reminded',
  'escalated',
] as const;
export type CaseEventKind = (typeof CASE_EVENT_KINDS)[number];

export interface EnterpriseLink {
  id: string;
  name: string | null;
  uscc: string | null;
}

/** GET /api/supervision/signals item (B1): the alert shape plus where it came from and how it was handled. */
export interface Signal extends SupervisionAlert {
  source: SignalSource;
  caseId: string | null;
  dismissReason: string | null;
  handledAt: string | null;
}

/** GET /api/supervision/signals/counts */
export interface SignalCounts {
  total: number;
  open: number;
  byKind: Partial<Record<string, { total: number; open: number }>>;
  byStatus: Partial<Record<string, number>>;
  bySource: Partial<Record<string, number>>;
  bySeverity: Partial<Record<string, number>>;
}

/** GET /api/supervision/cases item (B2). */
export interface SupervisionCase {
  id: string;
  caseNo: string;
  title: string;
  instructions: string;
  source: CaseSource;
  signalKinds: string[];
  status: CaseStatus;
  department: { id: string; name: string | null };
  enterprise: EnterpriseLink | null;
  inspectionId: string | null;
  workingDays: number;
  openedAt: string;
  dueDay: string;
  dueAt: string;
  overdue: boolean;
  answeredAt: string | null;
  answerCount: number;
  returnCount: number;
  completedAt: string | null;
  closedAt: string | null;
  closedOnTime: boolean | null;
  remindedAt: string | null;
  escalatedAt: string | null;
}

export interface EvidenceFileRef {
  id: string;
  filename: string | null;
  mime: string | null;
  size: number | null;
  link: string;
}

export interface CaseEvent {
  id: string;
  kind: CaseEventKind;
  at: string;
  actor: { type: 'user' | 'system'; id: string | null; name: string };
  text: string | null;
  files: EvidenceFileRef[];
  detail: Record<string, unknown>;
}

/** GET /api/supervision/cases/{id}: the case with its full timeline and the signals it was opened from. */
export interface CaseDetail extends SupervisionCase {
  timeline: CaseEvent[];
  signals: Signal[];
}

/** POST /api/supervision/signals/open-cases body. */
export interface OpenCasesInput {
  signalIds: string[];
  mode: 'each' | 'together';
  departmentId?: string;
  instructions: string;
  workingDays: number;
}

/** GET /api/calendar/deadline */
export interface Deadline {
  from: string;
  workingDays: number;
  due: string;
  dueAt: string;
}

export interface CountByDepartment {
  departmentId: string;
  name: string | null;
}

/** GET /api/supervision/figures (B3, H2). */
export interface SupervisionFigures {
  range: { from: string | null; to: string | null; departmentId: string | null; granularity: Granularity };
  cases: {
    total: number;
    closed: number;
    closedOnTime: number;
    onTimeRate: number | null;
    averageHandlingHours: number | null;
    overdue: number;
    bySource: Record<CaseSource, number>;
    byStatus: Record<CaseStatus, number>;
    byDepartment: (CountByDepartment & {
      total: number;
      closed: number;
      closedOnTime: number;
      onTimeRate: number | null;
      overdue: number;
      averageHandlingHours: number | null;
    })[];
  };
  signals: { total: number; open: number; byKind: Record<string, number> };
  inspections: {
    total: number;
    enterprisesInspected: number;
    perEnterprise: Record<string, number>;
    repeatEnterprises: number;
    perDepartment: (CountByDepartment & { inspections: number; enterprises: number })[];
    topEnterprises: {
      enterpriseId: string;
      name: string;
      uscc: string;
      inspections: number;
      departments: number;
      first: string;
      last: string;
      byPeriod: Record<string, number>;
    }[];
    perDepartmentTrend: (CountByDepartment & { period: string; inspections: number })[];
  };
  trend: {
    period: string;
    casesOpened: number;
    casesClosed: number;
    casesClosedOnTime: number;
    signals: number;
    inspections: number;
  }[];
}
export type Granularity = 'week' | 'month';

export const MATCH_STATUSES = ['matched', 'unmatched', 'not-applicable'] as const;
export type MatchStatus = (typeof MATCH_STATUSES)[number];
export const LEDGER_FIELDS = [
  'ticketNo',
  'receivedAt',
  'content',
  'category',
  'enterpriseUscc',
  'enterpriseName',
  'callerPhone',
] as const;
export type LedgerField = (typeof LEDGER_FIELDS)[number];

/** GET /api/hotline/tickets item (caller numbers masked). */
export interface HotlineTicket {
  id: string;
  ticketNo: string;
  receivedAt: string;
  content: string;
  category: string | null;
  given: { enterpriseUscc: string | null; enterpriseName: string | null };
  callerPhone: string | null;
  matchStatus: MatchStatus;
  matchedBy: 'uscc' | 'name' | 'normalised-name' | 'manual' | null;
  enterprise: EnterpriseLink | null;
  enforcementRelated: boolean;
  signalId: string | null;
  channel: 'api' | 'import';
}

/** POST /api/hotline/tickets/import */
export interface LedgerImportResult {
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  errors: { row: number; field?: LedgerField; code: string; message: string }[];
}

/** GET /api/calendar/days item. */
export interface CalendarEntry {
  day: string;
  kind: 'holiday' | 'workday';
  name: string;
  source: 'official' | 'admin';
  provisional: boolean;
  weekday: number;
}

// Shapes of the supervision API (src/supervision/*, src/hotline/*, src/calendar/*): 云督办 (B1–B3), as generated.
import { allOf, type Answer, type Body, type Item } from '../api/typed';

export { SIGNAL_KINDS, SIGNAL_STATUSES, type SignalKind, type SignalStatus } from '../figures/types';

/** GET /api/supervision/signals item (B1): the alert shape plus where it came from and how it was handled. */
export type Signal = Item<'listSignals'>;
export type Severity = Signal['severity'];
export const SEVERITIES = allOf<Severity>()(['high', 'medium', 'low']);

/** GET /api/supervision/signals/counts */
export type SignalCounts = Answer<'countSignals'>;

/** GET /api/supervision/cases item (B2). */
export type SupervisionCase = Item<'listCases'>;
export type EnterpriseLink = NonNullable<SupervisionCase['enterprise']>;
export type CaseSource = SupervisionCase['source'];
export const CASE_SOURCES = allOf<CaseSource>()(['code-monitoring', 'enterprise-feedback', 'hotline', 'superior', 'manual']);
/** open → answered → closed, or answered → returned → answered … */
export type CaseStatus = SupervisionCase['status'];
export const CASE_STATUSES = allOf<CaseStatus>()(['open', 'answered', 'returned', 'closed']);

/** GET /api/supervision/cases/{id}: the case with its full timeline and the signals it was opened from. */
export type CaseDetail = Answer<'getCase'>;
export type CaseEvent = CaseDetail['timeline'][number];
export type CaseEventKind = CaseEvent['kind'];
export type EvidenceFileRef = CaseEvent['files'][number];

/** POST /api/supervision/signals/open-cases body. */
export type OpenCasesInput = Body<'openCasesFromSignals'>;

/** GET /api/calendar/deadline */
export type Deadline = Answer<'getDeadline'>;

/** GET /api/supervision/figures (B3, H2). */
export type SupervisionFigures = Answer<'getSupervisionFigures'>;
export type Granularity = SupervisionFigures['range']['granularity'];

/** GET /api/hotline/tickets item (caller numbers masked). */
export type HotlineTicket = Item<'listTickets'>;
export type MatchStatus = HotlineTicket['matchStatus'];
export const MATCH_STATUSES = allOf<MatchStatus>()(['matched', 'unmatched', 'not-applicable']);

/** POST /api/hotline/tickets/import */
export type LedgerImportResult = Answer<'importTickets'>;

/** GET /api/calendar/days item. */
export type CalendarEntry = Item<'listCalendarDays'>;

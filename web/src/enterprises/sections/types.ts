// Rows of the enterprise file's sections (GET /api/enterprises/{uscc} → sections), as each part's section
// loader answers them (src/<part>/file-section.ts). Enumerated values arrive as codes; the presenters name them.
import type { Penalty } from '../../credit/types';
import type { CheckupStatus, Channel } from '../../checkups/types';
import type { CaseSource, CaseStatus } from '../../supervision/types';
import type { Licence } from '../../drugs/types';
import type { Inspection } from '../../inspections/types';

export interface Named {
  id: string;
  name: string | null;
}

/** src/inspections/file-section.ts */
export interface InspectionRow extends Pick<Inspection, 'kind' | 'trigger'> {
  id: string;
  code: string;
  departments: Named[];
  items: Named[];
  window: { start: string; end: string };
  officers: Named[];
  status: 'issued' | 'done' | 'revoked';
  result: 'no-problem' | 'rectification' | 'case-opened' | null;
  /** The enterprise's overall rating of the visit (1–5), once it evaluated. */
  rating: number | null;
}

/** src/credit/file-section.ts (the credit part's presenter). */
export type PenaltyRow = Penalty;

/** src/drugs/file-section.ts */
export interface LicenceRow extends Pick<Licence, 'id' | 'number' | 'validFrom' | 'validUntil' | 'status' | 'scope'> {
  kind: { code: string; name: string };
  holder: string;
  reminders: { windowDays: number; sentAt: string; applyBy: string; title: string }[];
}

/** src/checkups/file-section.ts */
export interface CheckupRow {
  id: string;
  appliedAt: string;
  channel: Channel;
  expert: string | null;
  liaison: string | null;
  visitDate: string | null;
  status: CheckupStatus;
  problemCount: number;
  open: number;
  reportUrl: string | null;
}

/** src/hotline/file-section.ts: complaints about visits and, for the hotline staff, 12345 tickets. */
export type ComplaintRow =
  | {
      source: 'enterprise-complaint';
      id: string;
      at: string;
      inspectionId: string;
      department: string | null;
      category: string;
      content: string;
    }
  | {
      source: 'hotline';
      id: string;
      at: string;
      ticketNo: string;
      category: string | null;
      content: string;
      callerPhone: string | null;
      enforcementRelated: boolean;
      signalId: string | null;
    };

/** src/supervision/file-section.ts */
export interface SupervisionRow {
  id: string;
  caseNo: string;
  title: string;
  source: CaseSource;
  status: CaseStatus;
  department: Named;
  openedAt: string;
  dueDay: string;
  closedAt: string | null;
  closedOnTime: boolean | null;
}

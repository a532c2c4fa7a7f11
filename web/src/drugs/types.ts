export interface Licence {
  id: string;
  kind: string;
  number: string;
  holderUscc: string;
  validFrom: string;
  validUntil: string;
  status: 'valid' | 'suspended' | 'revoked' | 'cancelled' | 'renewed';
  scope: string | null;
}

export interface LicenceKind {
  code: string;
  nameZh: string;
  nameEn: string;
  reminderWindows: number[];
  renewalLeadDays: number;
}

export interface LicenceFigures {
  licences: number;
  reminders: number;
  licencesReminded: number;
  firmsReached: number;
  renewedBeforeExpiry: number;
  lapsed: number;
}

export interface Warning {
  id: string;
  kind: 'warning' | 'faq';
  topic: string | null;
  title: string;
  body: string;
  recipients?: number;
  publishedAt: string;
  readAt?: string | null;
  reads?: number | null;
}

export interface Rectification {
  id: string;
  enterpriseName: string | null;
  enterpriseUscc: string | null;
  sourceType: 'inspection' | 'case';
  sourceId: string | null;
  title: string;
  requirement: string;
  deadline: string;
  status: 'open' | 'reported' | 'closed';
  overdue: boolean;
}

export interface RectificationDetail extends Rectification {
  events: {
    id: string;
    kind: 'progress' | 'guidance' | 'verified' | 'returned';
    note: string;
    actorName: string | null;
    at: string;
    files: { id: string; filename: string }[];
  }[];
}

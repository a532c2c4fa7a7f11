export type Channel = 'phone' | 'wechat' | 'letter' | 'online';
export type CheckupStatus = 'received' | 'scheduled' | 'visited' | 'rectifying' | 'closed';
export type Category = 'procedures' | 'facilities' | 'management' | 'risk';
export type FindingStatus = 'ok' | 'fixed' | 'open' | 'closed';

export interface InvitationRow {
  id: string;
  enterprise: { uscc: string; name: string };
  channel: Channel;
  status: CheckupStatus;
  note: string | null;
  preferredDates: string[];
  receivedAt: string;
  ageDays: number;
  visitAt: string | null;
  expert: string | null;
  liaison: string | null;
}

export interface ChecklistItem {
  code: string;
  category: Category;
  name: string;
  basis: string;
}

export interface Finding {
  id: string;
  itemCode: string;
  outcome: 'ok' | 'problem';
  description: string | null;
  basis: string | null;
  advice: string | null;
  resolution: 'fix-now' | 'plan' | null;
  milestones: { due: string; text: string }[];
  status: FindingStatus;
  closedAt: string | null;
  closedBy: string | null;
  closureNote: string | null;
  photos: { id: string; filename: string; url: string }[];
}

export interface Contact {
  id: string;
  findingId: string | null;
  at: string;
  channel: 'phone' | 'visit' | 'wechat' | 'online';
  note: string;
  by: string;
}

export interface InvitationDetail extends InvitationRow {
  expertId: string | null;
  liaisonUserId: string | null;
  visitedAt: string | null;
  checklist: { id: string; version: number; items: ChecklistItem[] } | null;
  findings: Finding[];
  contacts: Contact[];
  report: { fileId: string; sha256: string; signedAt: string; signedBy: string; url: string } | null;
  closedAt: string | null;
}

export interface Pool {
  experts: { id: string; name: string; fields: string[]; load: number; userId: string | null }[];
  liaisons: { id: string; name: string }[];
}

/** The five counts the roles that enforce may read (GET /api/figures/checkups). */
export type CheckupCounts = Pick<CheckupFigures, 'firmsServed' | 'problemsFound' | 'fixedOnSpot' | 'closed' | 'open'>;

export interface CheckupFigures {
  firmsServed: number;
  problemsFound: number;
  fixedOnSpot: number;
  closed: number;
  open: number;
  openByAge: Record<string, number>;
  invitationsByStatus: Record<CheckupStatus, number>;
}

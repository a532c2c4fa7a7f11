export type SubjectType = 'inspection' | 'case' | 'complaint';
export type Answer = 'yes' | 'no' | 'unknown';

export interface Assignment {
  subjectType: SubjectType;
  subjectId: string;
  enterpriseUscc: string;
  workTeamId: string;
  assignedTeamId: string;
}
export interface RatioReason {
  code: string;
  [k: string]: unknown;
}
export interface TeamRatio {
  teamId: string;
  ratio: number;
  reasons: RatioReason[];
}
export interface DrawResult {
  id?: string;
  seed: string;
  period: string;
  assignments: Assignment[];
  ratios: TeamRatio[];
  perTeam: { teamId: string; population: number; ratio: number; drawn: number }[];
  loads: Record<string, number>;
}
export interface DrawSummary {
  id: string;
  period: string;
  seed: string;
  baseRatio: number;
  drawn: number;
  population: number;
  createdAt: string;
}
export interface Team {
  id: string;
  name: string;
  department: string;
}
export interface RevisitRow {
  id: string;
  period: string;
  subjectType: SubjectType;
  status: 'pending' | 'done';
  channel: string | null;
  satisfied: boolean | null;
  problems: number;
  followedUp: number;
  revisitedAt: string | null;
  workTeamId: string;
  workTeam: string;
  workDepartment: string;
  assignedTeamId: string;
  assignedTeam: string;
  enterpriseUscc: string;
  enterpriseName: string;
}
interface Bilingual {
  zh: string;
  en: string;
}
export interface Questionnaire {
  version: string;
  source: string;
  phoneScript: Bilingual;
  standards: (Bilingual & { code: string; indicators: (Bilingual & { code: string })[] })[];
}
export interface Subject {
  type: SubjectType;
  at: string | null;
  teamName: string;
  departmentName: string;
}
export interface Problem {
  indicator: string | null;
  text: string;
  followUp?: { note: string; by: string; at: string };
}
export interface RevisitDetail {
  id: string;
  period: string;
  status: 'pending' | 'done';
  channel: string | null;
  subject: Subject & { id: string };
  enterprise: { uscc: string; name: string; legalRepresentative: string | null; phone: string | null; address: string | null };
  assignedTeam: string;
  answers: Record<string, Answer> | null;
  satisfied: boolean | null;
  comment: string | null;
  problems: Problem[];
  linkOpen: boolean;
  questionnaire: Questionnaire;
}
export interface WatchPart {
  code: string;
  count: number;
  weight: number;
  points: number;
}
export interface Scored {
  score: number;
  level: 'high' | 'medium' | 'low';
  parts: WatchPart[];
}
export interface WatchList {
  period: string;
  ruleSet: { version: string; source: string };
  enterprises: (Scored & { enterpriseId: string; uscc: string; name: string })[];
  teams: (Scored & { teamId: string; name: string; department: string })[];
}
export interface Figures {
  period: string;
  revisits: number;
  done: number;
  pending: number;
  enterprisesRevisited: number;
  satisfaction: number | null;
  problems: { found: number; followedUp: number };
  byChannel: Record<string, number>;
  byTeam: { teamId: string; team: string; revisits: number; satisfied: number; problems: number; satisfaction: number | null }[];
  byStandard: { code: string; zh: string; en: string; yes: number; answered: number; rate: number | null }[];
  trend: { period: string; revisited: number; satisfied: number; enterprises: number; satisfaction: number | null }[];
}
export interface OnlineQuestionnaire {
  enterpriseName: string;
  subject: Subject;
  expiresAt: string;
  questionnaire: Questionnaire;
}

/** The current half year, China time (the default period of the screens; the server decides what is valid). */
export function currentPeriod(now = new Date()): string {
  const china = new Date(now.getTime() + 8 * 3_600_000);
  return `${china.getUTCFullYear()}H${china.getUTCMonth() < 6 ? 1 : 2}`;
}

export const pct = (v: number | null | undefined) => (v === null || v === undefined ? '—' : `${Math.round(v * 1000) / 10}%`);

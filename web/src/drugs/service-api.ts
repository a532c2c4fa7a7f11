import { api, request } from '../api/client';

export const SERVICE_RECORDS_PATH = '/api/service-records';
export const DECISIONS_PATH = '/api/decision-explanations';
export const explanationPath = (penaltyId: string) => `${DECISIONS_PATH}/${encodeURIComponent(penaltyId)}`;
export const SURVEYS_PATH = '/api/followup-surveys';
export const surveyPath = (id: string) => `${SURVEYS_PATH}/${encodeURIComponent(id)}`;
export const surveyPage = (id: string) => `/drugs/followups/${encodeURIComponent(id)}`;
export const MY_FORMS_PATH = '/api/followup-forms';
export const CASES_PATH = '/api/typical-cases';
export const PUBLIC_CASES_PATH = '/api/public/typical-cases';
export const PUBLIC_CASES_PAGE = '/drugs/typical-cases';
export const SERVICE_FIGURES_PATH = '/api/drugs/service-figures';

export type ServiceKind = 'extra-hour' | 'on-site-teaching';
export interface ServiceRecord {
  id: string;
  inspectionId: string;
  enterpriseUscc: string;
  enterpriseName: string;
  departmentName: string | null;
  kind: ServiceKind;
  topic: string;
  questions: { question: string; answer: string }[];
  content: string | null;
  minutes: number | null;
  attendees: number | null;
  recordedByName: string | null;
  recordedAt: string;
}
export interface ServiceInput {
  inspectionId: string;
  kind: ServiceKind;
  topic: string;
  questions: { question: string; answer: string }[];
  content?: string;
  minutes?: number;
  attendees?: number;
}
export const recordService = (input: ServiceInput) => api.post<{ id: string }>(SERVICE_RECORDS_PATH, input);

export interface ChallengeRoute {
  lastDay: string;
  daysLeft: number;
  open: boolean;
  basis: string;
}
export interface Challenge {
  ruleSetVersion: number;
  knownOn: string;
  review: ChallengeRoute & { days: number };
  litigation: ChallengeRoute & { months: number };
  afterReview: { days: number; basis: string };
  counting: string;
}
export interface ExplanationInput {
  facts: string;
  provision: string;
  standard: string;
  discretion: string;
  servedOn?: string;
  reviewBody: string;
  court: string;
}
export interface Explanation extends Required<ExplanationInput> {
  penaltyId: string;
  decisionNo: string;
  decisionDate: string;
  departmentName: string;
  enterpriseName: string;
  challenge: Challenge;
  updatedAt: string;
}
export interface DecisionItem {
  penaltyId: string;
  decisionNo: string;
  decisionDate: string;
  uscc: string;
  enterpriseName: string | null;
  kinds: string[];
  fineAmount: number | null;
  status: string;
  explainedAt: string | null;
}
export const saveExplanation = (penaltyId: string, input: ExplanationInput) =>
  request<{ created: boolean; explanation: Explanation }>(explanationPath(penaltyId), {
    method: 'PUT',
    body: input,
  });
export const previewChallenge = (penaltyId: string, servedOn?: string) =>
  api.get<Challenge>(`${explanationPath(penaltyId)}/challenge`, { servedOn });

export interface FollowupQuestion {
  text: string;
  kind: 'text' | 'choice';
  options?: string[];
}
export interface SurveyTarget {
  closedRectifications?: boolean;
  enterpriseUsccs?: string[];
}
export interface SurveySummary {
  id: string;
  subject: string;
  intro: string | null;
  questions: FollowupQuestion[];
  sentAt: string;
  sent: number;
  answered: number;
  returnRate: number | null;
}
export interface SurveyDetail extends SurveySummary {
  responses: { uscc: string; name: string; answeredAt: string | null; answers: string[] | null }[];
}
export interface FollowupForm {
  id: string;
  subject: string;
  intro: string | null;
  departmentName: string | null;
  questions: FollowupQuestion[];
  sentAt: string;
  answeredAt: string | null;
  answers: string[] | null;
}
export const previewSurvey = (target: SurveyTarget) =>
  api.post<{ recipients: number; sample: { uscc: string; name: string }[] }>(`${SURVEYS_PATH}/preview`, {
    target,
  });
export const sendSurvey = (input: {
  subject: string;
  intro?: string;
  questions: FollowupQuestion[];
  target: SurveyTarget;
}) => api.post<{ id: string; recipients: number }>(SURVEYS_PATH, input);
export const answerForm = (id: string, answers: string[]) =>
  api.post<FollowupForm>(`${MY_FORMS_PATH}/${encodeURIComponent(id)}/answers`, { answers });

export interface TypicalCase {
  title: string;
  facts: string;
  decision: string;
  basis?: string;
  lesson: string;
}
export interface CaseBatch {
  id: string;
  year: number | null;
  batchNo: number | null;
  title: string;
  departmentName: string | null;
  published: boolean;
  publishedAt: string | null;
  createdAt: string;
  cases: TypicalCase[];
}
export const createBatch = (input: { title: string; cases: TypicalCase[] }) =>
  api.post<{ id: string }>(CASES_PATH, input);
export const updateBatch = (id: string, input: { title: string; cases: TypicalCase[] }) =>
  request<{ id: string }>(`${CASES_PATH}/${encodeURIComponent(id)}`, { method: 'PUT', body: input });
export const publishBatch = (id: string) =>
  api.post<{ id: string; year: number; batchNo: number }>(`${CASES_PATH}/${encodeURIComponent(id)}/publish`);

export interface ServiceFigures {
  extraHours: number;
  teachings: number;
  questionsAnswered: number;
  enterprisesServed: number;
  decisionsExplained: number;
  surveys: number;
  formsSent: number;
  formsAnswered: number;
  returnRate: number | null;
  rectificationsClosed: number;
  caseBatchesPublished: number;
  casesPublished: number;
}

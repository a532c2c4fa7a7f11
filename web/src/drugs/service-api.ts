import { api, request } from '../api/client';
import type { Answer, Body, Item } from '../api/typed';
import { childPath } from '../api/paths';

export const SERVICE_RECORDS_PATH = '/api/service-records';
export const DECISIONS_PATH = '/api/decision-explanations';
export const explanationPath = childPath(DECISIONS_PATH);
export const SURVEYS_PATH = '/api/followup-surveys';
export const surveyPath = childPath(SURVEYS_PATH);
export const surveyPage = childPath('/drugs/followups');
export const MY_FORMS_PATH = '/api/followup-forms';
export const CASES_PATH = '/api/typical-cases';
export const PUBLIC_CASES_PATH = '/api/public/typical-cases';
export const PUBLIC_CASES_PAGE = '/drugs/typical-cases';
export const SERVICE_FIGURES_PATH = '/api/drugs/service-figures';

/** GET /api/service-records item (D2). */
export type ServiceRecord = Item<'listInspectionServiceRecords'>;
export type ServiceKind = ServiceRecord['kind'];
export type ServiceInput = Body<'recordInspectionService'>;
export const recordService = (input: ServiceInput) => api.post<{ id: string }>(SERVICE_RECORDS_PATH, input);

/** GET /api/decision-explanations/{penaltyId} (D3): the explanation with the routes to challenge it. */
export type Explanation = Answer<'getDecisionExplanation'>;
export type Challenge = Explanation['challenge'];
export type ExplanationInput = Body<'explainDecision'>;
/** GET /api/decision-explanations item. */
export type DecisionItem = Item<'listDecisionsToExplain'>;
export const saveExplanation = (penaltyId: string, input: ExplanationInput) =>
  request<{ created: boolean; explanation: Explanation }>(explanationPath(penaltyId), {
    method: 'PUT',
    body: input,
  });
export const previewChallenge = (penaltyId: string, servedOn?: string) =>
  api.get<Challenge>(`${explanationPath(penaltyId)}/challenge`, { servedOn });

/** GET /api/followup-surveys item (D4). */
export type SurveySummary = Item<'listFollowupSurveys'>;
export type FollowupQuestion = SurveySummary['questions'][number];
export type SurveyTarget = Body<'previewFollowupSurvey'>['target'];
/** GET /api/followup-surveys/{id}: the survey with each enterprise's response. */
export type SurveyDetail = Answer<'getFollowupSurvey'>;
/** GET /api/followup-forms item: an enterprise's form. */
export type FollowupForm = Item<'listMyFollowupForms'>;
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

/** GET /api/typical-cases item (D5). */
export type CaseBatch = Item<'listTypicalCaseBatches'>;
export type TypicalCase = CaseBatch['cases'][number];
export const createBatch = (input: { title: string; cases: TypicalCase[] }) =>
  api.post<{ id: string }>(CASES_PATH, input);
export const updateBatch = (id: string, input: { title: string; cases: TypicalCase[] }) =>
  request<{ id: string }>(`${CASES_PATH}/${encodeURIComponent(id)}`, { method: 'PUT', body: input });
export const publishBatch = (id: string) =>
  api.post<{ id: string; year: number; batchNo: number }>(`${CASES_PATH}/${encodeURIComponent(id)}/publish`);

/** GET /api/drugs/service-figures */
export type ServiceFigures = Answer<'drugServiceFigures'>;

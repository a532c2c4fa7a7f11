/**
 * D4–D6 service routes of drug regulation (thin: parse → policy → one operation): inspection service records,
 * explained decisions, 回头看 forms, typical cases (public page and API) and the figures of these.
 */
import { z } from 'zod';
import { PUBLIC } from '../platform/policy/route-policy.js';
import { drugPolicies as P } from './policy.js';
import { recordService, serviceRecordInput } from './record-service.js';
import { listServiceRecords, serviceFilters, serviceRecordSchema } from './list-service-records.js';
import { challengeSchema, explanationSchema, getExplanation, previewChallenge } from './get-explanation.js';
import { explainDecision, explanationInput } from './explain-decision.js';
import { decisionFilters, decisionItemSchema, listDecisions } from './list-decisions.js';
import { previewSurvey, sendFollowupSurvey, surveyInput, surveyTargetInput } from './send-followup-survey.js';
import {
  getFollowupSurvey,
  listFollowupSurveys,
  surveyDetailSchema,
  surveySummarySchema,
} from './list-followup-surveys.js';
import { followupFormSchema, getMyFollowupForm, listMyFollowupForms } from './my-followup-forms.js';
import { answerFollowupForm, answersInput } from './answer-followup-form.js';
import { caseBatchInput, createCaseBatch, updateCaseBatch } from './save-case-batch.js';
import { publishCaseBatch } from './publish-case-batch.js';
import {
  batchSchema,
  publicBatchSchema,
  publicCaseBatch,
  publicCaseBatches,
  staffCaseBatches,
} from './list-case-batches.js';
import { serviceFigures, serviceFiguresSchema } from './service-figures.js';
import { defineRoutes, idParams } from '../platform/http/route.js';
import { operationRoutes } from '../platform/http/operation-route.js';

const penaltyParams = z.object({ penaltyId: z.uuid() });
const created = z.object({ id: z.uuid() });
const sample = z.object({
  recipients: z.number().int(),
  sample: z.array(z.object({ uscc: z.string(), name: z.string() })),
});

export const drugServiceRoutes = defineRoutes(['follow-up'], ({ route, db }) => {
  const op = operationRoutes(route, db);
  // D4 — inspection service records.
  op.post('/api/service-records', {
    policy: P.drugOfficer,
    operationId: 'recordInspectionService',
    summary:
      'D4: record the extra hour (questions and answers) or on-site teaching against a visit of the department (409 service-before-visit / service-inspection-revoked)',
    tags: ['inspection service'],
    body: serviceRecordInput,
    response: { 201: created },
  }, recordService);

  op.get('/api/service-records', {
    policy: P.serviceRead,
    operationId: 'listInspectionServiceRecords',
    summary:
      'D4: service records in scope (an enterprise: its own, read-only), by inspection, enterprise or kind',
    tags: ['inspection service'],
    querystring: serviceFilters,
    response: { 200: z.object({ items: z.array(serviceRecordSchema) }) },
  }, listServiceRecords);

  // D5 — explained decisions.
  op.get('/api/decision-explanations', {
    policy: P.drugOfficer,
    operationId: 'listDecisionsToExplain',
    summary:
      "D5: the penalty decisions of the caller's drug-regulation department, each with whether it is explained",
    tags: ['explained decisions'],
    querystring: decisionFilters,
    response: { 200: z.object({ items: z.array(decisionItemSchema), total: z.number().int() }) },
  }, listDecisions);

  op.get('/api/decision-explanations/:penaltyId', {
    policy: P.serviceRead,
    operationId: 'getDecisionExplanation',
    summary:
      'D5: the explanation of a penalty (facts, provision, standard, discretion, how to challenge and by when); 404 explanation-not-found',
    tags: ['explained decisions'],
    params: penaltyParams,
    response: { 200: explanationSchema },
  }, getExplanation);

  op.put('/api/decision-explanations/:penaltyId', {
    policy: P.drugOfficer,
    operationId: 'explainDecision',
    summary:
      'D5: write or change the explanation of a penalty the department decided (audited; the enterprise is told)',
    tags: ['explained decisions'],
    params: penaltyParams,
    body: explanationInput,
    response: { 200: z.object({ created: z.boolean(), explanation: explanationSchema }) },
  }, explainDecision);

  route.get('/api/decision-explanations/:penaltyId/challenge', {
    policy: P.drugOfficer,
    operationId: 'previewDecisionChallenge',
    summary:
      'D5: the ways to challenge a decision served on a day, with their last days (what the explanation will state)',
    tags: ['explained decisions'],
    params: penaltyParams,
    querystring: z.object({ servedOn: z.iso.date().optional() }),
    response: { 200: challengeSchema },
  }, async (req) => previewChallenge(db, req.ctx, req.params.penaltyId, req.query.servedOn));

  // D6 — 回头看 forms.
  route.post('/api/followup-surveys/preview', {
    policy: P.drugOfficer,
    operationId: 'previewFollowupSurvey',
    summary: 'D6: how many enterprises a 回头看 target reaches, with a sample',
    body: z.object({ target: surveyTargetInput }),
    response: { 200: sample },
  }, async (req) => previewSurvey(db, req.ctx, req.body.target));

  op.post('/api/followup-surveys', {
    policy: P.drugOfficer,
    operationId: 'sendFollowupSurvey',
    summary: 'D6: send a 回头看 form (调查表) to the targeted enterprises (422 followup-no-recipients)',
    body: surveyInput,
    response: { 201: z.object({ id: z.uuid(), recipients: z.number().int() }) },
  }, sendFollowupSurvey);

  op.get('/api/followup-surveys', {
    policy: P.departmentRead,
    operationId: 'listFollowupSurveys',
    summary: "D6: the department's surveys with forms sent, answered and the return rate",
    response: {
      200: z.object({
        items: z.array(surveySummarySchema),
        totals: z.object({
          surveys: z.number().int(),
          sent: z.number().int(),
          answered: z.number().int(),
          returnRate: z.number().nullable(),
        }),
      }),
    },
  }, listFollowupSurveys);

  op.get('/api/followup-surveys/:id', {
    policy: P.departmentRead,
    operationId: 'getFollowupSurvey',
    summary: "D6: one survey's responses, enterprise by enterprise (audited)",
    response: { 200: surveyDetailSchema },
  }, getFollowupSurvey);

  op.get('/api/followup-forms', {
    policy: P.enterprise,
    operationId: 'listMyFollowupForms',
    summary: 'D6: the enterprise’s 回头看 forms',
    response: { 200: z.object({ items: z.array(followupFormSchema) }) },
  }, listMyFollowupForms);

  op.get('/api/followup-forms/:id', {
    policy: P.enterprise,
    operationId: 'getMyFollowupForm',
    summary: 'D6: one of the enterprise’s forms',
    response: { 200: followupFormSchema },
  }, getMyFollowupForm);

  op.post('/api/followup-forms/:id/answers', {
    policy: P.enterprise,
    operationId: 'answerFollowupForm',
    summary:
      'D6: fill in the form once, one answer per question (409 followup-answered, 422 followup-answers / followup-answer-option)',
    body: answersInput,
    response: { 200: followupFormSchema },
  }, answerFollowupForm);

  // D6 — typical cases.
  op.get('/api/typical-cases', {
    policy: P.departmentRead,
    operationId: 'listTypicalCaseBatches',
    summary: "D6: the department's batches, drafts included",
    tags: ['typical cases'],
    response: { 200: z.object({ items: z.array(batchSchema) }) },
  }, staffCaseBatches);

  op.post('/api/typical-cases', {
    policy: P.drugOfficer,
    operationId: 'draftTypicalCaseBatch',
    summary: 'D6: draft a batch of typical cases (not public until published)',
    tags: ['typical cases'],
    body: caseBatchInput,
    response: { 201: created },
  }, createCaseBatch);

  op.put('/api/typical-cases/:id', {
    policy: P.drugOfficer,
    operationId: 'changeTypicalCaseBatch',
    summary: 'D6: change a draft batch (409 case-batch-published)',
    tags: ['typical cases'],
    body: caseBatchInput,
    response: { 200: created },
  }, updateCaseBatch);

  op.post('/api/typical-cases/:id/publish', {
    policy: P.drugOfficer,
    operationId: 'publishTypicalCaseBatch',
    summary: "D6: publish a draft as the next numbered batch (第N批) of the department's year",
    tags: ['typical cases'],
    response: { 200: z.object({ id: z.uuid(), year: z.number().int(), batchNo: z.number().int() }) },
  }, publishCaseBatch);

  route.get('/api/public/typical-cases', {
    policy: PUBLIC,
    operationId: 'publicTypicalCases',
    summary: 'D6: published batches of typical cases, newest first (no login; drafts never shown)',
    tags: ['typical cases'],
    response: { 200: z.object({ items: z.array(publicBatchSchema) }) },
  }, async () => publicCaseBatches(db));

  route.get('/api/public/typical-cases/:id', {
    policy: PUBLIC,
    operationId: 'publicTypicalCaseBatch',
    summary: 'D6: one published batch (a draft is 404)',
    tags: ['typical cases'],
    params: idParams,
    response: { 200: publicBatchSchema },
  }, async (req) => publicCaseBatch(db, req.params.id));

  route.get('/api/drugs/service-figures', {
    policy: P.staffRead,
    operationId: 'drugServiceFigures',
    summary:
      'D4–D6 figures: service records, decisions explained, 回头看 forms sent/answered and return rate, typical cases published',
    tags: ['licences'],
    response: { 200: serviceFiguresSchema },
  }, async () => serviceFigures(db));
});

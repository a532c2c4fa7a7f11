/**
 * D4–D6 service routes of drug regulation (thin: parse → policy → one operation): inspection service records,
 * explained decisions, 回头看 forms, typical cases (public page and API) and the figures of these.
 */
import { z } from 'zod';
import type { RegisterRoutes } from '../platform/http/types.js';
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

const idParams = z.object({ id: z.uuid() });
const penaltyParams = z.object({ penaltyId: z.uuid() });
const created = z.object({ id: z.uuid() });
const sample = z.object({
  recipients: z.number().int(),
  sample: z.array(z.object({ uscc: z.string(), name: z.string() })),
});

export const drugServiceRoutes: RegisterRoutes = (app, deps) => {
  const { db } = deps.database;

  // D4 — inspection service records.
  app.post(
    '/api/service-records',
    {
      config: { policy: P.drugOfficer },
      schema: {
        operationId: 'recordInspectionService',
        tags: ['inspection service'],
        summary:
          'D4: record the extra hour (questions and answers) or on-site teaching against a visit of the department (409 service-before-visit / service-inspection-revoked)',
        body: serviceRecordInput,
        response: { 201: created },
      },
    },
    async (req, reply) => reply.status(201).send(await recordService(db, req.ctx, req.body)),
  );

  app.get(
    '/api/service-records',
    {
      config: { policy: P.serviceRead },
      schema: {
        operationId: 'listInspectionServiceRecords',
        tags: ['inspection service'],
        summary:
          'D4: service records in scope (an enterprise: its own, read-only), by inspection, enterprise or kind',
        querystring: serviceFilters,
        response: { 200: z.object({ items: z.array(serviceRecordSchema) }) },
      },
    },
    async (req) => listServiceRecords(db, req.ctx, req.query),
  );

  // D5 — explained decisions.
  app.get(
    '/api/decision-explanations',
    {
      config: { policy: P.drugOfficer },
      schema: {
        operationId: 'listDecisionsToExplain',
        tags: ['explained decisions'],
        summary:
          "D5: the penalty decisions of the caller's drug-regulation department, each with whether it is explained",
        querystring: decisionFilters,
        response: { 200: z.object({ items: z.array(decisionItemSchema), total: z.number().int() }) },
      },
    },
    async (req) => listDecisions(db, req.ctx, req.query),
  );

  app.get(
    '/api/decision-explanations/:penaltyId',
    {
      config: { policy: P.serviceRead },
      schema: {
        operationId: 'getDecisionExplanation',
        tags: ['explained decisions'],
        summary:
          'D5: the explanation of a penalty (facts, provision, standard, discretion, how to challenge and by when); 404 explanation-not-found',
        params: penaltyParams,
        response: { 200: explanationSchema },
      },
    },
    async (req) => getExplanation(db, req.ctx, req.params.penaltyId),
  );

  app.put(
    '/api/decision-explanations/:penaltyId',
    {
      config: { policy: P.drugOfficer },
      schema: {
        operationId: 'explainDecision',
        tags: ['explained decisions'],
        summary:
          'D5: write or change the explanation of a penalty the department decided (audited; the enterprise is told)',
        params: penaltyParams,
        body: explanationInput,
        response: { 200: z.object({ created: z.boolean(), explanation: explanationSchema }) },
      },
    },
    async (req) => explainDecision(db, req.ctx, req.params.penaltyId, req.body),
  );

  app.get(
    '/api/decision-explanations/:penaltyId/challenge',
    {
      config: { policy: P.drugOfficer },
      schema: {
        operationId: 'previewDecisionChallenge',
        tags: ['explained decisions'],
        summary:
          'D5: the ways to challenge a decision served on a day, with their last days (what the explanation will state)',
        params: penaltyParams,
        querystring: z.object({ servedOn: z.iso.date().optional() }),
        response: { 200: challengeSchema },
      },
    },
    async (req) => previewChallenge(db, req.ctx, req.params.penaltyId, req.query.servedOn),
  );

  // D6 — 回头看 forms.
  app.post(
    '/api/followup-surveys/preview',
    {
      config: { policy: P.drugOfficer },
      schema: {
        operationId: 'previewFollowupSurvey',
        tags: ['follow-up'],
        summary: 'D6: how many enterprises a 回头看 target reaches, with a sample',
        body: z.object({ target: surveyTargetInput }),
        response: { 200: sample },
      },
    },
    async (req) => previewSurvey(db, req.ctx, req.body.target),
  );

  app.post(
    '/api/followup-surveys',
    {
      config: { policy: P.drugOfficer },
      schema: {
        operationId: 'sendFollowupSurvey',
        tags: ['follow-up'],
        summary: 'D6: send a 回头看 form (调查表) to the targeted enterprises (422 followup-no-recipients)',
        body: surveyInput,
        response: { 201: z.object({ id: z.uuid(), recipients: z.number().int() }) },
      },
    },
    async (req, reply) => reply.status(201).send(await sendFollowupSurvey(db, req.ctx, req.body)),
  );

  app.get(
    '/api/followup-surveys',
    {
      config: { policy: P.departmentRead },
      schema: {
        operationId: 'listFollowupSurveys',
        tags: ['follow-up'],
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
      },
    },
    async (req) => listFollowupSurveys(db, req.ctx),
  );

  app.get(
    '/api/followup-surveys/:id',
    {
      config: { policy: P.departmentRead },
      schema: {
        operationId: 'getFollowupSurvey',
        tags: ['follow-up'],
        summary: "D6: one survey's responses, enterprise by enterprise (audited)",
        params: idParams,
        response: { 200: surveyDetailSchema },
      },
    },
    async (req) => getFollowupSurvey(db, req.ctx, req.params.id),
  );

  app.get(
    '/api/followup-forms',
    {
      config: { policy: P.enterprise },
      schema: {
        operationId: 'listMyFollowupForms',
        tags: ['follow-up'],
        summary: 'D6: the enterprise’s 回头看 forms',
        response: { 200: z.object({ items: z.array(followupFormSchema) }) },
      },
    },
    async (req) => listMyFollowupForms(db, req.ctx),
  );

  app.get(
    '/api/followup-forms/:id',
    {
      config: { policy: P.enterprise },
      schema: {
        operationId: 'getMyFollowupForm',
        tags: ['follow-up'],
        summary: 'D6: one of the enterprise’s forms',
        params: idParams,
        response: { 200: followupFormSchema },
      },
    },
    async (req) => getMyFollowupForm(db, req.ctx, req.params.id),
  );

  app.post(
    '/api/followup-forms/:id/answers',
    {
      config: { policy: P.enterprise },
      schema: {
        operationId: 'answerFollowupForm',
        tags: ['follow-up'],
        summary:
          'D6: fill in the form once, one answer per question (409 followup-answered, 422 followup-answers / followup-answer-option)',
        params: idParams,
        body: answersInput,
        response: { 200: followupFormSchema },
      },
    },
    async (req) => answerFollowupForm(db, req.ctx, req.params.id, req.body),
  );

  // D6 — typical cases.
  app.get(
    '/api/typical-cases',
    {
      config: { policy: P.departmentRead },
      schema: {
        operationId: 'listTypicalCaseBatches',
        tags: ['typical cases'],
        summary: "D6: the department's batches, drafts included",
        response: { 200: z.object({ items: z.array(batchSchema) }) },
      },
    },
    async (req) => staffCaseBatches(db, req.ctx),
  );

  app.post(
    '/api/typical-cases',
    {
      config: { policy: P.drugOfficer },
      schema: {
        operationId: 'draftTypicalCaseBatch',
        tags: ['typical cases'],
        summary: 'D6: draft a batch of typical cases (not public until published)',
        body: caseBatchInput,
        response: { 201: created },
      },
    },
    async (req, reply) => reply.status(201).send(await createCaseBatch(db, req.ctx, req.body)),
  );

  app.put(
    '/api/typical-cases/:id',
    {
      config: { policy: P.drugOfficer },
      schema: {
        operationId: 'changeTypicalCaseBatch',
        tags: ['typical cases'],
        summary: 'D6: change a draft batch (409 case-batch-published)',
        params: idParams,
        body: caseBatchInput,
        response: { 200: created },
      },
    },
    async (req) => updateCaseBatch(db, req.ctx, req.params.id, req.body),
  );

  app.post(
    '/api/typical-cases/:id/publish',
    {
      config: { policy: P.drugOfficer },
      schema: {
        operationId: 'publishTypicalCaseBatch',
        tags: ['typical cases'],
        summary: "D6: publish a draft as the next numbered batch (第N批) of the department's year",
        params: idParams,
        response: { 200: z.object({ id: z.uuid(), year: z.number().int(), batchNo: z.number().int() }) },
      },
    },
    async (req) => publishCaseBatch(db, req.ctx, req.params.id),
  );

  app.get(
    '/api/public/typical-cases',
    {
      config: { policy: PUBLIC },
      schema: {
        operationId: 'publicTypicalCases',
        tags: ['typical cases'],
        summary: 'D6: published batches of typical cases, newest first (no login; drafts never shown)',
        response: { 200: z.object({ items: z.array(publicBatchSchema) }) },
      },
    },
    async () => publicCaseBatches(db),
  );

  app.get(
    '/api/public/typical-cases/:id',
    {
      config: { policy: PUBLIC },
      schema: {
        operationId: 'publicTypicalCaseBatch',
        tags: ['typical cases'],
        summary: 'D6: one published batch (a draft is 404)',
        params: idParams,
        response: { 200: publicBatchSchema },
      },
    },
    async (req) => publicCaseBatch(db, req.params.id),
  );

  app.get(
    '/api/drugs/service-figures',
    {
      config: { policy: P.staffRead },
      schema: {
        operationId: 'drugServiceFigures',
        tags: ['licences'],
        summary:
          'D4–D6 figures: service records, decisions explained, 回头看 forms sent/answered and return rate, typical cases published',
        response: { 200: serviceFiguresSchema },
      },
    },
    async () => serviceFigures(db),
  );
};

/** The 2xx answers of the routes in routes.ts, as zod schemas (serialised and checked by the server, published in the OpenAPI document). */
import { z } from 'zod';
import { AS_OF } from '../platform/rollup/responses.js';
import { paged, noContent } from '../platform/http/responses.js';
import { listOf } from '../platform/http/answer-fields.js';

const ruleSetRef = z.object({ id: z.string(), version: z.number() }).describe('The part A rule set applied');

export const applyForInspectionCode = {
  201: z.object({
    id: z.string(),
    code: z.string(),
    ruleSet: ruleSetRef.optional(),
    warnings: z.array(
      z.object({
        code: z.enum(['over-frequency', 'frequency-7d', 'frequency-30d']),
        count: z.number().optional(),
        days: z.number().optional(),
        message: z.string().optional(),
      }),
    ),
    joint: z
      .union([
        z.object({ merged: z.literal(true), inspectionId: z.string() }),
        z.object({
          proposals: z.array(
            z.object({
              inspectionId: z.string(),
              code: z.string(),
              departmentIds: z.array(z.string()),
              windowStart: z.date(),
              windowEnd: z.date(),
            }),
          ),
          days: z.number().optional(),
        }),
      ])
      .optional(),
  }),
};

/** An inspection as its lists and its page show it: code, enterprise, window, status, result and evaluation. */
const inspection = z.object({
  id: z.string(),
  code: z.string(),
  enterprise: z.object({ name: z.string(), uscc: z.string(), id: z.string() }),
  kind: z.enum(['planned', 'triggered']),
  trigger: z
    .enum(['complaint', 'superior', 'referral', 'enterprise-request', 'non-site-lead', 'emergency'])
    .nullable(),
  status: z.enum(['revoked', 'issued', 'done']),
  leadDepartmentId: z.string(),
  departmentIds: z.array(z.string()),
  itemIds: z.array(z.string()),
  officerIds: z.array(z.string()),
  window: z.object({ start: z.string(), end: z.string() }),
  overFrequency: z.boolean(),
  backfilled: z.boolean(),
  joint: z.boolean(),
  mergedCount: z.number(),
  resultDueAt: z.string(),
  result: z
    .object({
      outcome: z.enum(['no-problem', 'rectification', 'case-opened']),
      notes: z.string(),
      rectification: z.array(z.object({ item: z.string(), deadline: z.string() })).optional(),
      caseNo: z.string().optional(),
      photoIds: z.array(z.string()),
    })
    .nullable(),
  resultRecordedAt: z.string().nullable(),
  resultLate: z.boolean(),
  arrivalConfirmedAt: z.string().nullable(),
  revokedReason: z.string().nullable(),
  createdAt: z.string(),
  evaluation: z.object({ evaluatedAt: z.string().nullable(), allowed: z.boolean() }),
});

export const listInspections = { 200: paged(inspection) };

export const getInspection = { 200: inspection };

export const revokeInspection = { 204: noContent };

export const recordInspectionResult = { 200: z.object({ late: z.boolean() }) };

export const uploadInspectionPhoto = {
  201: z.object({
    id: z.string(),
    mime: z.enum(['image/jpeg', 'image/png', 'image/webp']),
    size: z.number(),
  }),
};

export const evaluateInspection = { 201: z.object({ ok: z.boolean() }) };

export const complainAboutInspection = { 201: z.object({ id: z.string() }) };

export const confirmInspectionArrival = { 200: z.object({ arrivalConfirmedAt: z.string() }) };

/** A random draw (双随机): its recorded seed, filter and population hash, the drawn enterprises with their officer pairs. */
const randomDraw = z.object({
  id: z.string(),
  departmentId: z.string(),
  seed: z.string(),
  filter: z.object({
    industry: z.string().optional(),
    divisionCode: z.string().optional(),
    populationHash: z.string().optional(),
  }),
  size: z.string().describe('"0.05" (a ratio) or "count:20"'),
  population: z.number(),
  createdAt: z.string(),
  drawn: z.array(
    z.object({
      enterprise: z
        .object({ id: z.string(), uscc: z.string(), name: z.string(), industry: z.string() })
        .nullable(),
      officers: z.array(
        z.object({ id: z.string(), name: z.string().optional(), certificateNo: z.string().optional() }),
      ),
    }),
  ),
});

export const runRandomDraw = { 201: randomDraw };

/** A random draw as listed: how many were drawn from how large a population. */
const randomDrawSummary = z.object({
  drawn: z.number(),
  createdAt: z.string(),
  id: z.string(),
  departmentId: z.string(),
  seed: z.string(),
  population: z.number(),
});

export const listRandomDraws = { 200: listOf(randomDrawSummary) };

export const getRandomDraw = { 200: randomDraw };

export const getInspectionFigures = {
  200: z.object({
    total: z.number(),
    planned: z.number(),
    triggered: z.number(),
    jointVisits: z.number(),
    visitsAvoided: z.number(),
    visitReduction: z.number().nullable(),
    visitReductionDefinition: z.object({ 'zh-CN': z.string(), 'en-US': z.string() }),
    codesIssued: z.number(),
    codesByStatus: z.object({
      active: z.number(),
      expired: z.number(),
      done: z.number(),
      revoked: z.number(),
    }),
    overFrequencyWarnings: z.number(),
    lateResults: z.number(),
    overdueResults: z.number(),
    backfilledCodes: z.number(),
    evaluations: z.number(),
    satisfied: z.number(),
    satisfactionRate: z.number().nullable(),
    asOf: AS_OF,
  }),
};

export const setAnnualCap = { 200: z.object({ departmentId: z.string(), annualCap: z.number().nullable() }) };

/** Another visit of the enterprise that a planned one would meet: its code, departments and window. */
const otherVisit = z.object({
  inspectionId: z.string(),
  code: z.string(),
  departmentIds: z.array(z.string()),
  windowStart: z.string(),
  windowEnd: z.string(),
});

export const precheckInspection = {
  200: z.object({
    refused: z.boolean(),
    plannedConflict: otherVisit.nullable(),
    overFrequency: z.boolean(),
    overFrequencyWith: otherVisit.nullable(),
    days: z.object({ planned: z.number(), joint: z.number() }),
    ruleSet: ruleSetRef.extend({ name: z.string(), effectiveFrom: z.string(), source: z.string() }),
    alerts: z.array(
      z.object({ kind: z.enum(['frequency-7d', 'frequency-30d']), count: z.number(), days: z.number() }),
    ),
    jointProposals: z.array(
      z.object({
        inspectionId: z.string(),
        code: z.string(),
        departmentIds: z.array(z.string()),
        windowStart: z.string(),
        windowEnd: z.string(),
      }),
    ),
  }),
};

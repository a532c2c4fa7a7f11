/** The 2xx answers of the routes in routes.ts, as zod schemas (serialised and checked by the server, published in the OpenAPI document). */
import { z } from 'zod';
import { paged } from '../platform/http/responses.js';
import { countedPage, listOf } from '../platform/http/answer-fields.js';
import { outboxStatus } from '../platform/outbox/responses.js';
import { ruleSetSchema } from './rules/rule-set.js';
import { REPAIR_STATES } from './rules/repair-state.js';
import { PENALTY_KINDS, PENALTY_STATUSES, PROCEDURES, SEVERITIES, VIOLATION_FIELDS } from './rules/kinds.js';

/** The kinds of proof a repair application needs. */
const proofKind = z.enum(['rectification', 'fine-receipt']);
/** A proof of a repair application: what was gathered from other systems or uploaded, and what is missing. */
const proof = z.object({
  kind: proofKind,
  status: z.enum(['gathered', 'uploaded', 'missing']),
  source: z.string().nullable(),
  reference: z.string().nullable(),
  detail: z.record(z.string(), z.unknown()),
  at: z.string().nullable(),
});
/** One automatic check of an application. */
const check = z.object({ name: z.string(), ok: z.boolean(), detail: z.record(z.string(), z.unknown()) });
/** The enterprise's signed credit commitment (信用承诺). */
const commitment = z.object({ text: z.string(), signedAt: z.string(), signedBy: z.string(), digest: z.string() });

/** A record's publicity window: from its start, the earliest day it may end (by repair) and the latest. */
const publicity = z.object({
  start: z.string().nullable(),
  minEnd: z.string().nullable(),
  maxEnd: z.string().nullable(),
});
/** A record's publicity window and when and how it may be repaired. */
const publicityAndRepair = {
  publicity,
  repairableFrom: z.string().nullable(),
  repairPath: z.enum(['none', 'automatic', 'application']),
};

/** What a penalty decision imposed: its kinds of penalty, the fine and how serious the violation was. */
const sanctionFields = {
  kinds: z.array(z.enum(PENALTY_KINDS)),
  fineAmount: z.number().nullable(),
  severity: z.enum(SEVERITIES),
};
/** A rule set version as other answers name it. */
const ruleSetRef = { code: z.string(), version: z.number() };

/** A penalty record as `presentPenalty` answers it: publicity, repair path and state. */
const penalty = z.object({
  id: z.string(),
  enterpriseId: z.string(),
  uscc: z.string(),
  enterpriseName: z.string().optional(),
  decisionNo: z.string(),
  departmentId: z.string(),
  departmentName: z.string().optional(),
  decisionDate: z.string(),
  ...sanctionFields,
  status: z.enum(['expired', 'published', 'repaired', 'not-published']),
  ...publicityAndRepair,
  repairableFromDay: z.string().nullable(),
  repairWay: z.enum(['automatic', 'application', 'none']).nullable(),
  state: z.enum(REPAIR_STATES),
  today: z.string(),
  publicityClass: z.string(),
  ruleSetId: z.string(),
  dutiesFulfilledOn: z.string().nullable(),
  invitedAt: z.date().nullable(),
  repairedAt: z.date().nullable(),
  repairedHow: z.enum(['automatic', 'application']).nullable(),
  expiredAt: z.date().nullable(),
  createdAt: z.date(),
});
/** The notice inviting an enterprise to repair its credit. */
const repairNotice = z.object({
  title: z.string(),
  issuedAt: z.date(),
  penaltyId: z.string(),
  ruleSet: z.object(ruleSetRef),
  repairableFrom: z.string().nullable(),
  repairPath: z.string(),
  text: z.string(),
});
/** A repair application with its proofs, checks and review clock. */
const application = z.object({
  id: z.string(),
  penaltyId: z.string(),
  enterpriseId: z.string(),
  origin: z.enum(['enterprise', 'invitation']),
  status: z.enum(['pending', 'awaiting-proof', 'approved', 'rejected']),
  proofs: z.array(proof),
  missing: z.array(proofKind),
  checks: z.array(check),
  commitment: commitment,
  submittedAt: z.date(),
  acceptedAt: z.date().nullable(),
  reviewDueOn: z.string().nullable(),
  reviewDaysLeft: z.number().nullable(),
  overdue: z.boolean(),
  decidedAt: z.date().nullable(),
  decidedBy: z.string().nullable(),
  reason: z.string().nullable(),
  reviewHours: z.number().nullable(),
});
/** A delivery of a repair to a platform (the outbox message as the credit officer reads it). */
const delivery = z.object({
  id: z.string(),
  platform: z.string(),
  platformName: z.string(),
  recordId: z.string().nullable(),
  action: z.string().nullable(),
  uscc: z.string().nullable(),
  decisionNo: z.string().nullable(),
  status: outboxStatus,
  attempts: z.number(),
  lastError: z.string().nullable(),
  nextAttemptAt: z.date().nullable(),
  createdAt: z.date(),
  deliveredAt: z.date().nullable(),
  resendable: z.boolean(),
});

export const recordPenalty = {
  201: z.object({
    id: z.string(),
    severity: z.enum(SEVERITIES),
    publicity,
    status: z.enum(PENALTY_STATUSES),
    procedure: z.enum(PROCEDURES),
    violationField: z.enum(VIOLATION_FIELDS),
    ruleSet: z.object({ id: z.string(), version: z.number(), name: z.string(), reason: z.string() }),
  }),
};

export const importPenalties = {
  200: z.object({
    imported: z.number(),
    errors: z.array(
      z.object({
        row: z.number(),
        code: z.string(),
        message: z.string(),
        column: z
          .enum(['department', 'uscc', 'severity', 'decisionNo', 'decisionDate', 'kinds', 'fineAmount'])
          .optional(),
        existingId: z.string().optional(),
      }),
    ),
  }),
};

export const listPenalties = {
  200: paged(penalty),
};

export const getPenalty = {
  200: z.object({
    penalty,
    ruleSet: z.object({ id: z.string(), ...ruleSetRef, name: z.string() }),
    notice: repairNotice,
    applications: z.array(application),
    deliveries: z.array(delivery),
  }),
};

export const getRepairNotice = {
  200: repairNotice,
};

export const inviteToRepair = {
  200: z.object({
    id: z.string(),
    invitedAt: z.date(),
    notice: repairNotice,
  }),
};

export const getCreditStatus = {
  200: z.object({
    uscc: z.string(),
    name: z.string(),
    asOf: z.string(),
    active: z.number(),
    records: z.array(
      z.object({
        id: z.string(),
        decisionNo: z.string(),
        departmentId: z.string(),
        departmentName: z.string().nullable(),
        decisionDate: z.string().nullable(),
        ...sanctionFields,
        status: z.literal('published'),
        ...publicityAndRepair,
      }),
    ),
  }),
};

export const applyForRepair = {
  201: application,
};

export const listApplications = {
  200: paged(z.object({ penalty, ...application.shape })),
};

export const getApplication = {
  200: z.object({
    application,
    penalty,
    ruleSet: z.object({ ...ruleSetRef, name: z.string() }),
    sideBySide: z.array(
      z.object({
        kind: proofKind,
        name: z.string(),
        required: z.boolean(),
        proof: proof.nullable(),
      }),
    ),
    deliveries: z.array(delivery),
  }),
};

export const gatherProofs = {
  200: application,
};

export const addProof = {
  200: application,
};

export const approveApplication = {
  200: application,
};

export const rejectApplication = {
  200: application,
};

export const listDeliveries = {
  200: countedPage(z.object({ platform: z.string(), status: outboxStatus, count: z.number() }), delivery),
};

export const resendDelivery = {
  200: delivery,
};

/** A rule set's current version with the departments it may be assigned to. */
const currentRuleSet = z.object({
  ...ruleSetRef,
  id: z.string(),
  name: z.string(),
  rules: ruleSetSchema,
  createdAt: z.date(),
  createdBy: z.string().nullable(),
  departments: z.array(z.object({ id: z.string(), code: z.string(), name: z.string(), assigned: z.boolean() })),
});

export const listRuleSets = { 200: listOf(currentRuleSet) };

/** One version of a rule set, with its note. */
const ruleSetVersion = z.object({
  id: z.string(),
  ...ruleSetRef,
  rules: ruleSetSchema,
  note: z.string().nullable(),
  createdAt: z.date(),
  createdBy: z.string().nullable(),
});

export const listRuleSetVersions = { 200: listOf(ruleSetVersion) };

export const createRuleSetVersion = {
  201: z.object({
    id: z.string(),
    code: z.string(),
    createdAt: z.date(),
    version: z.number(),
    createdBy: z.string().nullable(),
    rules: ruleSetSchema,
    note: z.string().nullable(),
  }),
};

export const assignRuleSet = {
  200: z.object({ departmentId: z.string(), code: z.string(), minorPublishReason: z.string().nullable() }),
};

/** The days a year's figures count (from, to). */
const period = z.object({ from: z.string(), to: z.string() });
/** Subjects and records repaired in a year, automatically or on application. */
const repairedCounts = z.object({
  subjects: z.number(),
  records: z.number(),
  automatic: z.number(),
  onApplication: z.number(),
});

export const getCreditFigures = {
  200: z.object({
    year: z.number(),
    currentYear: z.number(),
    periods: z.object({
      current: period,
      previous: period,
    }),
    publicityStopped: z.object({
      records: z.number(),
      subjects: z.number(),
      previousYear: z.object({ records: z.number(), subjects: z.number() }),
    }),
    repaired: z.object({
      previousYear: repairedCounts,
      subjectsYoY: z.number().nullable(),
      recordsYoY: z.number().nullable(),
      ...repairedCounts.shape,
    }),
    review: z.object({
      decided: z.number(),
      averageHours: z.number().nullable(),
      averageWorkingDays: z.number().nullable(),
      decidedLate: z.number(),
      pending: z.number(),
      awaitingProof: z.number(),
      overdue: z.number(),
    }),
    deliveries: z.array(z.object({ platform: z.string(), status: z.string(), count: z.number() })),
    multiPlatformSpared: z.object({ subjects: z.number(), records: z.number() }),
    activeRecords: z.number(),
  }),
};

export const getCreditGuide = {
  200: z.object({
    title: z.string(),
    ruleSets: z.array(
      z.object({
        ...ruleSetRef,
        name: z.string(),
        basis: z.string(),
        reviewWorkingDays: z.number(),
        classes: z.array(
          z.object({
            name: z.string(),
            published: z.boolean(),
            minimum: z.string().nullable(),
            maximum: z.string().nullable(),
            automatic: z.boolean(),
          }),
        ),
      }),
    ),
    steps: z.array(z.string()),
    faq: z.array(z.object({ q: z.string(), a: z.string() })),
    platforms: z.array(z.string()),
  }),
};

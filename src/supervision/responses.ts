/** The 2xx answers of the routes in routes.ts, as zod schemas (serialised and checked by the server, published in the OpenAPI document). */
import { z } from 'zod';
import { paged, binary } from '../platform/http/responses.js';
import { SIGNAL_KINDS } from './schema.js';
import { AS_OF } from '../platform/rollup/responses.js';

/** The enterprise a signal or case is about, with the link to its file. */
const enterpriseLink = z.object({
  id: z.string(),
  name: z.string().nullable(),
  uscc: z.string().nullable(),
  file: z.string().nullable(),
});
/** A supervision signal with its enterprise, inspection and department. */
const signal = z.object({
  id: z.string(),
  kind: z.enum(SIGNAL_KINDS),
  source: z.enum(['superior', 'hotline', 'code-monitoring', 'enterprise-feedback']),
  severity: z.enum(['low', 'medium', 'high']),
  status: z.enum(['case-opened', 'open', 'dismissed']),
  enterprise: enterpriseLink.nullable(),
  inspectionId: z.string().nullable(),
  inspection: z.object({ id: z.string(), link: z.string() }).nullable(),
  departmentId: z.string().nullable(),
  department: z.object({ id: z.string(), name: z.string().nullable() }).nullable(),
  detail: z.record(z.string(), z.unknown()),
  caseId: z.string().nullable(),
  dismissReason: z.string().nullable(),
  handledAt: z.string().nullable(),
  createdAt: z.string(),
});
/** A case as opened: its number, department and deadline. */
const openedCase = z.object({
  id: z.string(),
  caseNo: z.string(),
  departmentId: z.string(),
  dueDay: z.string(),
  dueAt: z.string(),
  status: z.literal('open'),
});

/** A case as its lists show it: source, department, enterprise, deadline and its clock. */
const caseSummary = z.object({
  id: z.string(),
  caseNo: z.string(),
  title: z.string(),
  instructions: z.string(),
  source: z.enum(['manual', 'superior', 'hotline', 'code-monitoring', 'enterprise-feedback']),
  signalKinds: z.array(z.string()),
  status: z.enum(['open', 'answered', 'returned', 'closed']),
  department: z.object({ id: z.string(), name: z.string().nullable() }),
  enterprise: enterpriseLink.nullable(),
  inspectionId: z.string().nullable(),
  workingDays: z.number(),
  openedAt: z.string(),
  dueDay: z.string(),
  dueAt: z.string(),
  overdue: z.boolean(),
  answeredAt: z.string().nullable(),
  answerCount: z.number(),
  returnCount: z.number(),
  completedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  closedOnTime: z.boolean().nullable(),
  remindedAt: z.string().nullable(),
  escalatedAt: z.string().nullable(),
});

export const listAlerts = {
  200: paged(signal),
};

export const listSignals = {
  200: paged(signal),
};

export const countSignals = {
  200: z.object({
    total: z.number(),
    open: z.number(),
    byKind: z.record(z.string(), z.object({ total: z.number(), open: z.number() })),
    byStatus: z.record(z.string(), z.number()),
    bySource: z.record(z.string(), z.number()),
    bySeverity: z.record(z.string(), z.number()),
  }),
};

export const dismissSignals = {
  200: z.object({
    dismissed: z.array(z.string()),
    skipped: z.array(z.object({ id: z.string(), reason: z.string() })),
  }),
};

export const openCasesFromSignals = {
  201: z.object({
    cases: z.array(openedCase),
  }),
};

export const listCases = {
  200: paged(caseSummary),
};

export const openCase = {
  201: openedCase,
};

export const getCase = {
  200: z.object({
    timeline: z.array(
      z.object({
        id: z.string(),
        kind: z.enum(['answered', 'returned', 'closed', 'opened', 'reminded', 'escalated']),
        at: z.string(),
        actor: z.object({ type: z.enum(['user', 'system']), id: z.string().nullable(), name: z.string() }),
        text: z.string().nullable(),
        files: z.array(
          z.object({
            id: z.string(),
            filename: z.string().nullable(),
            mime: z.string().nullable(),
            size: z.number().nullable(),
            sha256: z.string().nullable(),
            link: z.string(),
          }),
        ),
        detail: z.record(z.string(), z.unknown()),
      }),
    ),
    signals: z.array(signal),
    ...caseSummary.shape,
  }),
};

export const answerCase = {
  200: z.object({
    id: z.string(),
    status: z.literal('answered'),
    answeredAt: z.string(),
    files: z.array(z.string()),
  }),
};

export const returnCase = { 200: z.object({ id: z.string(), status: z.literal('returned') }) };

export const closeCase = {
  200: z.object({ id: z.string(), status: z.literal('closed'), closedOnTime: z.boolean() }),
};

export const getCaseFile = { 200: binary(['application/octet-stream']) };

/** How many cases a figure counts, how many were closed, how many of those in time, and that rate. */
const closureFigures = {
  total: z.number(),
  closed: z.number(),
  closedOnTime: z.number(),
  onTimeRate: z.number().nullable(),
};

export const getSupervisionFigures = {
  200: z.object({
    range: z.object({
      from: z.string().nullable(),
      to: z.string().nullable(),
      departmentId: z.string().nullable(),
      granularity: z.enum(['week', 'month']),
    }),
    cases: z.object({
      ...closureFigures,
      averageHandlingHours: z.number().nullable(),
      overdue: z.number(),
      bySource: z.object({
        manual: z.number(),
        superior: z.number(),
        hotline: z.number(),
        'code-monitoring': z.number(),
        'enterprise-feedback': z.number(),
      }),
      byStatus: z.object({
        open: z.number(),
        answered: z.number(),
        returned: z.number(),
        closed: z.number(),
      }),
      byDepartment: z.array(
        z.object({
          departmentId: z.string(),
          name: z.string().nullable(),
          ...closureFigures,
          overdue: z.number(),
          averageHandlingHours: z.number().nullable(),
        }),
      ),
    }),
    signals: z.object({
      total: z.number(),
      open: z.number(),
      byKind: z.object({
        'over-frequency': z.number(),
        'frequency-7d': z.number(),
        'frequency-30d': z.number(),
        complaint: z.number(),
        'late-result': z.number(),
        'low-rating': z.number(),
        'backfilled-code': z.number(),
        hotline: z.number(),
        assignment: z.number(),
        'rectification-overdue': z.number(),
      }),
    }),
    inspections: z.object({
      total: z.number(),
      enterprisesInspected: z.number(),
      perEnterprise: z.object({ '1': z.number(), '2': z.number(), '3': z.number(), '4+': z.number() }),
      repeatEnterprises: z.number(),
      perDepartment: z.array(
        z.object({
          departmentId: z.string(),
          name: z.string().nullable(),
          inspections: z.number(),
          enterprises: z.number(),
        }),
      ),
      topEnterprises: z.array(
        z.object({
          enterpriseId: z.string(),
          name: z.string(),
          uscc: z.string(),
          inspections: z.number(),
          departments: z.number(),
          first: z.string().nullable(),
          last: z.string().nullable(),
          byPeriod: z.record(z.string(), z.number()),
        }),
      ),
      perDepartmentTrend: z.array(
        z.object({
          period: z.string(),
          departmentId: z.string(),
          name: z.string().nullable(),
          inspections: z.number(),
        }),
      ),
    }),
    trend: z.array(
      z.object({
        period: z.string(),
        casesOpened: z.number(),
        casesClosed: z.number(),
        casesClosedOnTime: z.number(),
        signals: z.number(),
        inspections: z.number(),
      }),
    ),
    asOf: AS_OF,
  }),
};

export const exportSupervisionFigures = {
  200: binary(['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet']),
};

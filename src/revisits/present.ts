import { z } from 'zod';
import { SUBJECT_TYPES } from './rules/draw.js';
import { ANSWERS, type Answer } from './rules/questionnaire.js';
import { CHANNELS, REVISIT_STATUSES } from './schema.js';

const statusSchema = z.enum(REVISIT_STATUSES);
const channelSchema = z.enum(CHANNELS).nullable();

/** Response shapes of revisits' routes (the OpenAPI description is built from them). */
export const assignmentSchema = z.object({
  subjectType: z.enum(SUBJECT_TYPES),
  subjectId: z.string(),
  enterpriseUscc: z.string(),
  workTeamId: z.string(),
  assignedTeamId: z.string(),
});

const reasonSchema = z.object({ code: z.string() }).catchall(z.unknown());
export const teamRatioSchema = z.object({ teamId: z.string(), ratio: z.number(), reasons: z.array(reasonSchema) });
const perTeamSchema = z.object({ teamId: z.string(), population: z.number(), ratio: z.number(), drawn: z.number() });

export const drawResponse = z.object({
  id: z.uuid().optional(),
  seed: z.string(),
  period: z.string(),
  assignments: z.array(assignmentSchema),
  ratios: z.array(teamRatioSchema),
  perTeam: z.array(perTeamSchema),
  loads: z.record(z.string(), z.number()),
});

export const savedDrawResponse = z.object({
  id: z.uuid(),
  period: z.string(),
  seed: z.string(),
  baseRatio: z.number(),
  inputs: z.object({
    period: z.string(),
    ruleSet: z.object({ version: z.string() }),
    baseRatio: z.number(),
    ratios: z.array(teamRatioSchema),
    teamIds: z.array(z.string()),
    subjects: z.array(assignmentSchema.omit({ assignedTeamId: true })),
    populationHash: z.string(),
    perTeam: z.array(perTeamSchema),
    unattributed: z.number(),
  }),
  assignments: z.array(assignmentSchema),
  createdBy: z.string(),
  createdAt: z.string(),
});

export const drawListResponse = z.object({
  items: z.array(z.object({ id: z.string(), period: z.string(), seed: z.string(), baseRatio: z.number(), drawn: z.number(), population: z.number(), createdAt: z.string() })),
});

export const revisitRowSchema = z.object({
  id: z.string(),
  period: z.string(),
  drawId: z.string(),
  subjectType: z.enum(SUBJECT_TYPES),
  subjectId: z.string(),
  status: statusSchema,
  channel: channelSchema,
  satisfied: z.boolean().nullable(),
  problems: z.number(),
  followedUp: z.number(),
  revisitedAt: z.string().nullable(),
  workTeamId: z.string(),
  workTeam: z.string(),
  workDepartment: z.string(),
  assignedTeamId: z.string(),
  assignedTeam: z.string(),
  enterpriseUscc: z.string(),
  enterpriseName: z.string(),
});

const bilingual = { zh: z.string(), en: z.string() };
export const questionnaireSchema = z.object({
  version: z.string(),
  effectiveFrom: z.string(),
  source: z.string(),
  phoneScript: z.object(bilingual),
  standards: z.array(z.object({ code: z.string(), ...bilingual, indicators: z.array(z.object({ code: z.string(), ...bilingual })) })),
});

export const problemSchema = z.object({ indicator: z.string().nullable(), text: z.string(), followUp: z.object({ note: z.string(), by: z.string(), at: z.string() }).optional() });
const subjectSchema = z.object({ type: z.enum(SUBJECT_TYPES), at: z.string().nullable(), teamName: z.string(), departmentName: z.string() });

export const revisitDetailSchema = z.object({
  id: z.string(),
  period: z.string(),
  status: statusSchema,
  channel: channelSchema,
  subject: subjectSchema.extend({ id: z.string() }),
  enterprise: z.object({ uscc: z.string(), name: z.string(), legalRepresentative: z.string().nullable(), phone: z.string().nullable(), address: z.string().nullable() }),
  workTeamId: z.string(),
  assignedTeamId: z.string(),
  assignedTeam: z.string(),
  answers: z.record(z.string(), z.enum(ANSWERS as [Answer, ...Answer[]])).nullable(),
  satisfied: z.boolean().nullable(),
  comment: z.string().nullable(),
  problems: z.array(problemSchema),
  callRecord: z.object({ phone: z.string(), contact: z.string(), outcome: z.enum(['reached', 'no-answer', 'refused']), minutes: z.number().optional() }).nullable(),
  revisitedAt: z.string().nullable(),
  linkOpen: z.boolean(),
  questionnaire: questionnaireSchema,
});

export const onlineSchema = z.object({ enterpriseName: z.string(), subject: subjectSchema, expiresAt: z.string(), questionnaire: questionnaireSchema });

const watchPart = z.object({ code: z.string(), count: z.number(), weight: z.number(), points: z.number() });
const scored = { score: z.number(), level: z.enum(['high', 'medium', 'low']), parts: z.array(watchPart) };
export const watchListSchema = z.object({
  period: z.string(),
  ruleSet: z.object({ version: z.string(), source: z.string(), weights: z.record(z.string(), z.unknown()) }),
  enterprises: z.array(z.object({ enterpriseId: z.string(), uscc: z.string(), name: z.string(), ...scored })),
  teams: z.array(z.object({ teamId: z.string(), name: z.string(), department: z.string(), ...scored })),
});

const nullableRate = z.number().nullable();
export const figuresSchema = z.object({
  period: z.string(),
  revisits: z.number(),
  done: z.number(),
  pending: z.number(),
  enterprisesRevisited: z.number(),
  satisfied: z.number(),
  satisfaction: nullableRate,
  problems: z.object({ found: z.number(), followedUp: z.number() }),
  byChannel: z.record(z.string(), z.number()),
  byTeam: z.array(z.object({ teamId: z.string(), team: z.string(), revisits: z.number(), satisfied: z.number(), problems: z.number(), satisfaction: nullableRate })),
  byStandard: z.array(z.object({ code: z.string(), zh: z.string(), en: z.string(), yes: z.number(), answered: z.number(), rate: nullableRate })),
  trend: z.array(z.object({ period: z.string(), revisited: z.number(), satisfied: z.number(), enterprises: z.number(), satisfaction: nullableRate })),
});

export const ratiosSchema = z.object({ period: z.string(), basedOn: z.string(), ruleSet: z.object({ version: z.string() }), items: z.array(teamRatioSchema.extend({ team: z.string() })) });
export const teamsSchema = z.object({ items: z.array(z.object({ id: z.string(), name: z.string(), department: z.string() })) });

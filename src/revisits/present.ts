import { z } from 'zod';
import { SUBJECT_TYPES } from './rules/draw.js';

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

import { pgTable, text, uuid, timestamp, jsonb, index, uniqueIndex, boolean, doublePrecision } from 'drizzle-orm/pg-core';
import { enterpriseOwnedTable } from '../platform/db/enterprise-owned-table.js';
import type { DrawSubject, DrawAssignment } from './rules/draw.js';
import type { TeamRatio } from './rules/ratio.js';
import type { Answer } from './rules/questionnaire.js';

export const CHANNELS = ['phone', 'on-site', 'online', 'social'] as const;
export type Channel = (typeof CHANNELS)[number];
export const REVISIT_STATUSES = ['pending', 'done'] as const;

/** What a draw was made from, kept so that anyone can re-run it (G2). */
export interface DrawInputs {
  period: string;
  ruleSet: { version: string };
  baseRatio: number;
  /** The ratio of every team with work, with its reasons (G5). */
  ratios: TeamRatio[];
  /** Teams that could revisit (teams with active staff). */
  teamIds: string[];
  subjects: DrawSubject[];
  populationHash: string;
  perTeam: { teamId: string; population: number; ratio: number; drawn: number }[];
  /** Work of the period no team could be named for (not drawable). */
  unattributed: number;
}

/** G2 — a saved draw: its seed, inputs and assignments. */
export const revisitDraws = pgTable(
  'revisit_draw',
  {
    id: uuid('id').primaryKey(),
    period: text('period').notNull(),
    seed: text('seed').notNull(),
    baseRatio: doublePrecision('base_ratio').notNull(),
    inputs: jsonb('inputs').$type<DrawInputs>().notNull(),
    assignments: jsonb('assignments').$type<DrawAssignment[]>().notNull(),
    createdBy: uuid('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('revisit_draw_period_idx').on(t.period, t.createdAt)],
);

export interface RevisitProblem {
  /** The indicator answered "no", or null for a problem told in words. */
  indicator: string | null;
  text: string;
  followUp?: { note: string; by: string; at: string };
}

export interface CallRecord {
  phone: string;
  contact: string;
  outcome: 'reached' | 'no-answer' | 'refused';
  minutes?: number;
}

/**
 * G1, G3 — one revisit of one drawn subject, by the team it was assigned to. Enterprise data: keyed by
 * `(enterprise_id, id)`. The online link's one-time nonce lives here; answering consumes it.
 */
export const revisits = enterpriseOwnedTable(
  'revisit',
  {
    drawId: uuid('draw_id').notNull(),
    period: text('period').notNull(),
    subjectType: text('subject_type', { enum: ['inspection', 'case', 'complaint'] }).notNull(),
    subjectId: uuid('subject_id').notNull(),
    workTeamId: uuid('work_team_id').notNull(),
    assignedTeamId: uuid('assigned_team_id').notNull(),
    status: text('status', { enum: REVISIT_STATUSES }).notNull().default('pending'),
    channel: text('channel', { enum: CHANNELS }),
    questionnaireVersion: text('questionnaire_version'),
    answers: jsonb('answers').$type<Record<string, Answer>>(),
    satisfied: boolean('satisfied'),
    comment: text('comment'),
    problems: jsonb('problems').$type<RevisitProblem[]>().notNull().default([]),
    callRecord: jsonb('call_record').$type<CallRecord>(),
    revisitedBy: uuid('revisited_by'),
    revisitedAt: timestamp('revisited_at', { withTimezone: true }),
    linkNonce: text('link_nonce'),
    linkExpiresAt: timestamp('link_expires_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('revisit_id_idx').on(t.id),
    index('revisit_draw_idx').on(t.drawId),
    index('revisit_assigned_idx').on(t.assignedTeamId, t.status),
    index('revisit_period_idx').on(t.period, t.status),
    // A subject is revisited once a period, whatever number of draws named it.
    uniqueIndex('revisit_subject_key').on(t.enterpriseId, t.period, t.subjectType, t.subjectId),
  ],
);

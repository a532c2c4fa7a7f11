/**
 * D5 — the explanation of a penalty decision as the enterprise (and the deciding department) reads it beside the
 * penalty: facts, the legal provision, the standard, the discretion applied, and the ways to challenge with their
 * last days, computed now from the rule set (`rules/challenge.ts`) and the working-day calendar's rest days. The
 * penalty is read through credit's `loadPenalty`, in the caller's credit scope (out of scope: 404).
 */
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db, DbOrTx } from '../platform/db/client.js';
import type { Ctx } from '../platform/policy/actor.js';
import { AppError } from '../platform/errors/app-error.js';
import { loadCalendar } from '../calendar/index.js';
import { isWorkingDay } from '../calendar/index.js';
import { loadPenalty } from '../credit/index.js';
import { challengeRoutes, type ChallengeRoutes } from './rules/challenge.js';
import { decisionExplanations } from './schema.js';

const route = z.object({
  lastDay: z.string(),
  daysLeft: z.number().int(),
  open: z.boolean(),
  basis: z.string(),
});
export const challengeSchema = z.object({
  ruleSetVersion: z.number().int(),
  knownOn: z.string(),
  review: route.extend({ days: z.number().int() }),
  litigation: route.extend({ months: z.number().int() }),
  afterReview: z.object({ days: z.number().int(), basis: z.string() }),
  counting: z.string(),
});

export const explanationSchema = z.object({
  penaltyId: z.uuid(),
  decisionNo: z.string(),
  decisionDate: z.string(),
  departmentName: z.string(),
  enterpriseName: z.string(),
  facts: z.string(),
  provision: z.string(),
  standard: z.string(),
  discretion: z.string(),
  servedOn: z.string(),
  reviewBody: z.string(),
  court: z.string(),
  challenge: challengeSchema,
  updatedAt: z.string(),
});

/** Rest days (法定休假日) as the working-day calendar in force says: weekends and public holidays, not adjusted working days. */
export async function restDays(db: DbOrTx): Promise<(day: string) => boolean> {
  const cal = await loadCalendar(db);
  return (day) => !isWorkingDay(day, cal);
}

export async function challengeFor(
  db: DbOrTx,
  ctx: Ctx,
  decisionDate: string,
  servedOn: string | null,
): Promise<ChallengeRoutes> {
  return challengeRoutes({ decisionDate, servedOn, now: ctx.now }, await restDays(db));
}

export async function getExplanation(
  db: Db,
  ctx: Ctx,
  penaltyId: string,
): Promise<z.infer<typeof explanationSchema>> {
  const p = await loadPenalty(db, ctx, penaltyId);
  const [e] = await db
    .select()
    .from(decisionExplanations)
    .where(
      and(
        eq(decisionExplanations.enterpriseId, p.record.enterpriseId),
        eq(decisionExplanations.penaltyId, penaltyId),
      ),
    );
  if (!e) throw new AppError(404, 'explanation-not-found');
  return {
    penaltyId,
    decisionNo: p.record.decisionNo,
    decisionDate: p.record.decisionDate,
    departmentName: p.department.name,
    enterpriseName: p.enterprise.name,
    facts: e.facts,
    provision: e.provision,
    standard: e.standard,
    discretion: e.discretion,
    servedOn: e.servedOn,
    reviewBody: e.reviewBody,
    court: e.court,
    challenge: await challengeFor(db, ctx, p.record.decisionDate, e.servedOn),
    updatedAt: e.updatedAt.toISOString(),
  };
}

/** What the ways to challenge would say for a decision of the department served on a day (the officer's form). */
export async function previewChallenge(
  db: Db,
  ctx: Ctx,
  penaltyId: string,
  servedOn?: string,
): Promise<ChallengeRoutes> {
  const p = await loadPenalty(db, ctx, penaltyId);
  return challengeFor(db, ctx, p.record.decisionDate, servedOn ?? null);
}

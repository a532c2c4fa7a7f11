import { z } from 'zod';
import { binary } from '../platform/http/responses.js';
import { PERIOD_PATTERN } from './rules/period.js';
import { revisitPolicies as P } from './policy.js';
import { listQuery, listRevisits } from './list-revisits.js';
import { getRevisit } from './get-revisit.js';
import { recordInput, recordRevisit } from './record-revisit.js';
import { assignRevisit } from './assign-revisit.js';
import { followUpProblem } from './follow-up.js';
import { issueLink, readOnlineQuestionnaire, submitOnline } from './online-link.js';
import { answersInput } from './answers-input.js';
import { revisitFigures } from './revisit-figures.js';
import { watchList } from './watch-list-read.js';
import { exportWatchList } from './export-watch-list.js';
import { nextRatios, revisitTeamList } from './next-ratios.js';
import { questionnaireAt } from './rules/questionnaire.js';
import { chinaDayOf } from '../calendar/index.js';
import { XLSX_CONTENT_TYPE, sendXlsx } from '../platform/http/download.js';
import { figuresSchema, onlineSchema, problemSchema, questionnaireSchema, ratiosSchema, revisitDetailSchema, revisitRowSchema, teamsSchema, watchListSchema } from './present.js';
import { defineRoutes, idParams } from '../platform/http/route.js';
import { operationRoutes } from '../platform/http/operation-route.js';
import type { Db } from '../platform/db/client.js';
import type { Ctx } from '../platform/policy/actor.js';

const tokenParams = z.object({ token: z.string().min(10).max(400) });
const periodQuery = z.object({ period: z.string().regex(PERIOD_PATTERN).optional() });
const tags = ['revisits'];

/** The operation of a route on one period (`?period=`, the current period when left out), which takes the period alone. */
const ofPeriod =
  <T>(operation: (db: Db, ctx: Ctx, period?: string) => Promise<T>) =>
  (db: Db, ctx: Ctx, query: z.output<typeof periodQuery>) =>
    operation(db, ctx, query.period);

/** The revisits themselves: work list, questionnaire, channels, the online link, follow-up, watch list, figures. */
export const revisitWorkRoutes = defineRoutes(tags, ({ route, db, deps }) => {
  const op = operationRoutes(route, db);
  const link = { secret: deps.config.revisitLinkSecret, publicBaseUrl: deps.config.publicBaseUrl };

  route.get('/api/revisits/questionnaire', {
    policy: P.work,
    operationId: 'getRevisitQuestionnaire',
    summary: 'The questionnaire in force: eight standards, their indicators, the phone script (G1)',
    response: { 200: questionnaireSchema },
  }, async (req) => questionnaireAt(chinaDayOf(req.ctx.now)));

  route.get('/api/revisits/teams', {
    policy: P.work,
    operationId: 'listRevisitTeams',
    summary: 'Teams that can revisit (teams with active staff)',
    response: { 200: teamsSchema },
  }, async () => ({ items: await revisitTeamList(db) }));

  op.list('/api/revisits', {
    policy: P.work,
    operationId: 'listRevisits',
    summary: 'The work list: every revisit (supervisor) or those assigned to the caller’s team (officer)',
    querystring: listQuery,
    response: { 200: z.object({ items: z.array(revisitRowSchema) }) },
  }, listRevisits);

  op.get('/api/revisits/figures', {
    policy: P.figures,
    operationId: 'getRevisitFigures',
    summary: 'G6 figures of a period: enterprises revisited, satisfaction by team and standard, problems found and followed up, trend',
    querystring: periodQuery,
    response: { 200: figuresSchema },
  }, ofPeriod(revisitFigures));

  op.get('/api/revisits/watch-list', {
    policy: P.watch,
    operationId: 'getRevisitWatchList',
    summary: 'G4 risk watch list of a period: enterprises and teams scored from 12345 complaints, inspections and penalties, each score with its parts',
    querystring: periodQuery,
    response: { 200: watchListSchema },
  }, ofPeriod(watchList));

  route.get('/api/revisits/watch-list/export', {
    policy: P.watch,
    operationId: 'exportRevisitWatchList',
    summary: 'The watch list as .xlsx',
    querystring: periodQuery,
    response: { 200: binary([XLSX_CONTENT_TYPE], 'The watch list (.xlsx)') },
  }, async (req, reply) => {
    const buf = await exportWatchList(db, req.ctx, req.query.period);
    return sendXlsx(reply, buf, { ascii: `revisit-watch-list-${req.query.period ?? 'current'}.xlsx` });
  });

  op.get('/api/revisits/ratios', {
    policy: P.figures,
    operationId: 'getRevisitRatios',
    summary: 'G5 each team’s ratio for a period from its results in the one before, with reasons',
    querystring: periodQuery,
    response: { 200: ratiosSchema },
  }, ofPeriod(nextRatios));

  op.get('/api/revisits/:id', {
    policy: P.work,
    operationId: 'getRevisit',
    summary: 'One revisit with the enterprise’s contact (audited), the subject and the questionnaire',
    response: { 200: revisitDetailSchema },
  }, getRevisit);

  op.post('/api/revisits/:id/record', {
    policy: P.record,
    operationId: 'recordRevisit',
    summary: 'Record a revisit by phone (with the call record), on site or from social feedback (G1, G3)',
    body: recordInput,
    response: { 200: z.object({ id: z.string(), status: z.literal('done'), problems: z.number() }) },
  }, recordRevisit);

  route.post('/api/revisits/:id/assign', {
    policy: P.assign,
    operationId: 'assignRevisit',
    summary: 'Hand a pending revisit to another team (never the team whose work it is)',
    params: idParams,
    body: z.object({ teamId: z.uuid() }),
    response: { 200: z.object({ id: z.string(), assignedTeamId: z.string() }) },
  }, async (req) => assignRevisit(db, req.ctx, req.params.id, req.body.teamId));

  route.post('/api/revisits/:id/problems/:index/follow-up', {
    policy: P.followUp,
    operationId: 'followUpRevisitProblem',
    summary: 'Record the follow-up of a problem found (1-based index)',
    params: z.object({ id: z.uuid(), index: z.coerce.number().int().min(1).max(100) }),
    body: z.object({ note: z.string().trim().min(1).max(1000) }),
    response: { 200: z.object({ id: z.string(), problems: z.array(problemSchema) }) },
  }, async (req) => followUpProblem(db, req.ctx, req.params.id, req.params.index - 1, req.body.note));

  route.post('/api/revisits/:id/link', {
    policy: P.record,
    operationId: 'issueRevisitLink',
    summary: 'Issue the signed one-time link to the online questionnaire (G3); a new link replaces the last',
    params: idParams,
    response: { 201: z.object({ token: z.string(), url: z.string(), expiresAt: z.string() }) },
  }, async (req, reply) => reply.status(201).send(await issueLink(db, link, req.ctx, req.params.id)));

  route.get('/api/revisits/online/:token', {
    policy: P.online,
    operationId: 'openRevisitQuestionnaire',
    summary: 'The enterprise opens the online questionnaire (no sign-in; signed one-time link)',
    params: tokenParams,
    response: { 200: onlineSchema },
  }, async (req) => readOnlineQuestionnaire(db, link.secret, req.ctx, req.params.token));

  route.post('/api/revisits/online/:token', {
    policy: P.online,
    operationId: 'answerRevisitQuestionnaire',
    summary: 'The enterprise answers; the link is used up',
    params: tokenParams,
    body: answersInput,
    response: { 200: z.object({ status: z.literal('done') }) },
  }, async (req) => submitOnline(db, link.secret, req.ctx, req.params.token, req.body));
});

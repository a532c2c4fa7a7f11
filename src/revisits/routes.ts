import { revisitPolicies as P } from './policy.js';
import { drawInput, drawPeriodRevisits } from './draw-revisits.js';
import { getDraw, listDraws } from './get-draw.js';
import { drawListResponse, drawResponse, savedDrawResponse } from './present.js';
import { revisitWorkRoutes } from './routes-work.js';
import { defineRoutes } from '../platform/http/route.js';
import { operationRoutes } from '../platform/http/operation-route.js';


export const revisitRoutes = defineRoutes(['revisits'], async ({ route, db, deps, app }) => {
  const op = operationRoutes(route, db);
  route.post('/api/revisits/draws', {
    policy: P.draw,
    operationId: 'drawRevisits',
    summary: 'Draw the period’s revisits (G2): each team’s work at its ratio, seeded, cross-assigned; 201, or 200 for a dry run (nothing saved)',
    description:
      'From the period’s inspections, supervision case files and enforcement-related 12345 complaints. The same period and seed (over the same data) give the same assignments; no team is assigned its own work; loads across teams stay within one of each other where possible. `ratio` is the base ratio; teams weaker last period get more (G5, reasons in `ratios`).',
    body: drawInput,
    response: { 200: drawResponse, 201: drawResponse },
  }, async (req, reply) => {
    const out = await drawPeriodRevisits(db, req.ctx, req.body);
    return reply.status(req.body.dryRun ? 200 : 201).send(out);
  });

  op.list('/api/revisits/draws', {
    policy: P.readDraw,
    operationId: 'listRevisitDraws',
    summary: 'Saved draws, newest first',
    response: { 200: drawListResponse },
  }, listDraws);

  op.get('/api/revisits/draws/:id', {
    policy: P.readDraw,
    operationId: 'getRevisitDraw',
    summary: 'A saved draw: its seed, inputs and assignments',
    response: { 200: savedDrawResponse },
  }, getDraw);
  await revisitWorkRoutes(app, deps);
});

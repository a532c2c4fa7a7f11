import { z } from 'zod';
import type { RegisterRoutes } from '../platform/http/types.js';
import { requireUser } from '../platform/policy/policy.js';
import { applyForCode, applyInput } from './apply-for-code.js';
import { listInspections } from './list-inspections.js';
import { getInspection } from './get-inspection.js';
import { revokeInspection } from './revoke-inspection.js';
import { presentInspection } from './present.js';
import { recordResult, resultInput } from './record-result.js';
import { evaluateInspection, evaluationInput } from './evaluate-inspection.js';
import { confirmArrival } from './confirm-arrival.js';
import { complainAboutInspection, complaintInput } from './complain-about-inspection.js';
import { uploadPhoto, PHOTO_MAX_MB } from './upload-photo.js';
import { describeDraw, listRandomDraws, randomDrawInput, runRandomDraw } from './run-random-draw.js';
import { assertDepartment } from '../platform/policy/policy.js';
import { inspectionFigures } from './figures.js';
import { setAnnualCap } from './set-annual-cap.js';
import { precheckApplication } from './precheck.js';
import { provinceRuleSets } from './rule-config.js';
import { inspectionPolicies as P } from './policy.js';
import * as R from './responses.js';
import { pagingFields } from '../platform/http/paging.js';
import { readUpload } from '../platform/http/upload.js';
import { sniffImage } from '../files/index.js';

const idParams = z.object({ id: z.uuid() });

export const inspectionRoutes: RegisterRoutes = (app, deps) => {
  const { db } = deps.database;
  // A province's rule-set file that does not parse stops the server here, not at the first application.
  provinceRuleSets(deps.config);

  app.post(
    '/api/inspections',
    { config: { policy: P.apply },
      schema: { operationId: 'applyForInspectionCode', response: R.applyForInspectionCode,
        tags: ['inspections'],
        summary: 'Apply for an inspection code (A2–A5, A9)',
        description:
          'The numbers are those of the part A rule set in force (built in: 7 days; a province may override them), named in the answer as ruleSet {id, version}. Planned codes: at most one per enterprise in any planned window (7 days) across all departments (409 planned-frequency-limit naming the existing code, which may be joined with joinInspectionId). Triggered codes pass with an over-frequency warning. At least two officers with certificates valid through the window and covering the field. Returns joint-visit proposals when another department visits within the joint window (7 days).',
        body: applyInput,
      },
    },
    async (req, reply) => reply.status(201).send(await applyForCode(deps, req.ctx, req.body)),
  );

  app.get(
    '/api/inspections',
    { config: { policy: P.list },
      schema: { operationId: 'listInspections', response: R.listInspections,
        tags: ['inspections'],
        summary: 'Inspections in the caller’s scope',
        querystring: z.object({
          status: z.enum(['issued', 'revoked', 'done']).optional(),
          kind: z.enum(['planned', 'triggered']).optional(),
          enterpriseUscc: z.string().max(32).optional(),
          from: z.coerce.date().optional(),
          to: z.coerce.date().optional(),
          mine: z.stringbool().optional(),
          ...pagingFields(),
        }),
      },
    },
    async (req) => {
      requireUser(req.ctx.actor);
      const { total, rows } = await listInspections(db, req.ctx.actor, req.query);
      return { items: rows.map((r) => presentInspection(r.i, { name: r.enterpriseName, uscc: r.uscc }, { actor: req.ctx.actor, now: req.ctx.now, evaluatedAt: r.evaluatedAt })), total, page: req.query.page, pageSize: req.query.pageSize };
    },
  );

  app.get('/api/inspections/:id', { config: { policy: P.get }, schema: { operationId: 'getInspection', response: R.getInspection, tags: ['inspections'], summary: 'One inspection', params: idParams } }, async (req) => {
    requireUser(req.ctx.actor);
    const r = await getInspection(db, req.ctx, req.params.id);
    return presentInspection(r.i, { name: r.enterpriseName, uscc: r.uscc }, { actor: req.ctx.actor, now: req.ctx.now, evaluatedAt: r.evaluatedAt });
  });

  app.post(
    '/api/inspections/:id/revoke',
    { config: { policy: P.revoke }, schema: { operationId: 'revokeInspection', response: R.revokeInspection, tags: ['inspections'], summary: 'Revoke a code, with a reason', params: idParams, body: z.object({ reason: z.string().trim().min(2).max(500) }) } },
    async (req, reply) => {
      await revokeInspection(db, req.ctx, req.params.id, req.body.reason);
      return reply.status(204).send();
    },
  );

  app.post(
    '/api/inspections/:id/result',
    { config: { policy: P.recordResult }, schema: { operationId: 'recordInspectionResult', response: R.recordInspectionResult, tags: ['inspections'], summary: 'Record the outcome (A7); late results are flagged for supervision', params: idParams, body: resultInput } },
    async (req) => recordResult(db, req.ctx, req.params.id, req.body),
  );

  app.post(
    '/api/inspections/:id/photos',
    { config: { policy: P.uploadPhoto }, schema: { operationId: 'uploadInspectionPhoto', response: R.uploadInspectionPhoto, tags: ['inspections'], summary: `Upload a result photo (multipart field "file"; JPEG/PNG/WebP, ≤ ${PHOTO_MAX_MB} MB)`, params: idParams, consumes: ['multipart/form-data'] } },
    async (req, reply) => {
      const photo = await readUpload(req, { maxMb: PHOTO_MAX_MB, sniff: (_, data) => sniffImage(data), codes: { tooLarge: 'photo-too-large', wrongType: 'photo-type' } });
      return reply.status(201).send(await uploadPhoto(db, req.ctx, req.params.id, photo));
    },
  );

  app.post(
    '/api/inspections/:id/evaluation',
    { config: { policy: P.evaluate }, schema: { operationId: 'evaluateInspection', response: R.evaluateInspection, tags: ['inspections'], summary: 'The enterprise rates the visit once (A8): overall, 规范, 廉洁, 效率, 服务 (1–5)', params: idParams, body: evaluationInput } },
    async (req, reply) => {
      await evaluateInspection(db, req.ctx, req.params.id, req.body);
      return reply.status(201).send({ ok: true });
    },
  );

  app.post(
    '/api/inspections/:id/complaint',
    { config: { policy: P.complain }, schema: { operationId: 'complainAboutInspection', response: R.complainAboutInspection, tags: ['inspections'], summary: 'The enterprise complains about misconduct (A8)', params: idParams, body: complaintInput } },
    async (req, reply) => reply.status(201).send(await complainAboutInspection(db, req.ctx, req.params.id, req.body)),
  );

  app.post(
    '/api/inspections/:id/arrival',
    { config: { policy: P.confirmArrival }, schema: { operationId: 'confirmInspectionArrival', response: R.confirmInspectionArrival, tags: ['inspections'], summary: 'The enterprise confirms the officers’ arrival (A6)', params: idParams } },
    async (req) => confirmArrival(db, req.ctx, req.params.id),
  );

  app.post(
    '/api/inspections/random-draws',
    { config: { policy: P.runRandomDraw }, schema: { operationId: 'runRandomDraw', response: R.runRandomDraw, tags: ['inspections'], summary: '双随机: draw enterprises and officer pairs, reproducibly from a recorded seed', body: randomDrawInput } },
    async (req, reply) => reply.status(201).send(await runRandomDraw(db, req.ctx, req.body)),
  );

  app.get('/api/inspections/random-draws', { config: { policy: P.listRandomDraws }, schema: { operationId: 'listRandomDraws', response: R.listRandomDraws, tags: ['inspections'], summary: 'Random draws in scope' } }, async (req) => ({ items: await listRandomDraws(db, req.ctx) }));

  app.get('/api/inspections/random-draws/:id', { config: { policy: P.getRandomDraw }, schema: { operationId: 'getRandomDraw', response: R.getRandomDraw, tags: ['inspections'], summary: 'One random draw', params: idParams } }, async (req) => {
    requireUser(req.ctx.actor);
    const d = await describeDraw(db, req.params.id);
    assertDepartment(req.ctx.actor, d.departmentId);
    return d;
  });

  app.get(
    '/api/inspections/figures',
    { config: { policy: P.figures }, schema: { operationId: 'getInspectionFigures', response: R.getInspectionFigures, tags: ['inspections'], summary: 'Part A figures: joint visits, visits avoided, satisfaction rate, codes by status, warnings', querystring: z.object({ from: z.coerce.date().optional(), to: z.coerce.date().optional() }) } },
    async (req) => {
      requireUser(req.ctx.actor);
      return inspectionFigures(db, req.ctx.actor, req.query, req.ctx.now);
    },
  );

  app.put(
    '/api/inspections/annual-caps/:departmentId',
    { config: { policy: P.setAnnualCap },
      schema: { operationId: 'setAnnualCap', response: R.setAnnualCap,
        tags: ['inspections'],
        summary: 'Set a department’s annual cap of planned inspections per enterprise (null = none; triggered inspections are exempt)',
        params: z.object({ departmentId: z.uuid() }),
        body: z.object({ annualCap: z.number().int().min(1).max(365).nullable() }),
      },
    },
    async (req) => setAnnualCap(db, req.ctx, req.params.departmentId, req.body.annualCap),
  );

  app.get(
    '/api/inspections/precheck',
    { config: { policy: P.precheck },
      schema: { operationId: 'precheckInspection', response: R.precheckInspection,
        tags: ['inspections'],
        summary: 'What an application would say, before submitting: A3 conflict, over-frequency, A9 alerts, joint proposals (all departments)',
        querystring: z.object({
          enterpriseUscc: z.string().trim().min(1).max(32),
          kind: z.enum(['planned', 'triggered']),
          start: z.coerce.date(),
          /** The window's end (A3 compares windows); absent: the start. */
          end: z.coerce.date().optional(),
        }),
      },
    },
    async (req) => precheckApplication(deps, req.ctx, req.query),
  );
};

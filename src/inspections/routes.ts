import { z } from 'zod';
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
import { pageAnswer, pagingFields } from '../platform/http/paging.js';
import { readUpload } from '../platform/http/upload.js';
import { sniffImage } from '../files/index.js';
import { defineRoutes, idParams } from '../platform/http/route.js';
import { operationRoutes } from '../platform/http/operation-route.js';


export const inspectionRoutes = defineRoutes(['inspections'], ({ route, db, deps }) => {
  const op = operationRoutes(route, db);
  // A province's rule-set file that does not parse stops the server here, not at the first application.
  provinceRuleSets(deps.config);

  route.post('/api/inspections', {
    policy: P.apply,
    operationId: 'applyForInspectionCode',
    summary: 'Apply for an inspection code (A2–A5, A9)',
    description:
      'The numbers are those of the part A rule set in force (built in: 7 days; a province may override them), named in the answer as ruleSet {id, version}. Planned codes: at most one per enterprise in any planned window (7 days) across all departments (409 planned-frequency-limit naming the existing code, which may be joined with joinInspectionId). Triggered codes pass with an over-frequency warning. At least two officers with certificates valid through the window and covering the field. Returns joint-visit proposals when another department visits within the joint window (7 days).',
    body: applyInput,
    response: R.applyForInspectionCode,
  }, async (req, reply) => reply.status(201).send(await applyForCode(deps, req.ctx, req.body)));

  route.get('/api/inspections', {
    policy: P.list,
    operationId: 'listInspections',
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
    response: R.listInspections,
  }, async (req) => {
    const { total, rows } = await listInspections(db, req.ctx.actor, req.query);
    return pageAnswer(req.query, total, rows.map((r) => presentInspection(r.i, { name: r.enterpriseName, uscc: r.uscc }, { actor: req.ctx.actor, now: req.ctx.now, evaluatedAt: r.evaluatedAt })));
  });

  route.get('/api/inspections/:id', {
    policy: P.get,
    operationId: 'getInspection',
    summary: 'One inspection',
    params: idParams,
    response: R.getInspection,
  }, async (req) => {
    const r = await getInspection(db, req.ctx, req.params.id);
    return presentInspection(r.i, { name: r.enterpriseName, uscc: r.uscc }, { actor: req.ctx.actor, now: req.ctx.now, evaluatedAt: r.evaluatedAt });
  });

  op.post('/api/inspections/:id/revoke', {
    policy: P.revoke,
    operationId: 'revokeInspection',
    summary: 'Revoke a code, with a reason',
    body: z.object({ reason: z.string().trim().min(2).max(500) }),
    response: R.revokeInspection,
  }, revokeInspection);

  op.post('/api/inspections/:id/result', {
    policy: P.recordResult,
    operationId: 'recordInspectionResult',
    summary: 'Record the outcome (A7); late results are flagged for supervision',
    body: resultInput,
    response: R.recordInspectionResult,
  }, recordResult);

  route.post('/api/inspections/:id/photos', {
    policy: P.uploadPhoto,
    operationId: 'uploadInspectionPhoto',
    summary: `Upload a result photo (multipart field "file"; JPEG/PNG/WebP, ≤ ${PHOTO_MAX_MB} MB)`,
    params: idParams,
    consumes: ['multipart/form-data'],
    response: R.uploadInspectionPhoto,
  }, async (req, reply) => {
    const photo = await readUpload(req, { maxMb: PHOTO_MAX_MB, sniff: (_, data) => sniffImage(data), codes: { tooLarge: 'photo-too-large', wrongType: 'photo-type' } });
    return reply.status(201).send(await uploadPhoto(db, req.ctx, req.params.id, photo));
  });

  route.post('/api/inspections/:id/evaluation', {
    policy: P.evaluate,
    operationId: 'evaluateInspection',
    summary: 'The enterprise rates the visit once (A8): overall, 规范, 廉洁, 效率, 服务 (1–5)',
    params: idParams,
    body: evaluationInput,
    response: R.evaluateInspection,
  }, async (req, reply) => {
    await evaluateInspection(db, req.ctx, req.params.id, req.body);
    return reply.status(201).send({ ok: true });
  });

  op.post('/api/inspections/:id/complaint', {
    policy: P.complain,
    operationId: 'complainAboutInspection',
    summary: 'The enterprise complains about misconduct (A8)',
    body: complaintInput,
    response: R.complainAboutInspection,
  }, complainAboutInspection);

  op.post('/api/inspections/:id/arrival', {
    policy: P.confirmArrival,
    operationId: 'confirmInspectionArrival',
    summary: 'The enterprise confirms the officers’ arrival (A6)',
    response: R.confirmInspectionArrival,
  }, confirmArrival);

  op.post('/api/inspections/random-draws', {
    policy: P.runRandomDraw,
    operationId: 'runRandomDraw',
    summary: '双随机: draw enterprises and officer pairs, reproducibly from a recorded seed',
    body: randomDrawInput,
    response: R.runRandomDraw,
  }, runRandomDraw);

  op.list('/api/inspections/random-draws', {
    policy: P.listRandomDraws,
    operationId: 'listRandomDraws',
    summary: 'Random draws in scope',
    response: R.listRandomDraws,
  }, listRandomDraws);

  route.get('/api/inspections/random-draws/:id', {
    policy: P.getRandomDraw,
    operationId: 'getRandomDraw',
    summary: 'One random draw',
    params: idParams,
    response: R.getRandomDraw,
  }, async (req) => {
    const d = await describeDraw(db, req.params.id);
    assertDepartment(req.ctx.actor, d.departmentId);
    return d;
  });

  route.get('/api/inspections/figures', {
    policy: P.figures,
    operationId: 'getInspectionFigures',
    summary: 'Part A figures: joint visits, visits avoided, satisfaction rate, codes by status, warnings',
    querystring: z.object({ from: z.coerce.date().optional(), to: z.coerce.date().optional() }),
    response: R.getInspectionFigures,
  }, async (req) => inspectionFigures(db, req.ctx.actor, req.query, req.ctx.now));

  route.put('/api/inspections/annual-caps/:departmentId', {
    policy: P.setAnnualCap,
    operationId: 'setAnnualCap',
    summary: 'Set a department’s annual cap of planned inspections per enterprise (null = none; triggered inspections are exempt)',
    params: z.object({ departmentId: z.uuid() }),
    body: z.object({ annualCap: z.number().int().min(1).max(365).nullable() }),
    response: R.setAnnualCap,
  }, async (req) => setAnnualCap(db, req.ctx, req.params.departmentId, req.body.annualCap));

  route.get('/api/inspections/precheck', {
    policy: P.precheck,
    operationId: 'precheckInspection',
    summary: 'What an application would say, before submitting: A3 conflict, over-frequency, A9 alerts, joint proposals (all departments)',
    querystring: z.object({
      enterpriseUscc: z.string().trim().min(1).max(32),
      kind: z.enum(['planned', 'triggered']),
      start: z.coerce.date(),
      /** The window's end (A3 compares windows); absent: the start. */
      end: z.coerce.date().optional(),
    }),
    response: R.precheckInspection,
  }, async (req) => precheckApplication(deps, req.ctx, req.query));
});

/**
 * F — proof-free service routes under /api/proof-free/. Thin: parse → policy (the route's door) → one operation.
 */
import { z } from 'zod';
import { binary } from '../platform/http/responses.js';
import type { RegisterRoutes } from '../platform/http/types.js';
import { readUpload } from '../platform/http/upload.js';
import { XLSX_CONTENT_TYPE } from '../enterprises/index.js';
import { proofFreePolicies as P } from './policy.js';
import { catalogFigures } from './catalog-figures.js';
import { figureDetails } from './figure-details.js';
import { listProofKinds } from './list-proof-kinds.js';
import { listCatalog } from './list-catalog.js';
import { importCatalog } from './import-catalog.js';
import { exportCatalog } from './export-catalog.js';
import { listInterfaces } from './list-interfaces.js';
import { verificationInput, verifyProof } from './verify-proof.js';
import { listVerifications } from './list-verifications.js';
import { getReceipt } from './get-receipt.js';
import { assistInput, requestAssist } from './request-assist.js';
import { assistAnswerInput, answerAssist } from './answer-assist.js';
import { listAssists } from './list-assists.js';
import { commitmentInput, signCommitment } from './sign-commitment.js';
import { listCommitments } from './list-commitments.js';
import { drawSpotCheck, spotCheckInput } from './draw-spot-check.js';
import { checkCommitment, checkInput } from './check-commitment.js';
import { EXEMPTION_RULES } from './rules/exemption.js';

const tags = ['proof-free'];
const items = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) });
const loose = z.looseObject({ id: z.string() });

export const proofFreeRoutes: RegisterRoutes = (app, deps) => {
  const { db } = deps.database;

  app.get(
    '/api/proof-free/figures',
    {
      config: { policy: P.read },
      schema: {
        operationId: 'proofFreeFigures',
        tags,
        summary:
          'Exemption figures of the catalog: {materials, exempt, exemptionRate = exempt ÷ materials}, counted from the rows',
        response: {
          200: z.object({ materials: z.number().int(), exempt: z.number().int(), exemptionRate: z.number() }),
        },
      },
    },
    (req) => catalogFigures(db, req.ctx),
  );

  app.get(
    '/api/proof-free/figures/detail',
    {
      config: { policy: P.read },
      schema: {
        operationId: 'proofFreeFigureDetails',
        tags,
        summary:
          'Exemption rate by department, item and rule, its monthly trend; verifications by channel; 协查 on time; commitments checked and false',
        response: {
          200: z.looseObject({ byDepartment: z.array(z.looseObject({})), trend: z.array(z.looseObject({})) }),
        },
      },
    },
    (req) => figureDetails(db, req.ctx),
  );

  app.get(
    '/api/proof-free/proof-kinds',
    {
      config: { policy: P.read },
      schema: {
        operationId: 'listProofKinds',
        tags,
        summary:
          'The proof kinds a verification may ask for, with the interface answering each (or the holding department)',
        response: {
          200: items(z.looseObject({ code: z.string(), name: z.string(), legalBasis: z.string() })),
        },
      },
    },
    async (req) => ({ items: await listProofKinds(db, req.ctx) }),
  );

  app.get(
    '/api/proof-free/catalog',
    {
      config: { policy: P.read },
      schema: {
        operationId: 'listProofCatalog',
        tags,
        summary:
          'Service items and their proof materials, each classed by the three exemption rules or still required',
        querystring: z.object({
          departmentId: z.uuid().optional(),
          rule: z.enum(EXEMPTION_RULES).optional(),
          q: z.string().trim().max(100).optional(),
        }),
        response: { 200: items(loose) },
      },
    },
    async (req) => ({ items: await listCatalog(db, req.ctx, req.query) }),
  );

  app.get(
    '/api/proof-free/catalog/export',
    {
      config: { policy: P.read },
      schema: {
        operationId: 'exportProofCatalog',
        tags,
        summary: 'The catalog as .xlsx, with the columns of the import',
        response: { 200: binary([XLSX_CONTENT_TYPE], 'The catalog (.xlsx)') },
      },
    },
    async (req, reply) => {
      const data = await exportCatalog(db, req.ctx);
      return reply
        .header('content-type', XLSX_CONTENT_TYPE)
        .header(
          'content-disposition',
          `attachment; filename*=UTF-8''${encodeURIComponent('证明材料清单.xlsx')}`,
        )
        .send(data);
    },
  );

  app.post(
    '/api/proof-free/catalog/import',
    {
      config: { policy: P.catalogEdit },
      schema: {
        operationId: 'importProofCatalog',
        tags,
        summary:
          'Import service items and proof materials from .xlsx/.csv (multipart field `file`), one row per material',
        consumes: ['multipart/form-data'],
        response: {
          200: z.object({
            imported: z.number().int(),
            updated: z.number().int(),
            unchanged: z.number().int(),
            errors: z.array(
              z.object({
                row: z.number().int(),
                code: z.string(),
                column: z.string().optional(),
                message: z.string(),
              }),
            ),
          }),
        },
      },
    },
    async (req) => importCatalog(db, req.ctx, await readUpload(req)),
  );

  app.get(
    '/api/proof-free/interfaces',
    {
      config: { policy: P.read },
      schema: {
        operationId: 'listProofInterfaces',
        tags,
        summary:
          'The register of data interfaces and e-licence kinds, with each one’s health measured from its calls',
        response: { 200: items(loose) },
      },
    },
    async (req) => ({ items: await listInterfaces(db, req.ctx) }),
  );

  app.post(
    '/api/proof-free/verifications',
    {
      config: { policy: P.verify },
      schema: {
        operationId: 'verifyProof',
        tags,
        summary:
          'Verify a proof through its connector with the applicant’s consent (none → 422 consent-required, no connector call; bad ID number → 422 invalid-id-number)',
        body: verificationInput,
        response: {
          201: z.object({
            id: z.uuid(),
            result: z.enum(['confirmed', 'not-confirmed', 'unavailable']),
            source: z.string(),
            checkedAt: z.string(),
            region: z.enum(['local', 'other-city']),
            receiptToken: z.string(),
          }),
        },
      },
    },
    async (req, reply) => reply.status(201).send(await verifyProof(db, req.ctx, req.body)),
  );

  app.get(
    '/api/proof-free/verifications',
    {
      config: { policy: P.read },
      schema: {
        operationId: 'listProofVerifications',
        tags,
        summary: 'The latest verifications (the window: its own department’s)',
        querystring: z.object({ limit: z.coerce.number().int().min(1).max(500).default(100) }),
        response: { 200: items(loose) },
      },
    },
    async (req) => ({ items: await listVerifications(db, req.ctx, req.query.limit) }),
  );

  app.get(
    '/api/proof-free/receipts/:token',
    {
      config: { policy: P.receipt },
      schema: {
        operationId: 'proofReceipt',
        tags,
        summary:
          'For the applicant: what was used — proof, source, time, result, officer, consent, legal basis',
        params: z.object({ token: z.string().min(10).max(60) }),
        response: { 200: loose },
      },
    },
    (req) => getReceipt(db, req.ctx, req.params.token),
  );

  app.post(
    '/api/proof-free/assists',
    {
      config: { policy: P.assistRequest },
      schema: {
        operationId: 'requestProofAssist',
        tags,
        summary: 'Ask the department holding the record to verify (协查), with a deadline in working days',
        body: assistInput,
        response: {
          201: z.object({
            id: z.uuid(),
            dueOn: z.string(),
            status: z.literal('open'),
            holdingDepartment: z.object({ id: z.string(), name: z.string() }),
          }),
        },
      },
    },
    async (req, reply) => reply.status(201).send(await requestAssist(db, req.ctx, req.body)),
  );

  app.get(
    '/api/proof-free/assists',
    {
      config: { policy: P.assistRead },
      schema: {
        operationId: 'listProofAssists',
        tags,
        summary: 'The 协查 the caller’s department asked or was asked',
        response: { 200: items(loose) },
      },
    },
    async (req) => ({ items: await listAssists(db, req.ctx) }),
  );

  app.post(
    '/api/proof-free/assists/:id/answer',
    {
      config: { policy: P.assistAnswer },
      schema: {
        operationId: 'answerProofAssist',
        tags,
        summary: 'The holding department answers a 协查 with evidence',
        params: z.object({ id: z.uuid() }),
        body: assistAnswerInput,
        response: {
          200: z.object({
            id: z.uuid(),
            status: z.literal('answered'),
            answer: z.string(),
            onTime: z.boolean(),
            dueOn: z.string(),
            answeredAt: z.string(),
          }),
        },
      },
    },
    (req) => answerAssist(db, req.ctx, req.params.id, req.body),
  );

  app.post(
    '/api/proof-free/commitments',
    {
      config: { policy: P.commitmentSign },
      schema: {
        operationId: 'signProofCommitment',
        tags,
        summary:
          'A commitment (告知承诺) signed in lieu of a proof; refused for high-risk fields and excluded applicants',
        body: commitmentInput,
        response: {
          201: z.object({
            id: z.uuid(),
            enterpriseId: z.uuid(),
            status: z.literal('signed'),
            statement: z.string(),
            signedAt: z.string(),
          }),
        },
      },
    },
    async (req, reply) => reply.status(201).send(await signCommitment(db, req.ctx, req.body)),
  );

  app.get(
    '/api/proof-free/commitments',
    {
      config: { policy: P.commitmentRead },
      schema: {
        operationId: 'listProofCommitments',
        tags,
        summary: 'Commitments and their later checks',
        response: { 200: items(loose) },
      },
    },
    async (req) => ({ items: await listCommitments(db, req.ctx) }),
  );

  app.post(
    '/api/proof-free/spot-checks',
    {
      config: { policy: P.spotCheck },
      schema: {
        operationId: 'drawProofSpotCheck',
        tags,
        summary: 'Draw signed commitments for a later check at a ratio, seeded and recorded',
        body: spotCheckInput,
        response: {
          201: z.object({
            id: z.uuid(),
            ratio: z.number(),
            seed: z.number().int(),
            population: z.number().int(),
            selected: z.array(z.object({ enterpriseId: z.uuid(), id: z.uuid(), uscc: z.string() })),
          }),
        },
      },
    },
    async (req, reply) => reply.status(201).send(await drawSpotCheck(db, req.ctx, req.body)),
  );

  app.post(
    '/api/proof-free/commitments/:enterpriseId/:id/check',
    {
      config: { policy: P.spotCheck },
      schema: {
        operationId: 'checkProofCommitment',
        tags,
        summary: 'Record a later check of a commitment; a false one becomes a credit record (part C)',
        params: z.object({ enterpriseId: z.uuid(), id: z.uuid() }),
        body: checkInput,
        response: {
          200: z.object({
            id: z.uuid(),
            enterpriseId: z.uuid(),
            status: z.enum(['kept', 'false']),
            penaltyId: z.uuid().nullable(),
            checkedAt: z.string(),
          }),
        },
      },
    },
    (req) => checkCommitment(db, req.ctx, req.params.enterpriseId, req.params.id, req.body),
  );
};

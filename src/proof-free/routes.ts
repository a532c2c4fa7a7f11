/**
 * F — proof-free service routes under /api/proof-free/. Thin: parse → policy (the route's door) → one operation.
 */
import { z } from 'zod';
import { binary } from '../platform/http/responses.js';
import { readUpload } from '../platform/http/upload.js';
import { XLSX_CONTENT_TYPE, sendXlsx } from '../platform/http/download.js';
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
import { defineRoutes, idParams } from '../platform/http/route.js';
import { operationRoutes } from '../platform/http/operation-route.js';

const tags = ['proof-free'];
const items = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) });
const loose = z.looseObject({ id: z.string() });

export const proofFreeRoutes = defineRoutes(tags, ({ route, db }) => {
  const op = operationRoutes(route, db);
  route.get('/api/proof-free/figures', {
    policy: P.read,
    operationId: 'proofFreeFigures',
    summary:
      'Exemption figures of the catalog: {materials, exempt, exemptionRate = exempt ÷ materials}, counted from the rows',
    response: {
      200: z.object({ materials: z.number().int(), exempt: z.number().int(), exemptionRate: z.number() }),
    },
  }, (req) => catalogFigures(db, req.ctx));

  route.get('/api/proof-free/figures/detail', {
    policy: P.read,
    operationId: 'proofFreeFigureDetails',
    summary:
      'Exemption rate by department, item and rule, its monthly trend; verifications by channel; 协查 on time; commitments checked and false',
    response: {
      200: z.looseObject({ byDepartment: z.array(z.looseObject({})), trend: z.array(z.looseObject({})) }),
    },
  }, (req) => figureDetails(db, req.ctx));

  op.list('/api/proof-free/proof-kinds', {
    policy: P.read,
    operationId: 'listProofKinds',
    summary:
      'The proof kinds a verification may ask for, with the interface answering each (or the holding department)',
    response: {
      200: items(z.looseObject({ code: z.string(), name: z.string(), legalBasis: z.string() })),
    },
  }, listProofKinds);

  op.list('/api/proof-free/catalog', {
    policy: P.read,
    operationId: 'listProofCatalog',
    summary:
      'Service items and their proof materials, each classed by the three exemption rules or still required',
    querystring: z.object({
      departmentId: z.uuid().optional(),
      rule: z.enum(EXEMPTION_RULES).optional(),
      q: z.string().trim().max(100).optional(),
    }),
    response: { 200: items(loose) },
  }, listCatalog);

  route.get('/api/proof-free/catalog/export', {
    policy: P.read,
    operationId: 'exportProofCatalog',
    summary: 'The catalog as .xlsx, with the columns of the import',
    response: { 200: binary([XLSX_CONTENT_TYPE], 'The catalog (.xlsx)') },
  }, async (req, reply) => {
    const data = await exportCatalog(db, req.ctx);
    return sendXlsx(reply, data, { name: '证明材料清单.xlsx' });
  });

  route.post('/api/proof-free/catalog/import', {
    policy: P.catalogEdit,
    operationId: 'importProofCatalog',
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
  }, async (req) => importCatalog(db, req.ctx, await readUpload(req)));

  op.list('/api/proof-free/interfaces', {
    policy: P.read,
    operationId: 'listProofInterfaces',
    summary:
      'The register of data interfaces and e-licence kinds, with each one’s health measured from its calls',
    response: { 200: items(loose) },
  }, listInterfaces);

  op.post('/api/proof-free/verifications', {
    policy: P.verify,
    operationId: 'verifyProof',
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
  }, verifyProof);

  route.get('/api/proof-free/verifications', {
    policy: P.read,
    operationId: 'listProofVerifications',
    summary: 'The latest verifications (the window: its own department’s)',
    querystring: z.object({ limit: z.coerce.number().int().min(1).max(500).default(100) }),
    response: { 200: items(loose) },
  }, async (req) => ({ items: await listVerifications(db, req.ctx, req.query.limit) }));

  route.get('/api/proof-free/receipts/:token', {
    policy: P.receipt,
    operationId: 'proofReceipt',
    summary:
      'For the applicant: what was used — proof, source, time, result, officer, consent, legal basis',
    params: z.object({ token: z.string().min(10).max(60) }),
    response: { 200: loose },
  }, (req) => getReceipt(db, req.ctx, req.params.token));

  op.post('/api/proof-free/assists', {
    policy: P.assistRequest,
    operationId: 'requestProofAssist',
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
  }, requestAssist);

  op.list('/api/proof-free/assists', {
    policy: P.assistRead,
    operationId: 'listProofAssists',
    summary: 'The 协查 the caller’s department asked or was asked',
    response: { 200: items(loose) },
  }, listAssists);

  route.post('/api/proof-free/assists/:id/answer', {
    policy: P.assistAnswer,
    operationId: 'answerProofAssist',
    summary: 'The holding department answers a 协查 with evidence',
    params: idParams,
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
  }, (req) => answerAssist(db, req.ctx, req.params.id, req.body));

  op.post('/api/proof-free/commitments', {
    policy: P.commitmentSign,
    operationId: 'signProofCommitment',
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
  }, signCommitment);

  op.list('/api/proof-free/commitments', {
    policy: P.commitmentRead,
    operationId: 'listProofCommitments',
    summary: 'Commitments and their later checks',
    response: { 200: items(loose) },
  }, listCommitments);

  op.post('/api/proof-free/spot-checks', {
    policy: P.spotCheck,
    operationId: 'drawProofSpotCheck',
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
  }, drawSpotCheck);

  route.post('/api/proof-free/commitments/:enterpriseId/:id/check', {
    policy: P.spotCheck,
    operationId: 'checkProofCommitment',
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
  }, (req) => checkCommitment(db, req.ctx, req.params.enterpriseId, req.params.id, req.body));
});

/** D — the routes of drug regulation: thin (parse → policy → one operation → presenter). */
import { z } from 'zod';
import { PUBLIC } from '../platform/policy/route-policy.js';
import { drugPolicies as P } from './policy.js';
import * as R from './responses.js';
import { licenceInput, registerLicence } from './register-licence.js';
import { getLicence, licenceFilters, listLicences } from './list-licences.js';
import { changeLicenceStatus, renewInput, renewLicence, statusInput } from './change-licence.js';
import { importLicences } from './import-licences.js';
import { exportLicences } from './export-licences.js';
import { kindInput, loadKinds, saveKind } from './licence-kinds.js';
import { licenceFigures } from './licence-figures.js';
import { complianceNoticePdf } from './compliance-notice.js';
import {
  listWarnings,
  previewRecipients,
  publicWarnings,
  publishWarning,
  readWarning,
  targetInput,
  warningInput,
  warningReceipts,
} from './warnings.js';
import {
  addGuidance,
  createRectifications,
  createRectificationsInput,
  EVIDENCE_MAX_MB,
  getRectification,
  guidanceInput,
  listRectifications,
  progressInput,
  readRectificationFile,
  rectificationFilters,
  reportProgress,
  uploadEvidence,
  verifyInput,
  verifyRectification,
} from './rectifications.js';
import { drugServiceRoutes } from './service-routes.js';
import { readUpload } from '../platform/http/upload.js';
import { defineRoutes, idParams } from '../platform/http/route.js';
import { sendStoredFile, sendXlsx } from '../platform/http/download.js';


export const drugRoutes = defineRoutes(['licences'], ({ route, db, deps, app }) => {
  route.post('/api/licences', {
    policy: P.createLicence,
    operationId: 'createLicence',
    summary:
      'Register a licence (D2; drug-regulation staff or a key with licences:write). 409 licence-exists, 422 invalid-uscc / licence-validity',
    body: licenceInput,
    response: R.createLicence,
  }, async (req, reply) => reply.status(201).send(await registerLicence(db, req.ctx, req.body)));

  route.get('/api/licences', {
    policy: P.readLicences,
    operationId: 'listLicences',
    summary: 'The licence register in scope (an enterprise: its own), filtered',
    querystring: licenceFilters,
    response: R.listLicences,
  }, async (req) => listLicences(db, req.ctx, req.query));

  route.get('/api/licences/export', {
    policy: P.staffRead,
    operationId: 'exportLicences',
    summary: 'The filtered register as .xlsx (re-importable; audited)',
    querystring: licenceFilters.omit({ page: true, pageSize: true }),
    response: R.exportLicences,
  }, async (req, reply) => {
    const data = await exportLicences(db, req.ctx, req.query);
    return sendXlsx(reply, data, { ascii: 'licences.xlsx' });
  });

  route.post('/api/licences/import', {
    policy: P.manageLicences,
    operationId: 'importLicences',
    summary: 'Import licences from .xlsx/.csv (multipart field `file`), idempotent by kind + number',
    consumes: ['multipart/form-data'],
    response: R.importLicences,
  }, async (req) => importLicences(db, req.ctx, await readUpload(req)));

  route.get('/api/licences/kinds', {
    policy: P.readLicences,
    operationId: 'listLicenceKinds',
    summary: 'Licence kinds with their reminder windows and renewal deadlines',
    response: R.listLicenceKinds,
  }, async () => ({ items: await loadKinds(db) }));

  route.put('/api/licences/kinds/:code', {
    policy: P.manageKinds,
    operationId: 'saveLicenceKind',
    summary: 'Add or change a licence kind (windows, renewal lead; audited)',
    params: z.object({ code: z.string() }),
    body: kindInput.omit({ code: true }),
    response: R.saveLicenceKind,
  }, async (req) => saveKind(db, req.ctx, { ...req.body, code: req.params.code }));

  route.get('/api/licences/figures', {
    policy: P.staffRead,
    operationId: 'licenceFigures',
    summary: 'D2 figures: licences reminded, firms reached, renewed before expiry, lapsed',
    response: R.licenceFigures,
  }, async (req) => licenceFigures(db, req.ctx));

  route.get('/api/licences/:id', {
    policy: P.readLicences,
    operationId: 'getLicence',
    summary: 'One licence in scope with its reminders',
    params: idParams,
    response: R.getLicence,
  }, async (req) => getLicence(db, req.ctx, req.params.id));

  route.post('/api/licences/:id/status', {
    policy: P.manageLicences,
    operationId: 'changeLicenceStatus',
    summary: 'Suspend, revoke, cancel or reinstate a licence (audited)',
    params: idParams,
    body: statusInput,
    response: R.changeLicenceStatus,
  }, async (req) => changeLicenceStatus(db, req.ctx, req.params.id, req.body));

  route.post('/api/licences/:id/renew', {
    policy: P.manageLicences,
    operationId: 'renewLicence',
    summary: 'Register the successor licence; this one becomes renewed (no more reminders)',
    params: idParams,
    body: renewInput,
    response: R.renewLicence,
  }, async (req, reply) => reply.status(201).send(await renewLicence(db, req.ctx, req.params.id, req.body)));

  route.get('/api/enterprises/:uscc/compliance-notice', {
    policy: P.enterpriseOrStaff,
    operationId: 'getComplianceNotice',
    summary:
      'D3: the compliance notice as a PDF (the enterprise and staff); 404 no-compliance-notice outside covered industries',
    params: z.object({ uscc: z.string().trim().min(1).max(32) }),
    produces: ['application/pdf'],
    response: R.getComplianceNotice,
  }, async (req, reply) => {
    const { pdf, fileName } = await complianceNoticePdf(db, req.ctx, req.params.uscc);
    return reply
      .type('application/pdf')
      .header('content-disposition', `inline; filename="${fileName}"`)
      .header('cache-control', 'private, no-store')
      .send(pdf);
  });

  route.post('/api/warnings', {
    policy: P.publishWarning,
    operationId: 'publishWarning',
    summary: 'D1: publish a risk warning or FAQ issue to the targeted enterprises',
    tags: ['warnings'],
    body: warningInput,
    response: R.publishWarning,
  }, async (req, reply) => reply.status(201).send(await publishWarning(db, req.ctx, req.body)));

  route.post('/api/warnings/preview', {
    policy: P.publishWarning,
    operationId: 'previewWarningRecipients',
    summary: 'How many enterprises a target reaches, with a sample',
    tags: ['warnings'],
    body: z.object({ target: targetInput }),
    response: R.previewWarningRecipients,
  }, async (req) => previewRecipients(db, req.body.target));

  route.get('/api/warnings', {
    policy: P.enterpriseOrStaff,
    operationId: 'listWarnings',
    summary: 'Staff: warnings with read counts; an enterprise: the ones it received',
    tags: ['warnings'],
    response: R.listWarnings,
  }, async (req) => listWarnings(db, req.ctx));

  route.get('/api/warnings/:id', {
    policy: P.enterpriseOrStaff,
    operationId: 'readWarning',
    summary: 'One warning; an enterprise opening it leaves its read receipt',
    tags: ['warnings'],
    params: idParams,
    response: R.readWarning,
  }, async (req) => readWarning(db, req.ctx, req.params.id));

  route.get('/api/warnings/:id/receipts', {
    policy: P.staffRead,
    operationId: 'warningReceipts',
    summary: 'Read receipts of a warning',
    tags: ['warnings'],
    params: idParams,
    response: R.warningReceipts,
  }, async (req) => warningReceipts(db, req.ctx, req.params.id));

  route.get('/api/public/warnings', {
    policy: PUBLIC,
    operationId: 'publicWarnings',
    summary: 'The public archive of published warnings and FAQ issues',
    tags: ['warnings'],
    querystring: z.object({ topic: z.string().trim().max(50).optional() }),
    response: R.publicWarnings,
  }, async (req) => publicWarnings(db, req.query.topic));

  route.post('/api/rectifications', {
    policy: P.drugOfficer,
    operationId: 'createRectifications',
    summary: 'D6: set rectification items with deadlines from an inspection or a case',
    tags: ['rectification'],
    body: createRectificationsInput,
    response: R.createRectifications,
  }, async (req, reply) => reply.status(201).send(await createRectifications(db, req.ctx, req.body)));

  route.get('/api/rectifications', {
    policy: P.enterpriseOrStaff,
    operationId: 'listRectifications',
    summary: 'Rectification items in scope',
    tags: ['rectification'],
    querystring: rectificationFilters,
    response: R.listRectifications,
  }, async (req) => listRectifications(db, req.ctx, req.query));

  route.get('/api/rectifications/:id', {
    policy: P.enterpriseOrStaff,
    operationId: 'getRectification',
    summary: 'One item with its progress, guidance and verification',
    tags: ['rectification'],
    params: idParams,
    response: R.getRectification,
  }, async (req) => getRectification(db, req.ctx, req.params.id));

  route.post('/api/rectifications/:id/evidence', {
    policy: P.enterprise,
    operationId: 'uploadRectificationEvidence',
    summary: `Upload an evidence file (multipart field "file", ≤ ${EVIDENCE_MAX_MB} MB)`,
    tags: ['rectification'],
    params: idParams,
    consumes: ['multipart/form-data'],
    response: R.uploadRectificationEvidence,
  }, async (req, reply) =>
    reply.status(201).send(await uploadEvidence(db, req.ctx, req.params.id, await readUpload(req, { maxMb: EVIDENCE_MAX_MB }))));

  route.get('/api/rectifications/:id/files/:fileId', {
    policy: P.enterpriseOrStaff,
    operationId: 'readRectificationFile',
    summary: 'Download an evidence file (audited)',
    tags: ['rectification'],
    params: z.object({ id: z.uuid(), fileId: z.uuid() }),
    response: R.readRectificationFile,
  }, async (req, reply) => {
    const f = await readRectificationFile(db, req.ctx, req.params.id, req.params.fileId);
    return sendStoredFile(reply, f);
  });

  route.post('/api/rectifications/:id/progress', {
    policy: P.enterprise,
    operationId: 'reportRectificationProgress',
    summary: 'The enterprise reports progress with its evidence files',
    tags: ['rectification'],
    params: idParams,
    body: progressInput,
    response: R.reportRectificationProgress,
  }, async (req) => reportProgress(db, req.ctx, req.params.id, req.body));

  route.post('/api/rectifications/:id/guidance', {
    policy: P.drugOfficer,
    operationId: 'addRectificationGuidance',
    summary: 'The officer records guidance',
    tags: ['rectification'],
    params: idParams,
    body: guidanceInput,
    response: R.addRectificationGuidance,
  }, async (req) => addGuidance(db, req.ctx, req.params.id, req.body));

  route.post('/api/rectifications/:id/verify', {
    policy: P.drugOfficer,
    operationId: 'verifyRectification',
    summary: 'The officer verifies: passed → closed, else back to open',
    tags: ['rectification'],
    params: idParams,
    body: verifyInput,
    response: R.verifyRectification,
  }, async (req) => verifyRectification(db, req.ctx, req.params.id, req.body));

  drugServiceRoutes(app, deps);
});

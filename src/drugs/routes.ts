/** D — the routes of drug regulation: thin (parse → policy → one operation → presenter). */
import { z } from 'zod';
import type { RegisterRoutes } from '../platform/http/types.js';
import { PUBLIC } from '../platform/policy/route-policy.js';
import { XLSX_CONTENT_TYPE } from '../enterprises/index.js';
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

const idParams = z.object({ id: z.uuid() });

export const drugRoutes: RegisterRoutes = (app, deps) => {
  const { db } = deps.database;

  app.post(
    '/api/licences',
    {
      config: { policy: P.createLicence },
      schema: {
        operationId: 'createLicence',
        response: R.createLicence,
        tags: ['licences'],
        summary:
          'Register a licence (D2; drug-regulation staff or a key with licences:write). 409 licence-exists, 422 invalid-uscc / licence-validity',
        body: licenceInput,
      },
    },
    async (req, reply) => reply.status(201).send(await registerLicence(db, req.ctx, req.body)),
  );

  app.get(
    '/api/licences',
    {
      config: { policy: P.readLicences },
      schema: {
        operationId: 'listLicences',
        response: R.listLicences,
        tags: ['licences'],
        summary: 'The licence register in scope (an enterprise: its own), filtered',
        querystring: licenceFilters,
      },
    },
    async (req) => listLicences(db, req.ctx, req.query),
  );

  app.get(
    '/api/licences/export',
    {
      config: { policy: P.staffRead },
      schema: {
        operationId: 'exportLicences',
        response: R.exportLicences,
        tags: ['licences'],
        summary: 'The filtered register as .xlsx (re-importable; audited)',
        querystring: licenceFilters.omit({ page: true, pageSize: true }),
      },
    },
    async (req, reply) => {
      const data = await exportLicences(db, req.ctx, req.query);
      return reply
        .type(XLSX_CONTENT_TYPE)
        .header('content-disposition', 'attachment; filename="licences.xlsx"')
        .send(data);
    },
  );

  app.post(
    '/api/licences/import',
    {
      config: { policy: P.manageLicences },
      schema: {
        operationId: 'importLicences',
        response: R.importLicences,
        tags: ['licences'],
        summary: 'Import licences from .xlsx/.csv (multipart field `file`), idempotent by kind + number',
        consumes: ['multipart/form-data'],
      },
    },
    async (req) => importLicences(db, req.ctx, await readUpload(req)),
  );

  app.get(
    '/api/licences/kinds',
    {
      config: { policy: P.readLicences },
      schema: {
        operationId: 'listLicenceKinds',
        response: R.listLicenceKinds,
        tags: ['licences'],
        summary: 'Licence kinds with their reminder windows and renewal deadlines',
      },
    },
    async () => ({ items: await loadKinds(db) }),
  );

  app.put(
    '/api/licences/kinds/:code',
    {
      config: { policy: P.manageKinds },
      schema: {
        operationId: 'saveLicenceKind',
        response: R.saveLicenceKind,
        tags: ['licences'],
        summary: 'Add or change a licence kind (windows, renewal lead; audited)',
        params: z.object({ code: z.string() }),
        body: kindInput.omit({ code: true }),
      },
    },
    async (req) => saveKind(db, req.ctx, { ...req.body, code: req.params.code }),
  );

  app.get(
    '/api/licences/figures',
    {
      config: { policy: P.staffRead },
      schema: {
        operationId: 'licenceFigures',
        response: R.licenceFigures,
        tags: ['licences'],
        summary: 'D2 figures: licences reminded, firms reached, renewed before expiry, lapsed',
      },
    },
    async (req) => licenceFigures(db, req.ctx),
  );

  app.get(
    '/api/licences/:id',
    {
      config: { policy: P.readLicences },
      schema: {
        operationId: 'getLicence',
        response: R.getLicence,
        tags: ['licences'],
        summary: 'One licence in scope with its reminders',
        params: idParams,
      },
    },
    async (req) => getLicence(db, req.ctx, req.params.id),
  );

  app.post(
    '/api/licences/:id/status',
    {
      config: { policy: P.manageLicences },
      schema: {
        operationId: 'changeLicenceStatus',
        response: R.changeLicenceStatus,
        tags: ['licences'],
        summary: 'Suspend, revoke, cancel or reinstate a licence (audited)',
        params: idParams,
        body: statusInput,
      },
    },
    async (req) => changeLicenceStatus(db, req.ctx, req.params.id, req.body),
  );

  app.post(
    '/api/licences/:id/renew',
    {
      config: { policy: P.manageLicences },
      schema: {
        operationId: 'renewLicence',
        response: R.renewLicence,
        tags: ['licences'],
        summary: 'Register the successor licence; this one becomes renewed (no more reminders)',
        params: idParams,
        body: renewInput,
      },
    },
    async (req, reply) => reply.status(201).send(await renewLicence(db, req.ctx, req.params.id, req.body)),
  );

  app.get(
    '/api/enterprises/:uscc/compliance-notice',
    {
      config: { policy: P.enterpriseOrStaff },
      schema: {
        operationId: 'getComplianceNotice',
        response: R.getComplianceNotice,
        tags: ['licences'],
        summary:
          'D3: the compliance notice as a PDF (the enterprise and staff); 404 no-compliance-notice outside covered industries',
        params: z.object({ uscc: z.string().trim().min(1).max(32) }),
        produces: ['application/pdf'],
      },
    },
    async (req, reply) => {
      const { pdf, fileName } = await complianceNoticePdf(db, req.ctx, req.params.uscc);
      return reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename="${fileName}"`)
        .header('cache-control', 'private, no-store')
        .send(pdf);
    },
  );

  app.post(
    '/api/warnings',
    {
      config: { policy: P.publishWarning },
      schema: {
        operationId: 'publishWarning',
        response: R.publishWarning,
        tags: ['warnings'],
        summary: 'D1: publish a risk warning or FAQ issue to the targeted enterprises',
        body: warningInput,
      },
    },
    async (req, reply) => reply.status(201).send(await publishWarning(db, req.ctx, req.body)),
  );

  app.post(
    '/api/warnings/preview',
    {
      config: { policy: P.publishWarning },
      schema: {
        operationId: 'previewWarningRecipients',
        response: R.previewWarningRecipients,
        tags: ['warnings'],
        summary: 'How many enterprises a target reaches, with a sample',
        body: z.object({ target: targetInput }),
      },
    },
    async (req) => previewRecipients(db, req.body.target),
  );

  app.get(
    '/api/warnings',
    {
      config: { policy: P.enterpriseOrStaff },
      schema: {
        operationId: 'listWarnings',
        response: R.listWarnings,
        tags: ['warnings'],
        summary: 'Staff: warnings with read counts; an enterprise: the ones it received',
      },
    },
    async (req) => listWarnings(db, req.ctx),
  );

  app.get(
    '/api/warnings/:id',
    {
      config: { policy: P.enterpriseOrStaff },
      schema: {
        operationId: 'readWarning',
        response: R.readWarning,
        tags: ['warnings'],
        summary: 'One warning; an enterprise opening it leaves its read receipt',
        params: idParams,
      },
    },
    async (req) => readWarning(db, req.ctx, req.params.id),
  );

  app.get(
    '/api/warnings/:id/receipts',
    {
      config: { policy: P.staffRead },
      schema: {
        operationId: 'warningReceipts',
        response: R.warningReceipts,
        tags: ['warnings'],
        summary: 'Read receipts of a warning',
        params: idParams,
      },
    },
    async (req) => warningReceipts(db, req.ctx, req.params.id),
  );

  app.get(
    '/api/public/warnings',
    {
      config: { policy: PUBLIC },
      schema: {
        operationId: 'publicWarnings',
        response: R.publicWarnings,
        tags: ['warnings'],
        summary: 'The public archive of published warnings and FAQ issues',
        querystring: z.object({ topic: z.string().trim().max(50).optional() }),
      },
    },
    async (req) => publicWarnings(db, req.query.topic),
  );

  app.post(
    '/api/rectifications',
    {
      config: { policy: P.drugOfficer },
      schema: {
        operationId: 'createRectifications',
        response: R.createRectifications,
        tags: ['rectification'],
        summary: 'D6: set rectification items with deadlines from an inspection or a case',
        body: createRectificationsInput,
      },
    },
    async (req, reply) => reply.status(201).send(await createRectifications(db, req.ctx, req.body)),
  );

  app.get(
    '/api/rectifications',
    {
      config: { policy: P.enterpriseOrStaff },
      schema: {
        operationId: 'listRectifications',
        response: R.listRectifications,
        tags: ['rectification'],
        summary: 'Rectification items in scope',
        querystring: rectificationFilters,
      },
    },
    async (req) => listRectifications(db, req.ctx, req.query),
  );

  app.get(
    '/api/rectifications/:id',
    {
      config: { policy: P.enterpriseOrStaff },
      schema: {
        operationId: 'getRectification',
        response: R.getRectification,
        tags: ['rectification'],
        summary: 'One item with its progress, guidance and verification',
        params: idParams,
      },
    },
    async (req) => getRectification(db, req.ctx, req.params.id),
  );

  app.post(
    '/api/rectifications/:id/evidence',
    {
      config: { policy: P.enterprise },
      schema: {
        operationId: 'uploadRectificationEvidence',
        response: R.uploadRectificationEvidence,
        tags: ['rectification'],
        summary: `Upload an evidence file (multipart field "file", ≤ ${EVIDENCE_MAX_MB} MB)`,
        params: idParams,
        consumes: ['multipart/form-data'],
      },
    },
    async (req, reply) =>
      reply.status(201).send(await uploadEvidence(db, req.ctx, req.params.id, await readUpload(req, { maxMb: EVIDENCE_MAX_MB }))),
  );

  app.get(
    '/api/rectifications/:id/files/:fileId',
    {
      config: { policy: P.enterpriseOrStaff },
      schema: {
        operationId: 'readRectificationFile',
        response: R.readRectificationFile,
        tags: ['rectification'],
        summary: 'Download an evidence file (audited)',
        params: z.object({ id: z.uuid(), fileId: z.uuid() }),
      },
    },
    async (req, reply) => {
      const f = await readRectificationFile(db, req.ctx, req.params.id, req.params.fileId);
      return reply
        .type(f.mime)
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(f.filename)}`)
        .header('x-content-type-options', 'nosniff')
        .send(f.data);
    },
  );

  app.post(
    '/api/rectifications/:id/progress',
    {
      config: { policy: P.enterprise },
      schema: {
        operationId: 'reportRectificationProgress',
        response: R.reportRectificationProgress,
        tags: ['rectification'],
        summary: 'The enterprise reports progress with its evidence files',
        params: idParams,
        body: progressInput,
      },
    },
    async (req) => reportProgress(db, req.ctx, req.params.id, req.body),
  );

  app.post(
    '/api/rectifications/:id/guidance',
    {
      config: { policy: P.drugOfficer },
      schema: {
        operationId: 'addRectificationGuidance',
        response: R.addRectificationGuidance,
        tags: ['rectification'],
        summary: 'The officer records guidance',
        params: idParams,
        body: guidanceInput,
      },
    },
    async (req) => addGuidance(db, req.ctx, req.params.id, req.body),
  );

  app.post(
    '/api/rectifications/:id/verify',
    {
      config: { policy: P.drugOfficer },
      schema: {
        operationId: 'verifyRectification',
        response: R.verifyRectification,
        tags: ['rectification'],
        summary: 'The officer verifies: passed → closed, else back to open',
        params: idParams,
        body: verifyInput,
      },
    },
    async (req) => verifyRectification(db, req.ctx, req.params.id, req.body),
  );

  drugServiceRoutes(app, deps);
};

import { z } from 'zod';
import { RequestValidationError } from '../platform/http/validation.js';
import {
  SEVERITIES,
  SIGNAL_KINDS,
  SIGNAL_SOURCES,
  SIGNAL_STATUSES,
  CASE_SOURCES,
  CASE_STATUSES,
} from './schema.js';
import { dismissSignals } from './dismiss-signals.js';
import { countSignals } from './count-signals.js';
import { listSignals } from './list-signals.js';
import { openCase, openCaseInput } from './open-case.js';
import { openCasesFromSignals, openCasesInput } from './open-cases-from-signals.js';
import { readCaseFile } from './read-case-file.js';
import { getCase } from './get-case.js';
import { listCases } from './list-cases.js';
import { answerCase, answerText } from './answer-case.js';
import { returnCase } from './return-case.js';
import { closeCase } from './close-case.js';
import { EVIDENCE_MAX_FILES, EVIDENCE_MAX_MB, EVIDENCE_UPLOAD } from './evidence.js';
import { readUploads } from '../platform/http/upload.js';
import { figuresQuery, supervisionFigures } from './figures.js';
import { exportFigures } from './export-figures.js';
import { supervisionPolicies as P } from './policy.js';
import * as R from './responses.js';
import { pagingFields } from '../platform/http/paging.js';
import { defineRoutes, idParams } from '../platform/http/route.js';
import { operationRoutes } from '../platform/http/operation-route.js';
import { sendStoredFile } from '../platform/http/download.js';

const paging = pagingFields({ defaultSize: 50 });
const signalFilter = z.object({
  kind: z.enum(SIGNAL_KINDS).optional(),
  source: z.enum(SIGNAL_SOURCES).optional(),
  status: z.enum(SIGNAL_STATUSES).optional(),
  severity: z.enum(SEVERITIES).optional(),
  departmentId: z.uuid().optional(),
  enterpriseId: z.uuid().optional(),
  enterpriseUscc: z.string().max(32).optional(),
  inspectionId: z.uuid().optional(),
  from: z.coerce.date().optional(),
  to: z.coerce.date().optional(),
});

export const supervisionRoutes = defineRoutes(['supervision'], ({ route, db }) => {
  const op = operationRoutes(route, db);
  op.get('/api/supervision/alerts', {
    policy: P.alerts,
    operationId: 'listAlerts',
    summary:
      'Supervision signals: A9 frequency alerts, over-frequency codes, late results, low ratings, complaints, back-filled codes, hotline tickets',
    querystring: z.object({
      kind: z.enum(SIGNAL_KINDS).optional(),
      status: z.enum(SIGNAL_STATUSES).optional(),
      enterpriseUscc: z.string().max(32).optional(),
      ...paging,
    }),
    response: R.listAlerts,
  }, listSignals);

  op.get('/api/supervision/signals', {
    policy: P.signals,
    operationId: 'listSignals',
    summary:
      'The signal inbox (B1): every source, filtered by kind, source, status, severity, department, enterprise, inspection and date range; each links to its enterprise file and inspection',
    querystring: signalFilter.extend(paging),
    response: R.listSignals,
  }, listSignals);

  op.get('/api/supervision/signals/counts', {
    policy: P.countSignals,
    operationId: 'countSignals',
    summary: 'Signal counts by kind (total and open), status, source and severity, for the inbox filters',
    querystring: signalFilter,
    response: R.countSignals,
  }, countSignals);

  op.post('/api/supervision/signals/dismiss', {
    policy: P.dismissSignals,
    operationId: 'dismissSignals',
    summary:
      'Dismiss open signals with a reason (supervisor; bulk; each audited). Already handled or unknown ids are reported as skipped',
    body: z.object({
      signalIds: z.array(z.uuid()).min(1).max(200),
      reason: z.string().trim().min(2).max(1000),
    }),
    response: R.dismissSignals,
  }, dismissSignals);

  op.post('/api/supervision/signals/open-cases', {
    policy: P.openCases,
    operationId: 'openCasesFromSignals',
    summary:
      'Open cases from several signals at once (supervisor): one per signal (mode each) or one for all (mode together); all or none',
    body: openCasesInput,
    response: R.openCasesFromSignals,
  }, openCasesFromSignals);

  op.get('/api/supervision/cases', {
    policy: P.listCases,
    operationId: 'listCases',
    summary:
      'Supervision cases (督办件) in the caller’s scope: all for supervisors, the own department’s for its dept_admin and officers',
    querystring: z.object({
      status: z.enum(CASE_STATUSES).optional(),
      source: z.enum(CASE_SOURCES).optional(),
      departmentId: z.uuid().optional(),
      enterpriseUscc: z.string().max(32).optional(),
      overdue: z.stringbool().optional(),
      from: z.coerce.date().optional(),
      to: z.coerce.date().optional(),
      ...paging,
    }),
    response: R.listCases,
  }, listCases);

  op.post('/api/supervision/cases', {
    policy: P.openCase,
    operationId: 'openCase',
    summary:
      'Open a case (supervisor): from signals, or by hand with a department and title; the deadline counts working days on the calendar',
    body: openCaseInput,
    response: R.openCase,
  }, openCase);

  op.get('/api/supervision/cases/:id', {
    policy: P.getCase,
    operationId: 'getCase',
    summary: 'One case with its full timeline and signals',
    response: R.getCase,
  }, getCase);

  route.post('/api/supervision/cases/:id/answer', {
    policy: P.answerCase,
    operationId: 'answerCase',
    summary: `The department answers (its dept_admin or officers): multipart with field "text" and up to ${EVIDENCE_MAX_FILES} evidence files (images, PDF, docx/xlsx; ≤ ${EVIDENCE_MAX_MB} MB each), or JSON {text}`,
    params: idParams,
    consumes: ['multipart/form-data', 'application/json'],
    response: R.answerCase,
  }, async (req) => {
    const { text, files } = req.isMultipart()
      ? await readUploads(req, EVIDENCE_UPLOAD).then((u) => ({ text: u.fields.text as unknown, files: u.files }))
      : { text: (req.body as { text?: unknown } | undefined)?.text, files: [] };
    const parsed = answerText.safeParse(text);
    if (!parsed.success)
      throw new RequestValidationError(
        'body',
        parsed.error.issues.map((i) => ({ ...i, path: ['text', ...i.path] })),
      );
    return answerCase(db, req.ctx, req.params.id, { text: parsed.data, files });
  });

  op.post('/api/supervision/cases/:id/return', {
    policy: P.returnCase,
    operationId: 'returnCase',
    summary: 'Return an answer with reasons (supervisor); the department answers again',
    body: z.object({ reason: z.string().trim().min(2).max(5000) }),
    response: R.returnCase,
  }, returnCase);

  op.post('/api/supervision/cases/:id/close', {
    policy: P.closeCase,
    operationId: 'closeCase',
    summary: 'Accept the answer and close the case (supervisor)',
    body: z.object({ comment: z.string().trim().max(5000).optional() }).default({}),
    response: R.closeCase,
  }, closeCase);

  route.get('/api/supervision/cases/:id/files/:fileId', {
    policy: P.caseFile,
    operationId: 'getCaseFile',
    summary: 'Download an evidence file of a case in scope (audited)',
    params: z.object({ id: z.uuid(), fileId: z.uuid() }),
    response: R.getCaseFile,
  }, async (req, reply) => {
    const f = await readCaseFile(db, req.ctx, req.params.id, req.params.fileId);
    return sendStoredFile(reply, f, { 'cache-control': 'private, no-store' });
  });

  op.get('/api/supervision/figures', {
    policy: P.figures,
    operationId: 'getSupervisionFigures',
    summary:
      'Supervision dashboard (B3, H2): cases by source, status and department, on-time completion rate, average handling time, signals by kind, inspections per department and enterprise, top enterprises, trends',
    querystring: figuresQuery,
    response: R.getSupervisionFigures,
  }, supervisionFigures);

  op.spreadsheet('/api/supervision/figures/export', {
    policy: P.exportFigures,
    operationId: 'exportSupervisionFigures',
    summary: 'The dashboard figures as .xlsx (audited)',
    querystring: figuresQuery,
    response: R.exportSupervisionFigures,
  }, exportFigures, { ascii: 'supervision-figures', name: '督办统计', dated: true });
});

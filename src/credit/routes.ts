import { z } from 'zod';
import { PENALTY_STATUSES, PROOF_KINDS, SEVERITIES } from './rules/kinds.js';
import { ruleSetSchema } from './rules/rule-set.js';
import { penaltyInput } from './record-penalty.js';
import { createPenalty } from './create-penalty.js';
import { importPenalties } from './import-penalties.js';
import { listPenalties } from './list-penalties.js';
import { getPenalty } from './get-penalty.js';
import { inviteToRepair } from './invite-to-repair.js';
import { getRepairNotice } from './get-repair-notice.js';
import { creditStatus } from './credit-status.js';
import { applyForRepair, applyInput } from './apply-for-repair.js';
import { gatherAgain } from './gather-again.js';
import { addProof, PROOF_MAX_MB } from './add-proof.js';
import { listApplications } from './list-applications.js';
import { getApplication } from './get-application.js';
import { decideApplication } from './decide-application.js';
import { assignRuleSet } from './assign-rule-set.js';
import { createRuleSetVersion } from './create-rule-set-version.js';
import { listRuleSetVersions } from './list-rule-set-versions.js';
import { listRuleSets } from './list-rule-sets.js';
import { listDeliveries, resendDelivery } from './deliveries.js';
import { creditFigures } from './figures.js';
import { creditGuide } from './guide.js';
import { APPLICATION_STATUSES } from './schema.js';
import { creditPolicies as P } from './policy.js';
import { PUBLIC } from '../platform/policy/route-policy.js';
import * as R from './responses.js';
import { pagingFields } from '../platform/http/paging.js';
import { readUpload } from '../platform/http/upload.js';
import { sniffPdfOrImage } from '../files/index.js';
import { defineRoutes, idParams } from '../platform/http/route.js';
import { operationRoutes } from '../platform/http/operation-route.js';

const paging = pagingFields();

/** C — credit repair (信用修复"无感申请"). */
export const creditRoutes = defineRoutes(['credit'], ({ route, db }) => {
  const op = operationRoutes(route, db);
  op.post('/api/credit/penalties', {
    policy: P.recordPenalty,
    operationId: 'recordPenalty',
    summary: 'Record a penalty (C1; credit_officer or integration). 422 invalid-uscc / enterprise-not-found, 409 penalty-duplicate with existingId',
    description:
      'Severity is derived by the department’s rule set when not given; publicity {start, minEnd, maxEnd} are days (minEnd: last day of the minimum period, repairable from the day after; maxEnd: last day shown; null when not published or never repaired early).',
    body: penaltyInput,
    response: R.recordPenalty,
  }, createPenalty);

  route.post('/api/credit/penalties/import', {
    policy: P.importPenalties,
    operationId: 'importPenalties',
    summary: 'Import penalty records from .xlsx/.csv (multipart field `file`; credit officer): valid rows written, the rest reported by row',
    consumes: ['multipart/form-data'],
    response: R.importPenalties,
  }, async (req) => importPenalties(db, req.ctx, await readUpload(req)));

  op.get('/api/credit/penalties', {
    policy: P.listPenalties,
    operationId: 'listPenalties',
    summary: 'Penalty records in scope (an enterprise: its own)',
    querystring: z.object({
      uscc: z.string().trim().max(32).optional(),
      departmentId: z.uuid().optional(),
      status: z.enum(PENALTY_STATUSES).optional(),
      severity: z.enum(SEVERITIES).optional(),
      repairable: z.stringbool().optional(),
      ...paging,
    }),
    response: R.listPenalties,
  }, listPenalties);

  op.get('/api/credit/penalties/:id', {
    policy: P.getPenalty,
    operationId: 'getPenalty',
    summary: 'One record: rule set, repair notice, applications, deliveries',
    response: R.getPenalty,
  }, getPenalty);

  op.get('/api/credit/penalties/:id/notice', {
    policy: P.repairNotice,
    operationId: 'getRepairNotice',
    summary: 'The repair notice issued with the decision (两书同达)',
    response: R.getRepairNotice,
  }, getRepairNotice);

  op.post('/api/credit/penalties/:id/invitation', {
    policy: P.invite,
    operationId: 'inviteToRepair',
    summary: 'Invite the subject to apply for repair (credit officer)',
    response: R.inviteToRepair,
  }, inviteToRepair);

  op.get('/api/credit/:uscc/status', {
    policy: P.status,
    operationId: 'getCreditStatus',
    summary: 'Credit status (C6): the subject’s active penalty records — published, unrepaired, not expired — each with when it becomes repairable (user — an enterprise only itself — or integration; audited)',
    params: z.object({ uscc: z.string().min(1).max(32) }),
    response: R.getCreditStatus,
  }, creditStatus);

  op.post('/api/credit/applications', {
    policy: P.apply,
    operationId: 'applyForRepair',
    summary: 'Apply for credit repair (enterprise): the system gathers the proofs itself; `missing` lists only what no source holds',
    body: applyInput,
    response: R.applyForRepair,
  }, applyForRepair);

  op.get('/api/credit/applications', {
    policy: P.listApplications,
    operationId: 'listApplications',
    summary: 'The enterprise’s applications, or the credit officer’s queue (open ones by default)',
    querystring: z.object({ status: z.enum(APPLICATION_STATUSES).optional(), ...paging }),
    response: R.listApplications,
  }, listApplications);

  op.get('/api/credit/applications/:id', {
    policy: P.getApplication,
    operationId: 'getApplication',
    summary: 'An application with its record and proofs side by side',
    response: R.getApplication,
  }, getApplication);

  op.post('/api/credit/applications/:id/gather', {
    policy: P.gather,
    operationId: 'gatherProofs',
    summary: 'Ask the sources again for the missing proofs',
    response: R.gatherProofs,
  }, gatherAgain);

  route.post('/api/credit/applications/:id/proofs/:kind', {
    policy: P.addProof,
    operationId: 'addProof',
    summary: `Upload a missing proof (enterprise; multipart field "file"; PDF/JPEG/PNG/WebP ≤ ${PROOF_MAX_MB} MB)`,
    params: idParams.extend({ kind: z.enum(PROOF_KINDS) }),
    consumes: ['multipart/form-data'],
    response: R.addProof,
  }, async (req) => {
    const file = await readUpload(req, { maxMb: PROOF_MAX_MB, sniff: (_, data) => sniffPdfOrImage(data) });
    return addProof(db, req.ctx, req.params.id, req.params.kind, file);
  });

  const decision = z.object({ reason: z.string().trim().max(2000).optional() }).nullish();
  route.post('/api/credit/applications/:id/approve', {
    policy: P.decide,
    operationId: 'approveApplication',
    summary: 'Approve: the record is repaired and delivered to every platform (credit officer)',
    params: idParams,
    body: decision,
    response: R.approveApplication,
  }, async (req) => decideApplication(db, req.ctx, req.params.id, 'approve', req.body?.reason));
  route.post('/api/credit/applications/:id/reject', {
    policy: P.decide,
    operationId: 'rejectApplication',
    summary: 'Reject with a reason (credit officer)',
    params: idParams,
    body: decision,
    response: R.rejectApplication,
  }, async (req) => decideApplication(db, req.ctx, req.params.id, 'reject', req.body?.reason));

  op.get('/api/credit/deliveries', {
    policy: P.listDeliveries,
    operationId: 'listDeliveries',
    summary: 'Repair deliveries per platform with status (credit staff)',
    querystring: z.object({ status: z.enum(['pending', 'delivered', 'dead']).optional(), platform: z.string().max(40).optional(), ...paging }),
    response: R.listDeliveries,
  }, listDeliveries);
  op.post('/api/credit/deliveries/:id/resend', {
    policy: P.resendDelivery,
    operationId: 'resendDelivery',
    summary: 'Send a delivery again, same idempotency key — never applied twice (credit officer)',
    response: R.resendDelivery,
  }, resendDelivery);

  op.get('/api/credit/rule-sets', {
    policy: P.listRuleSets,
    operationId: 'listRuleSets',
    summary: 'Rule sets in force, with the departments applying each (staff)',
    response: R.listRuleSets,
  }, listRuleSets);
  op.get('/api/credit/rule-sets/:code/versions', {
    policy: P.listRuleSetVersions,
    operationId: 'listRuleSetVersions',
    summary: 'Every version of a rule set (staff)',
    params: z.object({ code: z.string().min(1).max(60) }),
    response: R.listRuleSetVersions,
  }, listRuleSetVersions);
  op.post('/api/credit/rule-sets/:code/versions', {
    policy: P.writeRuleSet,
    operationId: 'createRuleSetVersion',
    summary: 'Write the next version of a rule set (admin; audited). Records keep the version they were decided under',
    params: z.object({ code: z.string().regex(/^[a-z0-9][a-z0-9-]{0,59}$/) }),
    body: z.object({ rules: ruleSetSchema, note: z.string().trim().max(500).optional() }),
    response: R.createRuleSetVersion,
  }, createRuleSetVersion);
  route.put('/api/credit/rule-sets/assignments/:departmentId', {
    policy: P.assignRuleSet,
    operationId: 'assignRuleSet',
    summary: 'Set the rule set a department applies (admin; audited)',
    params: z.object({ departmentId: z.uuid() }),
    body: z.object({
      code: z.string().min(1).max(60),
      /** Why the department must publish minor records (确有必要); absent or null: it does not publish them. */
      minorPublishReason: z.string().trim().min(4).max(500).nullable().optional(),
    }),
    response: R.assignRuleSet,
  }, async (req) => assignRuleSet(db, req.ctx, req.params.departmentId, req.body.code, req.body.minorPublishReason ?? null));

  op.get('/api/credit/figures', {
    policy: P.figures,
    operationId: 'getCreditFigures',
    summary: 'Repairs year on year (automatic vs application), review time, deliveries, subjects spared 多头修复 (staff)',
    querystring: z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() }),
    response: R.getCreditFigures,
  }, creditFigures);

  op.get('/api/credit/guide', {
    policy: PUBLIC,
    operationId: 'getCreditGuide',
    summary: 'How to repair, FAQ (明白书) — public',
    response: R.getCreditGuide,
  }, creditGuide);
});

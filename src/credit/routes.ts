import { z } from 'zod';
import type { RegisterRoutes } from '../platform/http/types.js';
import { requireUser } from '../platform/policy/policy.js';
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

const idParams = z.object({ id: z.uuid() });
const paging = pagingFields();

/** C — credit repair (信用修复"无感申请"). */
export const creditRoutes: RegisterRoutes = (app, deps) => {
  const { db } = deps.database;

  app.post(
    '/api/credit/penalties',
    { config: { policy: P.recordPenalty },
      schema: { operationId: 'recordPenalty', response: R.recordPenalty,
        tags: ['credit'],
        summary: 'Record a penalty (C1; credit_officer or integration). 422 invalid-uscc / enterprise-not-found, 409 penalty-duplicate with existingId',
        description:
          'Severity is derived by the department’s rule set when not given; publicity {start, minEnd, maxEnd} are days (minEnd: last day of the minimum period, repairable from the day after; maxEnd: last day shown; null when not published or never repaired early).',
        body: penaltyInput,
      },
    },
    async (req, reply) => reply.status(201).send(await createPenalty(db, req.ctx, req.body)),
  );

  app.post(
    '/api/credit/penalties/import',
    { config: { policy: P.importPenalties },
      schema: { operationId: 'importPenalties', response: R.importPenalties,
        tags: ['credit'],
        summary: 'Import penalty records from .xlsx/.csv (multipart field `file`; credit officer): valid rows written, the rest reported by row',
        consumes: ['multipart/form-data'],
      },
    },
    async (req) => {
      requireUser(req.ctx.actor, ['credit_officer']);
      return importPenalties(db, req.ctx, await readUpload(req));
    },
  );

  app.get(
    '/api/credit/penalties',
    { config: { policy: P.listPenalties },
      schema: { operationId: 'listPenalties', response: R.listPenalties,
        tags: ['credit'],
        summary: 'Penalty records in scope (an enterprise: its own)',
        querystring: z.object({
          uscc: z.string().trim().max(32).optional(),
          departmentId: z.uuid().optional(),
          status: z.enum(PENALTY_STATUSES).optional(),
          severity: z.enum(SEVERITIES).optional(),
          repairable: z.stringbool().optional(),
          ...paging,
        }),
      },
    },
    async (req) => listPenalties(db, req.ctx, req.query),
  );

  app.get(
    '/api/credit/penalties/:id',
    { config: { policy: P.getPenalty }, schema: { operationId: 'getPenalty', response: R.getPenalty, tags: ['credit'], summary: 'One record: rule set, repair notice, applications, deliveries', params: idParams } },
    async (req) => getPenalty(db, req.ctx, req.params.id),
  );

  app.get(
    '/api/credit/penalties/:id/notice',
    { config: { policy: P.repairNotice }, schema: { operationId: 'getRepairNotice', response: R.getRepairNotice, tags: ['credit'], summary: 'The repair notice issued with the decision (两书同达)', params: idParams } },
    async (req) => getRepairNotice(db, req.ctx, req.params.id),
  );

  app.post(
    '/api/credit/penalties/:id/invitation',
    { config: { policy: P.invite }, schema: { operationId: 'inviteToRepair', response: R.inviteToRepair, tags: ['credit'], summary: 'Invite the subject to apply for repair (credit officer)', params: idParams } },
    async (req) => inviteToRepair(db, req.ctx, req.params.id),
  );

  app.get(
    '/api/credit/:uscc/status',
    { config: { policy: P.status },
      schema: { operationId: 'getCreditStatus', response: R.getCreditStatus,
        tags: ['credit'],
        summary: 'Credit status (C6): the subject’s active penalty records — published, unrepaired, not expired — each with when it becomes repairable (user — an enterprise only itself — or integration; audited)',
        params: z.object({ uscc: z.string().min(1).max(32) }),
      },
    },
    async (req) => creditStatus(db, req.ctx, req.params.uscc),
  );

  app.post(
    '/api/credit/applications',
    { config: { policy: P.apply },
      schema: { operationId: 'applyForRepair', response: R.applyForRepair,
        tags: ['credit'],
        summary: 'Apply for credit repair (enterprise): the system gathers the proofs itself; `missing` lists only what no source holds',
        body: applyInput,
      },
    },
    async (req, reply) => reply.status(201).send(await applyForRepair(db, req.ctx, req.body)),
  );

  app.get(
    '/api/credit/applications',
    { config: { policy: P.listApplications },
      schema: { operationId: 'listApplications', response: R.listApplications,
        tags: ['credit'],
        summary: 'The enterprise’s applications, or the credit officer’s queue (open ones by default)',
        querystring: z.object({ status: z.enum(APPLICATION_STATUSES).optional(), ...paging }),
      },
    },
    async (req) => listApplications(db, req.ctx, req.query),
  );

  app.get(
    '/api/credit/applications/:id',
    { config: { policy: P.getApplication }, schema: { operationId: 'getApplication', response: R.getApplication, tags: ['credit'], summary: 'An application with its record and proofs side by side', params: idParams } },
    async (req) => getApplication(db, req.ctx, req.params.id),
  );

  app.post(
    '/api/credit/applications/:id/gather',
    { config: { policy: P.gather }, schema: { operationId: 'gatherProofs', response: R.gatherProofs, tags: ['credit'], summary: 'Ask the sources again for the missing proofs', params: idParams } },
    async (req) => gatherAgain(db, req.ctx, req.params.id),
  );

  app.post(
    '/api/credit/applications/:id/proofs/:kind',
    { config: { policy: P.addProof },
      schema: { operationId: 'addProof', response: R.addProof,
        tags: ['credit'],
        summary: `Upload a missing proof (enterprise; multipart field "file"; PDF/JPEG/PNG/WebP ≤ ${PROOF_MAX_MB} MB)`,
        params: idParams.extend({ kind: z.enum(PROOF_KINDS) }),
        consumes: ['multipart/form-data'],
      },
    },
    async (req) => {
      const file = await readUpload(req, { maxMb: PROOF_MAX_MB, sniff: (_, data) => sniffPdfOrImage(data) });
      return addProof(db, req.ctx, req.params.id, req.params.kind, file);
    },
  );

  const decision = z.object({ reason: z.string().trim().max(2000).optional() }).nullish();
  app.post(
    '/api/credit/applications/:id/approve',
    { config: { policy: P.decide }, schema: { operationId: 'approveApplication', response: R.approveApplication, tags: ['credit'], summary: 'Approve: the record is repaired and delivered to every platform (credit officer)', params: idParams, body: decision } },
    async (req) => decideApplication(db, req.ctx, req.params.id, 'approve', req.body?.reason),
  );
  app.post(
    '/api/credit/applications/:id/reject',
    { config: { policy: P.decide }, schema: { operationId: 'rejectApplication', response: R.rejectApplication, tags: ['credit'], summary: 'Reject with a reason (credit officer)', params: idParams, body: decision } },
    async (req) => decideApplication(db, req.ctx, req.params.id, 'reject', req.body?.reason),
  );

  app.get(
    '/api/credit/deliveries',
    { config: { policy: P.listDeliveries },
      schema: { operationId: 'listDeliveries', response: R.listDeliveries,
        tags: ['credit'],
        summary: 'Repair deliveries per platform with status (credit staff)',
        querystring: z.object({ status: z.enum(['pending', 'delivered', 'dead']).optional(), platform: z.string().max(40).optional(), ...paging }),
      },
    },
    async (req) => listDeliveries(db, req.ctx, req.query),
  );
  app.post(
    '/api/credit/deliveries/:id/resend',
    { config: { policy: P.resendDelivery }, schema: { operationId: 'resendDelivery', response: R.resendDelivery, tags: ['credit'], summary: 'Send a delivery again, same idempotency key — never applied twice (credit officer)', params: idParams } },
    async (req) => resendDelivery(db, req.ctx, req.params.id),
  );

  app.get(
    '/api/credit/rule-sets',
    { config: { policy: P.listRuleSets }, schema: { operationId: 'listRuleSets', response: R.listRuleSets, tags: ['credit'], summary: 'Rule sets in force, with the departments applying each (staff)' } },
    async (req) => listRuleSets(db, req.ctx),
  );
  app.get(
    '/api/credit/rule-sets/:code/versions',
    { config: { policy: P.listRuleSetVersions }, schema: { operationId: 'listRuleSetVersions', response: R.listRuleSetVersions, tags: ['credit'], summary: 'Every version of a rule set (staff)', params: z.object({ code: z.string().min(1).max(60) }) } },
    async (req) => listRuleSetVersions(db, req.ctx, req.params.code),
  );
  app.post(
    '/api/credit/rule-sets/:code/versions',
    { config: { policy: P.writeRuleSet },
      schema: { operationId: 'createRuleSetVersion', response: R.createRuleSetVersion,
        tags: ['credit'],
        summary: 'Write the next version of a rule set (admin; audited). Records keep the version they were decided under',
        params: z.object({ code: z.string().regex(/^[a-z0-9][a-z0-9-]{0,59}$/) }),
        body: z.object({ rules: ruleSetSchema, note: z.string().trim().max(500).optional() }),
      },
    },
    async (req, reply) => reply.status(201).send(await createRuleSetVersion(db, req.ctx, req.params.code, req.body)),
  );
  app.put(
    '/api/credit/rule-sets/assignments/:departmentId',
    { config: { policy: P.assignRuleSet },
      schema: { operationId: 'assignRuleSet', response: R.assignRuleSet,
        tags: ['credit'],
        summary: 'Set the rule set a department applies (admin; audited)',
        params: z.object({ departmentId: z.uuid() }),
        body: z.object({
          code: z.string().min(1).max(60),
          /** Why the department must publish minor records (确有必要); absent or null: it does not publish them. */
          minorPublishReason: z.string().trim().min(4).max(500).nullable().optional(),
        }),
      },
    },
    async (req) => assignRuleSet(db, req.ctx, req.params.departmentId, req.body.code, req.body.minorPublishReason ?? null),
  );

  app.get(
    '/api/credit/figures',
    { config: { policy: P.figures },
      schema: { operationId: 'getCreditFigures', response: R.getCreditFigures,
        tags: ['credit'],
        summary: 'Repairs year on year (automatic vs application), review time, deliveries, subjects spared 多头修复 (staff)',
        querystring: z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() }),
      },
    },
    async (req) => creditFigures(db, req.ctx, req.query),
  );

  app.get('/api/credit/guide', { config: { policy: PUBLIC }, schema: { operationId: 'getCreditGuide', response: R.getCreditGuide, tags: ['credit'], summary: 'How to repair, FAQ (明白书) — public' } }, async (req) => creditGuide(db, req.ctx));
};

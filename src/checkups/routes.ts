import { z } from 'zod';
import { binary } from '../platform/http/responses.js';
import type { RegisterRoutes } from '../platform/http/types.js';
import { routePolicy } from '../platform/policy/route-policy.js';
import { CHECKUP_READERS, CHECKUP_STAFF, VISIT_ROLES } from './policy.js';
import { createInvitation, invitationInput } from './create-invitation.js';
import { listInvitations, listInvitationsQuery } from './list-invitations.js';
import { getInvitation } from './get-invitation.js';
import { scheduleInput, scheduleVisit } from './schedule-visit.js';
import { findingInput, recordFinding } from './record-finding.js';
import { addFindingPhoto } from './add-finding-photo.js';
import { completeVisit } from './complete-visit.js';
import { contactInput, logContact } from './log-contact.js';
import { closeFinding, closeFindingInput } from './close-finding.js';
import { downloadCheckupFile } from './download-file.js';
import { listExperts } from './list-experts.js';
import { campaignInput, createCampaign, listCampaigns } from './campaigns.js';
import { checklistInput, currentChecklist, publishChecklist } from './checklists.js';
import { checkupFigures } from './figures.js';
import { CHECKUP_COUNT_READERS, checkupCounts, checkupCountsOut, checkupCountsQuery } from './counts.js';
import { signReport } from './sign-report.js';
import { checklistOut, invitationDetail, invitationList } from './present.js';
import { INVITATION_STATUSES } from './schema.js';
import { OPEN_AGE_BUCKETS } from './rules/open-age.js';
import { readUpload } from '../platform/http/upload.js';
import { sniffImage } from '../files/index.js';

/**
 * Route policies of the check-ups. Every one of them but `counts` is also behind the firewall (the `/api/checkups/`
 * prefix is the `checkup` data class): enforcement roles are refused before these are even looked at. `counts`
 * (`/api/figures/checkups`) answers numbers alone, so the roles that enforce may read it.
 */
export const checkupPolicies = {
  read: routePolicy('checkups.read', { roles: CHECKUP_READERS }),
  invite: routePolicy('checkups.invite', { roles: CHECKUP_READERS }),
  staff: routePolicy('checkups.staff', { roles: CHECKUP_STAFF }),
  visit: routePolicy('checkups.visit', { roles: VISIT_ROLES }),
  sign: routePolicy('checkups.sign', { roles: ['expert'] }),
  admin: routePolicy('checkups.admin', { roles: ['admin'] }),
  campaign: routePolicy('checkups.campaign', { roles: ['admin', 'service_officer'] }),
  /** The one check-up read outside the firewall's prefix: five numbers for the dashboards (see counts.ts). */
  counts: routePolicy('checkups.counts', { roles: CHECKUP_COUNT_READERS }),
};

const tags = ['checkups'];
const idParams = z.object({ id: z.uuid() });
const findingParams = z.object({ id: z.uuid(), findingId: z.uuid() });
const created = z.object({ id: z.uuid() });
const statusOut = z.object({ id: z.uuid(), status: z.enum(INVITATION_STATUSES) });

export const checkupRoutes: RegisterRoutes = (app, deps) => {
  const { db } = deps.database;

  app.post(
    '/api/checkups/invitations',
    {
      config: { policy: checkupPolicies.invite },
      schema: {
        operationId: 'createCheckupInvitation',
        tags,
        summary: 'An invitation (邀约): the enterprise for itself {preferredDates?, note?}, or check-up staff for it {enterpriseUscc, channel, note?}',
        body: invitationInput,
        response: { 201: created },
      },
    },
    async (req, reply) => reply.status(201).send(await createInvitation(db, req.ctx, req.body)),
  );

  app.get(
    '/api/checkups/invitations',
    {
      config: { policy: checkupPolicies.read },
      schema: { operationId: 'listCheckupInvitations', tags, summary: 'The invitation queue with channel, status and age (staff: their department’s; the enterprise: its own)', querystring: listInvitationsQuery, response: { 200: invitationList } },
    },
    async (req) => listInvitations(db, req.ctx, req.query),
  );

  app.get(
    '/api/checkups/invitations/:id',
    {
      config: { policy: checkupPolicies.read },
      schema: { operationId: 'getCheckupInvitation', tags, summary: 'One check-up: checklist, findings with photos, contact log, report (audited)', params: idParams, response: { 200: invitationDetail } },
    },
    async (req) => getInvitation(db, req.ctx, req.params.id),
  );

  app.post(
    '/api/checkups/invitations/:id/schedule',
    {
      config: { policy: checkupPolicies.staff },
      schema: { operationId: 'scheduleCheckupVisit', tags, summary: 'Schedule the visit: time, expert, liaison (E4)', params: idParams, body: scheduleInput, response: { 200: statusOut } },
    },
    async (req) => scheduleVisit(db, req.ctx, req.params.id, req.body),
  );

  app.post(
    '/api/checkups/invitations/:id/findings',
    {
      config: { policy: checkupPolicies.visit },
      schema: {
        operationId: 'recordCheckupFinding',
        tags,
        summary: 'One checklist item’s result: ok, or a problem with basis, advice and fix-now or a plan with milestones (E3)',
        params: idParams,
        body: findingInput,
        response: { 201: z.object({ id: z.uuid(), status: z.enum(['ok', 'fixed', 'open']) }) },
      },
    },
    async (req, reply) => reply.status(201).send(await recordFinding(db, req.ctx, req.params.id, req.body)),
  );

  app.post(
    '/api/checkups/invitations/:id/findings/:findingId/photos',
    {
      config: { policy: checkupPolicies.visit },
      schema: {
        operationId: 'addCheckupFindingPhoto',
        tags,
        summary: 'A photo of a finding (multipart field "file"; JPEG/PNG/WebP, ≤ 10 MB)',
        params: findingParams,
        consumes: ['multipart/form-data'],
        response: { 201: z.object({ id: z.uuid(), url: z.string() }) },
      },
    },
    async (req, reply) => {
      const photo = await readUpload(req, { maxMb: 10, sniff: (_, data) => sniffImage(data), codes: { tooLarge: 'checkup-photo-too-large', wrongType: 'checkup-photo-not-image' } });
      return reply.status(201).send(await addFindingPhoto(db, req.ctx, req.params.id, req.params.findingId, photo));
    },
  );

  app.post(
    '/api/checkups/invitations/:id/complete',
    {
      config: { policy: checkupPolicies.visit },
      schema: { operationId: 'completeCheckupVisit', tags, summary: 'End the visit once every checklist item has a result (一查清)', params: idParams, response: { 200: statusOut } },
    },
    async (req) => completeVisit(db, req.ctx, req.params.id),
  );

  app.post(
    '/api/checkups/invitations/:id/report',
    {
      config: { policy: checkupPolicies.sign },
      schema: {
        operationId: 'signCheckupReport',
        tags,
        summary: 'The expert signs off the report: a Chinese PDF listing the problems with basis and advice; its SHA-256 is kept (E5)',
        params: idParams,
        response: { 201: z.object({ id: z.uuid(), status: z.enum(INVITATION_STATUSES), fileId: z.uuid(), sha256: z.string(), url: z.string() }) },
      },
    },
    async (req, reply) => reply.status(201).send(await signReport(db, req.ctx, req.params.id)),
  );

  app.post(
    '/api/checkups/invitations/:id/contacts',
    {
      config: { policy: checkupPolicies.visit },
      schema: { operationId: 'logCheckupContact', tags, summary: 'The liaison’s contact log: one entry (E5)', params: idParams, body: contactInput, response: { 201: created } },
    },
    async (req, reply) => reply.status(201).send(await logContact(db, req.ctx, req.params.id, req.body)),
  );

  app.post(
    '/api/checkups/invitations/:id/findings/:findingId/close',
    {
      config: { policy: checkupPolicies.visit },
      schema: {
        operationId: 'closeCheckupFinding',
        tags,
        summary: 'The liaison verifies a planned problem fixed and closes it; the check-up closes with its last open problem',
        params: findingParams,
        body: closeFindingInput,
        response: { 200: z.object({ id: z.uuid(), status: z.literal('closed'), checkupStatus: z.enum(INVITATION_STATUSES) }) },
      },
    },
    async (req) => closeFinding(db, req.ctx, req.params.id, req.params.findingId, req.body),
  );

  app.get(
    '/api/checkups/files/:fileId',
    {
      config: { policy: checkupPolicies.read },
      schema: { operationId: 'downloadCheckupFile', tags, summary: 'A check-up photo or report PDF (audited)', params: z.object({ fileId: z.uuid() }), response: { 200: binary(['image/jpeg', 'image/png', 'application/pdf'], 'The photo or report') } },
    },
    async (req, reply) => {
      const f = await downloadCheckupFile(db, req.ctx, req.params.fileId);
      return reply
        .type(f.mime)
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(f.filename)}`)
        .header('x-content-sha256', f.sha256)
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, no-store')
        .send(f.data);
    },
  );

  app.get(
    '/api/checkups/experts',
    {
      config: { policy: checkupPolicies.staff },
      schema: {
        operationId: 'listCheckupExperts',
        tags,
        summary: 'The expert pool with fields and current load, and the liaisons (E4)',
        response: {
          200: z.object({
            experts: z.array(z.object({ id: z.uuid(), name: z.string(), fields: z.array(z.string()), active: z.boolean(), userId: z.uuid().nullable(), load: z.number().int() })),
            liaisons: z.array(z.object({ id: z.uuid(), name: z.string() })),
          }),
        },
      },
    },
    async (req) => listExperts(db, req.ctx),
  );

  const campaignOut = z.object({
    id: z.uuid(),
    title: z.string(),
    body: z.string(),
    target: z.object({ industries: z.array(z.string()).optional(), divisionCodes: z.array(z.string()).optional(), aboveDesignatedSize: z.boolean().optional() }),
    opensOn: z.string(),
    closesOn: z.string().nullable(),
  });
  app.get(
    '/api/checkups/campaigns',
    { config: { policy: checkupPolicies.read }, schema: { operationId: 'listCheckupCampaigns', tags, summary: 'Check-up campaigns (帮扶公告)', response: { 200: z.object({ items: z.array(campaignOut) }) } } },
    async (req) => listCampaigns(db, req.ctx),
  );
  app.post(
    '/api/checkups/campaigns',
    {
      config: { policy: checkupPolicies.campaign },
      schema: { operationId: 'createCheckupCampaign', tags, summary: 'Announce a campaign to a target group (E1)', body: campaignInput, response: { 201: created } },
    },
    async (req, reply) => reply.status(201).send(await createCampaign(db, req.ctx, req.body)),
  );

  app.get(
    '/api/checkups/checklist',
    { config: { policy: checkupPolicies.read }, schema: { operationId: 'getCheckupChecklist', tags, summary: 'The check package in force (4 categories × 14 items in v1)', response: { 200: checklistOut } } },
    async (req) => currentChecklist(db, req.ctx),
  );
  app.post(
    '/api/checkups/checklist',
    {
      config: { policy: checkupPolicies.admin },
      schema: { operationId: 'publishCheckupChecklist', tags, summary: 'Publish a new version of the check package (admin)', body: checklistInput, response: { 201: checklistOut } },
    },
    async (req, reply) => reply.status(201).send(await publishChecklist(db, req.ctx, req.body)),
  );

  app.get(
    '/api/checkups/figures',
    {
      config: { policy: checkupPolicies.staff },
      schema: {
        operationId: 'getCheckupFigures',
        tags,
        summary: 'Firms served, problems found, fixed on the spot, closed, open by age; invitations by status',
        response: {
          200: z.object({
            firmsServed: z.number().int(),
            problemsFound: z.number().int(),
            fixedOnSpot: z.number().int(),
            closed: z.number().int(),
            open: z.number().int(),
            openByAge: z.object(Object.fromEntries(OPEN_AGE_BUCKETS.map((b) => [b.key, z.number().int()]))),
            invitationsByStatus: z.object(Object.fromEntries(INVITATION_STATUSES.map((s) => [s, z.number().int()]))),
          }),
        },
      },
    },
    async (req) => checkupFigures(db, req.ctx),
  );

  app.get(
    '/api/figures/checkups',
    {
      config: { policy: checkupPolicies.counts },
      schema: {
        operationId: 'getCheckupCounts',
        tags,
        summary: 'Check-up counts only (firms served, problems found, fixed on the spot, closed, open) for the dashboards of the supervisor and department administrators — no text of a check-up',
        querystring: checkupCountsQuery,
        response: { 200: checkupCountsOut },
      },
    },
    async (req) => checkupCounts(db, req.ctx, req.query),
  );
};

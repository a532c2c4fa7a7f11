import { z } from 'zod';
import { binary } from '../platform/http/responses.js';
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
import { defineRoutes } from '../platform/http/route.js';
import { operationRoutes } from '../platform/http/operation-route.js';
import { sendStoredFile } from '../platform/http/download.js';

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
const findingParams = z.object({ id: z.uuid(), findingId: z.uuid() });
const created = z.object({ id: z.uuid() });
const statusOut = z.object({ id: z.uuid(), status: z.enum(INVITATION_STATUSES) });

export const checkupRoutes = defineRoutes(tags, ({ route, db }) => {
  const op = operationRoutes(route, db);
  op.post('/api/checkups/invitations', {
    policy: checkupPolicies.invite,
    operationId: 'createCheckupInvitation',
    summary: 'An invitation (邀约): the enterprise for itself {preferredDates?, note?}, or check-up staff for it {enterpriseUscc, channel, note?}',
    body: invitationInput,
    response: { 201: created },
  }, createInvitation);

  op.get('/api/checkups/invitations', {
    policy: checkupPolicies.read,
    operationId: 'listCheckupInvitations',
    summary: 'The invitation queue with channel, status and age (staff: their department’s; the enterprise: its own)',
    querystring: listInvitationsQuery,
    response: { 200: invitationList },
  }, listInvitations);

  op.get('/api/checkups/invitations/:id', {
    policy: checkupPolicies.read,
    operationId: 'getCheckupInvitation',
    summary: 'One check-up: checklist, findings with photos, contact log, report (audited)',
    response: { 200: invitationDetail },
  }, getInvitation);

  op.post('/api/checkups/invitations/:id/schedule', {
    policy: checkupPolicies.staff,
    operationId: 'scheduleCheckupVisit',
    summary: 'Schedule the visit: time, expert, liaison (E4)',
    body: scheduleInput,
    response: { 200: statusOut },
  }, scheduleVisit);

  op.post('/api/checkups/invitations/:id/findings', {
    policy: checkupPolicies.visit,
    operationId: 'recordCheckupFinding',
    summary: 'One checklist item’s result: ok, or a problem with basis, advice and fix-now or a plan with milestones (E3)',
    body: findingInput,
    response: { 201: z.object({ id: z.uuid(), status: z.enum(['ok', 'fixed', 'open']) }) },
  }, recordFinding);

  route.post('/api/checkups/invitations/:id/findings/:findingId/photos', {
    policy: checkupPolicies.visit,
    operationId: 'addCheckupFindingPhoto',
    summary: 'A photo of a finding (multipart field "file"; JPEG/PNG/WebP, ≤ 10 MB)',
    params: findingParams,
    consumes: ['multipart/form-data'],
    response: { 201: z.object({ id: z.uuid(), url: z.string() }) },
  }, async (req, reply) => {
    const photo = await readUpload(req, { maxMb: 10, sniff: (_, data) => sniffImage(data), codes: { tooLarge: 'checkup-photo-too-large', wrongType: 'checkup-photo-not-image' } });
    return reply.status(201).send(await addFindingPhoto(db, req.ctx, req.params.id, req.params.findingId, photo));
  });

  op.post('/api/checkups/invitations/:id/complete', {
    policy: checkupPolicies.visit,
    operationId: 'completeCheckupVisit',
    summary: 'End the visit once every checklist item has a result (一查清)',
    response: { 200: statusOut },
  }, completeVisit);

  op.post('/api/checkups/invitations/:id/report', {
    policy: checkupPolicies.sign,
    operationId: 'signCheckupReport',
    summary: 'The expert signs off the report: a Chinese PDF listing the problems with basis and advice; its SHA-256 is kept (E5)',
    response: { 201: z.object({ id: z.uuid(), status: z.enum(INVITATION_STATUSES), fileId: z.uuid(), sha256: z.string(), url: z.string() }) },
  }, signReport);

  op.post('/api/checkups/invitations/:id/contacts', {
    policy: checkupPolicies.visit,
    operationId: 'logCheckupContact',
    summary: 'The liaison’s contact log: one entry (E5)',
    body: contactInput,
    response: { 201: created },
  }, logContact);

  op.post('/api/checkups/invitations/:id/findings/:findingId/close', {
    policy: checkupPolicies.visit,
    operationId: 'closeCheckupFinding',
    summary: 'The liaison verifies a planned problem fixed and closes it; the check-up closes with its last open problem',
    params: findingParams,
    body: closeFindingInput,
    response: { 200: z.object({ id: z.uuid(), status: z.literal('closed'), checkupStatus: z.enum(INVITATION_STATUSES) }) },
  }, closeFinding);

  route.get('/api/checkups/files/:fileId', {
    policy: checkupPolicies.read,
    operationId: 'downloadCheckupFile',
    summary: 'A check-up photo or report PDF (audited)',
    params: z.object({ fileId: z.uuid() }),
    response: { 200: binary(['image/jpeg', 'image/png', 'application/pdf'], 'The photo or report') },
  }, async (req, reply) => {
    const f = await downloadCheckupFile(db, req.ctx, req.params.fileId);
    return sendStoredFile(reply, f, { 'x-content-sha256': f.sha256, 'cache-control': 'private, no-store' });
  });

  op.get('/api/checkups/experts', {
    policy: checkupPolicies.staff,
    operationId: 'listCheckupExperts',
    summary: 'The expert pool with fields and current load, and the liaisons (E4)',
    response: {
      200: z.object({
        experts: z.array(z.object({ id: z.uuid(), name: z.string(), fields: z.array(z.string()), active: z.boolean(), userId: z.uuid().nullable(), load: z.number().int() })),
        liaisons: z.array(z.object({ id: z.uuid(), name: z.string() })),
      }),
    },
  }, listExperts);

  const campaignOut = z.object({
    id: z.uuid(),
    title: z.string(),
    body: z.string(),
    target: z.object({ industries: z.array(z.string()).optional(), divisionCodes: z.array(z.string()).optional(), aboveDesignatedSize: z.boolean().optional() }),
    opensOn: z.string(),
    closesOn: z.string().nullable(),
  });
  op.get('/api/checkups/campaigns', {
    policy: checkupPolicies.read,
    operationId: 'listCheckupCampaigns',
    summary: 'Check-up campaigns (帮扶公告)',
    response: { 200: z.object({ items: z.array(campaignOut) }) },
  }, listCampaigns);
  op.post('/api/checkups/campaigns', {
    policy: checkupPolicies.campaign,
    operationId: 'createCheckupCampaign',
    summary: 'Announce a campaign to a target group (E1)',
    body: campaignInput,
    response: { 201: created },
  }, createCampaign);

  op.get('/api/checkups/checklist', {
    policy: checkupPolicies.read,
    operationId: 'getCheckupChecklist',
    summary: 'The check package in force (4 categories × 14 items in v1)',
    response: { 200: checklistOut },
  }, currentChecklist);
  op.post('/api/checkups/checklist', {
    policy: checkupPolicies.admin,
    operationId: 'publishCheckupChecklist',
    summary: 'Publish a new version of the check package (admin)',
    body: checklistInput,
    response: { 201: checklistOut },
  }, publishChecklist);

  op.get('/api/checkups/figures', {
    policy: checkupPolicies.staff,
    operationId: 'getCheckupFigures',
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
  }, checkupFigures);

  op.get('/api/figures/checkups', {
    policy: checkupPolicies.counts,
    operationId: 'getCheckupCounts',
    summary: 'Check-up counts only (firms served, problems found, fixed on the spot, closed, open) for the dashboards of the supervisor and department administrators — no text of a check-up',
    querystring: checkupCountsQuery,
    response: { 200: checkupCountsOut },
  }, checkupCounts);
});

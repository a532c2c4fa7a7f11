import { z } from 'zod';
import { CHECKLIST_CATEGORIES } from './rules/checklist.js';
import { CONTACT_CHANNELS, FINDING_OUTCOMES, FINDING_RESOLUTIONS, FINDING_STATUSES, INVITATION_CHANNELS, INVITATION_STATUSES } from './schema.js';

/** Whole days since `at` (the queue's age of an invitation). */
export const ageDays = (at: Date, now: Date) => Math.max(0, Math.floor((now.getTime() - at.getTime()) / 86_400_000));

const iso = z.string();
/** The names of an invitation's expert and liaison officer (null until one is assigned). */
export const invitationStaffFields = { expert: z.string().nullable(), liaison: z.string().nullable() };
export const invitationListItem = z.object({
  id: z.uuid(),
  enterprise: z.object({ uscc: z.string(), name: z.string() }),
  channel: z.enum(INVITATION_CHANNELS),
  status: z.enum(INVITATION_STATUSES),
  note: z.string().nullable(),
  preferredDates: z.array(z.string()),
  receivedAt: iso,
  ageDays: z.number().int(),
  visitAt: iso.nullable(),
  ...invitationStaffFields,
});
export const invitationList = z.object({ items: z.array(invitationListItem), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });

export const checklistItemOut = z.object({ code: z.string(), category: z.enum(CHECKLIST_CATEGORIES), name: z.string(), basis: z.string() });
export const checklistOut = z.object({ id: z.uuid(), version: z.number().int(), effectiveFrom: z.string(), source: z.string(), items: z.array(checklistItemOut) });

export const findingOut = z.object({
  id: z.uuid(),
  itemCode: z.string(),
  outcome: z.enum(FINDING_OUTCOMES),
  description: z.string().nullable(),
  basis: z.string().nullable(),
  advice: z.string().nullable(),
  resolution: z.enum(FINDING_RESOLUTIONS).nullable(),
  milestones: z.array(z.object({ due: z.string(), text: z.string() })),
  status: z.enum(FINDING_STATUSES),
  closedAt: iso.nullable(),
  closedBy: z.string().nullable(),
  closureNote: z.string().nullable(),
  createdAt: iso,
  photos: z.array(z.object({ id: z.uuid(), filename: z.string(), url: z.string() })),
});

export const contactOut = z.object({ id: z.uuid(), findingId: z.uuid().nullable(), at: iso, channel: z.enum(CONTACT_CHANNELS), note: z.string(), by: z.string() });

export const invitationDetail = invitationListItem.extend({
  campaignId: z.uuid().nullable(),
  recordedBy: z.string().nullable(),
  expertId: z.uuid().nullable(),
  liaisonUserId: z.uuid().nullable(),
  visitedAt: iso.nullable(),
  checklist: checklistOut.nullable(),
  findings: z.array(findingOut),
  contacts: z.array(contactOut),
  report: z.object({ fileId: z.uuid(), sha256: z.string(), signedAt: iso, signedBy: z.string(), url: z.string() }).nullable(),
  closedAt: iso.nullable(),
});

export const fileUrl = (fileId: string) => `/api/checkups/files/${fileId}`;

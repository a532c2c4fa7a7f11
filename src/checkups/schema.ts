import { pgTable, text, uuid, date, boolean, integer, timestamp, jsonb, index, uniqueIndex } from 'drizzle-orm/pg-core';
import { enterpriseOwnedTable } from '../platform/db/enterprise-owned-table.js';
import type { ChecklistItem } from './rules/checklist.js';

/** E3 — the check package as versioned data: one row a version, its items (4 categories × 14 items in v1). */
export const checkupChecklists = pgTable(
  'checkup_checklist',
  {
    id: uuid('id').primaryKey(),
    version: integer('version').notNull(),
    effectiveFrom: date('effective_from').notNull(),
    source: text('source').notNull(),
    items: jsonb('items').$type<ChecklistItem[]>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    createdBy: text('created_by'),
  },
  (t) => [uniqueIndex('checkup_checklist_version_key').on(t.version)],
);

/** E1 — an announcement inviting a target group of enterprises to ask for a check-up. */
export const checkupCampaigns = pgTable('checkup_campaign', {
  id: uuid('id').primaryKey(),
  departmentId: uuid('department_id').notNull(),
  title: text('title').notNull(),
  body: text('body').notNull(),
  target: jsonb('target').$type<{ industries?: string[]; divisionCodes?: string[]; aboveDesignatedSize?: boolean }>().notNull(),
  opensOn: date('opens_on').notNull(),
  closesOn: date('closes_on'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  createdBy: text('created_by'),
});

/** E4 — the expert pool: fields of expertise; the load is counted from open visits. */
export const checkupExperts = pgTable(
  'checkup_expert',
  {
    id: uuid('id').primaryKey(),
    userId: uuid('user_id'),
    departmentId: uuid('department_id').notNull(),
    name: text('name').notNull(),
    fields: text('fields').array().notNull(),
    active: boolean('active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('checkup_expert_department_idx').on(t.departmentId)],
);

export const INVITATION_CHANNELS = ['phone', 'wechat', 'letter', 'online'] as const;
/** received → scheduled → visited (every item checked) → rectifying (report signed, problems open) → closed. */
export const INVITATION_STATUSES = ['received', 'scheduled', 'visited', 'rectifying', 'closed'] as const;
export type InvitationStatus = (typeof INVITATION_STATUSES)[number];

/** E1–E5 — one check-up, from the invitation to closure. Enterprise-owned: keyed (enterprise_id, id). */
export const checkupInvitations = enterpriseOwnedTable(
  'checkup_invitation',
  {
    departmentId: uuid('department_id').notNull(),
    campaignId: uuid('campaign_id'),
    channel: text('channel', { enum: INVITATION_CHANNELS }).notNull(),
    note: text('note'),
    preferredDates: jsonb('preferred_dates').$type<string[]>().notNull(),
    status: text('status', { enum: INVITATION_STATUSES }).notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull(),
    recordedBy: text('recorded_by'),
    expertId: uuid('expert_id'),
    liaisonUserId: uuid('liaison_user_id'),
    visitAt: timestamp('visit_at', { withTimezone: true }),
    checklistId: uuid('checklist_id'),
    visitedAt: timestamp('visited_at', { withTimezone: true }),
    reportFileId: uuid('report_file_id'),
    reportSha256: text('report_sha256'),
    signedAt: timestamp('signed_at', { withTimezone: true }),
    signedBy: text('signed_by'),
    closedAt: timestamp('closed_at', { withTimezone: true }),
  },
  (t) => [
    // The routes name a check-up by its id alone: one index to find its enterprise (then every query keys on it).
    index('checkup_invitation_id_idx').on(t.id),
    index('checkup_invitation_queue_idx').on(t.departmentId, t.status, t.receivedAt),
    index('checkup_invitation_expert_idx').on(t.expertId, t.status),
    index('checkup_invitation_liaison_idx').on(t.liaisonUserId, t.status),
  ],
);

export const FINDING_OUTCOMES = ['ok', 'problem'] as const;
export const FINDING_RESOLUTIONS = ['fix-now', 'plan'] as const;
export const FINDING_STATUSES = ['ok', 'fixed', 'open', 'closed'] as const;
export type Milestone = { due: string; text: string };

/** E3/E5 — one checklist item's result at a visit: fine, or a problem fixed now or planned with milestones. */
export const checkupFindings = enterpriseOwnedTable(
  'checkup_finding',
  {
    invitationId: uuid('invitation_id').notNull(),
    itemCode: text('item_code').notNull(),
    outcome: text('outcome', { enum: FINDING_OUTCOMES }).notNull(),
    description: text('description'),
    basis: text('basis'),
    advice: text('advice'),
    resolution: text('resolution', { enum: FINDING_RESOLUTIONS }),
    milestones: jsonb('milestones').$type<Milestone[]>().notNull(),
    status: text('status', { enum: FINDING_STATUSES }).notNull(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    closedBy: text('closed_by'),
    closureNote: text('closure_note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    createdBy: text('created_by'),
  },
  (t) => [index('checkup_finding_invitation_idx').on(t.enterpriseId, t.invitationId), index('checkup_finding_open_idx').on(t.status)],
);

export const CONTACT_CHANNELS = ['phone', 'visit', 'wechat', 'online'] as const;

/** E5 — the liaison's 1-on-1 contact log with the enterprise. */
export const checkupContacts = enterpriseOwnedTable(
  'checkup_contact',
  {
    invitationId: uuid('invitation_id').notNull(),
    findingId: uuid('finding_id'),
    at: timestamp('at', { withTimezone: true }).notNull(),
    channel: text('channel', { enum: CONTACT_CHANNELS }).notNull(),
    note: text('note').notNull(),
    byUserId: uuid('by_user_id').notNull(),
    byName: text('by_name').notNull(),
  },
  (t) => [index('checkup_contact_invitation_idx').on(t.enterpriseId, t.invitationId)],
);

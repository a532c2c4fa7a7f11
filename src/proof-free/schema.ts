/**
 * F — proof-free service (从"你向我证明"到"我为你证明"): the catalog of service items and their proof materials
 * (F1), the register of data interfaces and e-licence kinds with the calls made to them (F2), verifications
 * with the applicant's consent (F3), assisted verifications (协查) and commitments (告知承诺) with spot checks
 * (F3–F4). Commitments belong to an enterprise: keyed (enterprise_id, id).
 */
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  real,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { enterpriseOwnedTable } from '../platform/db/enterprise-owned-table.js';
import { EXEMPTION_RULES, type ExemptionRule } from './rules/exemption.js';

/** 政务服务事项 — a service item of a department. */
export const proofServiceItems = pgTable(
  'proof_service_item',
  {
    id: uuid('id').primaryKey(),
    departmentId: uuid('department_id').notNull(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('proof_service_item_code_key').on(t.code),
    index('proof_service_item_department_idx').on(t.departmentId),
  ],
);

/** 证明材料 — one proof material of an item, classed by the three exemption rules (三个免提交) or still required. */
export const proofMaterials = pgTable(
  'proof_material',
  {
    id: uuid('id').primaryKey(),
    itemId: uuid('item_id').notNull(),
    name: text('name').notNull(),
    rule: text('rule', { enum: EXEMPTION_RULES }).$type<ExemptionRule>().notNull(),
    /** The legal or policy basis of the class (文件依据). */
    basis: text('basis').notNull(),
    /** The proof kind the platform verifies instead (null: none). */
    proofKind: text('proof_kind'),
    /** The day the exemption took effect (null while still required): the trend of the rate. */
    exemptSince: date('exempt_since'),
    /** 告知承诺 may stand in for the proof (false for high-risk fields: security, public safety, life and health). */
    commitmentAllowed: boolean('commitment_allowed').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('proof_material_item_name_key').on(t.itemId, t.name)],
);

/** F2 — a data interface or an e-licence kind, reached through a connector. */
export const proofInterfaces = pgTable('proof_interface', {
  id: uuid('id').primaryKey(),
  code: text('code').notNull().unique(),
  name: text('name').notNull(),
  kind: text('kind', { enum: ['data', 'e-licence'] }).notNull(),
  ownerName: text('owner_name').notNull(),
  dataKinds: text('data_kinds').array().notNull(),
  /** Path under the connector base URL, e.g. `/datashare/traffic-crimes`. */
  endpoint: text('endpoint').notNull(),
  /** `local` (the city's, the province's or the nation's shared data) or `other-city` (F5 cross-region). */
  region: text('region', { enum: ['local', 'other-city'] }).notNull(),
  status: text('status', { enum: ['active', 'suspended'] }).notNull(),
  agreedResponseMs: integer('agreed_response_ms').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
});

/** A proof the platform can establish itself (无犯罪记录 …): through an interface, else by 协查 or a commitment. */
export const proofKinds = pgTable('proof_kind', {
  code: text('code').primaryKey(),
  nameZh: text('name_zh').notNull(),
  nameEn: text('name_en').notNull(),
  /** `absence`: proven when the source holds no record (no crime); `presence`: when it holds one (social insurance paid). */
  proves: text('proves', { enum: ['absence', 'presence'] }).notNull(),
  interfaceId: uuid('interface_id'),
  /** The dataset asked at the interface. */
  dataset: text('dataset').notNull(),
  /** Why the platform may query it (the legal basis audited with every query). */
  legalBasis: text('legal_basis').notNull(),
  /** The department holding the record when no interface answers (协查). */
  holdingDepartmentId: uuid('holding_department_id'),
});

/** Every call made to a connector (F2 health is measured from these). */
export const proofConnectorCalls = pgTable(
  'proof_connector_call',
  {
    id: uuid('id').primaryKey(),
    interfaceId: uuid('interface_id').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    durationMs: integer('duration_ms').notNull(),
    outcome: text('outcome', { enum: ['ok', 'error'] }).notNull(),
    httpStatus: integer('http_status'),
    error: text('error'),
  },
  (t) => [index('proof_connector_call_interface_idx').on(t.interfaceId, t.at)],
);

export interface ConsentRecord {
  method: string;
  at: string;
  /** The named queries consented to. */
  queries: string[];
}

/** F3 — one verification: who asked, for whom, with which consent, what the source said. */
export const proofVerifications = pgTable(
  'proof_verification',
  {
    id: uuid('id').primaryKey(),
    proofKind: text('proof_kind').notNull(),
    /** SHA-256 of the ID number: the applicant's own lookups. The number itself is kept masked. */
    applicantHash: text('applicant_hash').notNull(),
    applicantMasked: text('applicant_masked').notNull(),
    /** How the applicant was identified (the verification channel). */
    channel: text('channel').notNull(),
    identityRef: text('identity_ref'),
    consent: jsonb('consent').$type<ConsentRecord>().notNull(),
    interfaceId: uuid('interface_id').notNull(),
    source: text('source').notNull(),
    region: text('region', { enum: ['local', 'other-city'] }).notNull(),
    result: text('result', { enum: ['confirmed', 'not-confirmed', 'unavailable'] }).notNull(),
    detail: jsonb('detail').$type<Record<string, unknown>>(),
    legalBasis: text('legal_basis').notNull(),
    officerUserId: uuid('officer_user_id').notNull(),
    officerName: text('officer_name').notNull(),
    departmentId: uuid('department_id'),
    checkedAt: timestamp('checked_at', { withTimezone: true }).notNull(),
    /** The applicant's receipt: what was used, opened from the QR code the window shows. */
    receiptToken: text('receipt_token').notNull(),
  },
  (t) => [
    uniqueIndex('proof_verification_receipt_key').on(t.receiptToken),
    index('proof_verification_applicant_idx').on(t.applicantHash, t.checkedAt),
    index('proof_verification_checked_idx').on(t.checkedAt),
  ],
);

/** F3 — 协查: an assisted verification asked of the department holding the record. */
export const proofAssists = pgTable(
  'proof_assist',
  {
    id: uuid('id').primaryKey(),
    proofKind: text('proof_kind').notNull(),
    applicantHash: text('applicant_hash').notNull(),
    applicantMasked: text('applicant_masked').notNull(),
    question: text('question').notNull(),
    requestingDepartmentId: uuid('requesting_department_id'),
    requestedBy: uuid('requested_by').notNull(),
    requestedByName: text('requested_by_name').notNull(),
    holdingDepartmentId: uuid('holding_department_id').notNull(),
    requestedAt: timestamp('requested_at', { withTimezone: true }).notNull(),
    workingDays: integer('working_days').notNull(),
    /** The last China day of the answer (working days from the request, by the calendar). */
    dueOn: date('due_on').notNull(),
    status: text('status', { enum: ['open', 'answered'] }).notNull(),
    answer: text('answer', { enum: ['confirmed', 'not-confirmed'] }),
    evidence: text('evidence'),
    evidenceFileId: uuid('evidence_file_id'),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    answeredBy: uuid('answered_by'),
    answeredByName: text('answered_by_name'),
    onTime: boolean('on_time'),
    reminders: integer('reminders').notNull().default(0),
  },
  (t) => [
    index('proof_assist_holding_idx').on(t.holdingDepartmentId, t.status),
    index('proof_assist_due_idx').on(t.status, t.dueOn),
  ],
);

/** F3 — 告知承诺: an enterprise's signed commitment in lieu of a proof, later spot-checked. */
export const proofCommitments = enterpriseOwnedTable(
  'proof_commitment',
  {
    uscc: text('uscc').notNull(),
    materialId: uuid('material_id').notNull(),
    itemId: uuid('item_id').notNull(),
    /** The department deciding the service item (and, for a false commitment, the credit record). */
    departmentId: uuid('department_id').notNull(),
    statement: text('statement').notNull(),
    signerName: text('signer_name').notNull(),
    signMethod: text('sign_method').notNull(),
    signedAt: timestamp('signed_at', { withTimezone: true }).notNull(),
    recordedBy: uuid('recorded_by').notNull(),
    status: text('status', { enum: ['signed', 'selected', 'kept', 'false'] }).notNull(),
    spotCheckId: uuid('spot_check_id'),
    checkedAt: timestamp('checked_at', { withTimezone: true }),
    checkedBy: uuid('checked_by'),
    checkMethod: text('check_method'),
    checkNote: text('check_note'),
    /** The credit record a false commitment became (part C). */
    penaltyId: uuid('penalty_id'),
  },
  (t) => [index('proof_commitment_status_idx').on(t.status, t.signedAt)],
);

/** A round of later checks of commitments: ratio, seed, population and the drawn ones, recorded. */
export const proofSpotChecks = pgTable('proof_spot_check', {
  id: uuid('id').primaryKey(),
  ratio: real('ratio').notNull(),
  seed: integer('seed').notNull(),
  population: integer('population').notNull(),
  selected: jsonb('selected').$type<{ enterpriseId: string; id: string }[]>().notNull(),
  drawnAt: timestamp('drawn_at', { withTimezone: true }).notNull(),
  drawnBy: uuid('drawn_by').notNull(),
});

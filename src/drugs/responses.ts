/** The 2xx answers of part D's routes, as zod schemas (serialised and checked by the server, published in the OpenAPI document). */
import { z } from 'zod';
import { binary, importReport } from '../platform/http/responses.js';
import { countFields, listOf } from '../platform/http/answer-fields.js';
import { LICENCE_STATUSES, RECTIFICATION_STATUSES, rectifications, warnings } from './schema.js';
import { licenceTermFields } from './licence-term.js';

const licence = z.object({
  id: z.string(),
  kind: z.string(),
  number: z.string(),
  holderUscc: z.string(),
  ...licenceTermFields,
  successorId: z.string().nullable(),
  issuingDepartmentId: z.string().nullable(),
});

const kind = z.object({
  code: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  category: z.string(),
  reminderWindows: z.array(z.number()),
  renewalLeadDays: z.number(),
  renewalBasis: z.string(),
  updatedAt: z.date(),
});

const target = z.object({
  industries: z.array(z.string()).optional(),
  licenceKinds: z.array(z.string()).optional(),
  divisionCodes: z.array(z.string()).optional(),
});

const warning = z.object({
  id: z.string(),
  kind: z.enum(warnings.kind.enumValues),
  topic: z.string().nullable(),
  title: z.string(),
  body: z.string(),
  publishedAt: z.string(),
});

const rectification = z.object({
  id: z.string(),
  enterpriseId: z.string(),
  enterpriseName: z.string().nullable(),
  enterpriseUscc: z.string().nullable(),
  departmentId: z.string(),
  sourceType: z.enum(rectifications.sourceType.enumValues),
  sourceId: z.string().nullable(),
  title: z.string(),
  requirement: z.string(),
  deadline: z.string(),
  status: z.enum(RECTIFICATION_STATUSES),
  overdue: z.boolean(),
  createdAt: z.string(),
  closedAt: z.string().nullable(),
});

export const createLicence = { 201: z.object({ id: z.uuid() }) };
export const listLicences = { 200: z.object({ items: z.array(licence), total: z.number().int() }) };
export const exportLicences = {
  200: binary(['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'], 'The register (.xlsx)'),
};
export const importLicences = {
  200: importReport(z.string()),
};
export const listLicenceKinds = { 200: listOf(kind) };
export const saveLicenceKind = { 200: kind };
export const licenceFigures = {
  200: z.object({
    ...countFields(['licences', 'reminders', 'licencesReminded', 'firmsReached', 'renewedBeforeExpiry', 'lapsed']),
    byWindow: z.array(z.object({ windowDays: z.number(), reminders: z.number() })),
  }),
};
export const getLicence = {
  200: licence.extend({
    statusReason: z.string().nullable(),
    reminders: z.array(
      z.object({ windowDays: z.number(), sentAt: z.string(), applyBy: z.string(), recipients: z.number() }),
    ),
  }),
};
export const changeLicenceStatus = { 200: z.object({ id: z.string(), status: z.enum(LICENCE_STATUSES) }) };
export const renewLicence = { 201: z.object({ id: z.string(), previousId: z.string() }) };
export const getComplianceNotice = {
  200: binary(['application/pdf'], 'The compliance notice (合规告知书) as a PDF'),
};

export const publishWarning = { 201: z.object({ id: z.uuid(), recipients: z.number().int() }) };
export const previewWarningRecipients = {
  200: z.object({
    recipients: z.number(),
    sample: z.array(
      z.object({ uscc: z.string(), name: z.string(), industry: z.string(), divisionCode: z.string() }),
    ),
  }),
};
/** A sent warning: whom it targeted, how many it reached, and when the reader (an enterprise) read it. */
const sentWarning = warning.extend({ target, recipients: z.number(), readAt: z.string().nullable() });
/** In a list, also how many recipients read it (for the staff; null for an enterprise). */
const listedWarning = sentWarning.extend({ reads: z.number().nullable() });
export const listWarnings = { 200: listOf(listedWarning) };
export const readWarning = { 200: sentWarning };
export const warningReceipts = {
  200: listOf(z.object({ uscc: z.string(), name: z.string(), deliveredAt: z.string(), readAt: z.string().nullable() })),
};
export const publicWarnings = { 200: listOf(warning) };

export const createRectifications = { 201: z.object({ ids: z.array(z.string()) }) };
export const listRectifications = { 200: listOf(rectification) };
export const getRectification = {
  200: rectification.extend({
    events: z.array(
      z.object({
        id: z.string(),
        kind: z.enum(['progress', 'guidance', 'verified', 'returned']),
        note: z.string(),
        actorName: z.string().nullable(),
        at: z.string(),
        files: z.array(
          z.object({ id: z.string(), filename: z.string(), mime: z.string(), size: z.number() }),
        ),
      }),
    ),
  }),
};
export const uploadRectificationEvidence = {
  201: z.object({ id: z.string(), filename: z.string(), size: z.number() }),
};
export const readRectificationFile = {
  200: binary(
    ['application/octet-stream', 'image/jpeg', 'image/png', 'application/pdf'],
    'The evidence file',
  ),
};
export const reportRectificationProgress = {
  200: z.object({ id: z.string(), status: z.literal('reported') }),
};
export const addRectificationGuidance = { 200: z.object({ id: z.string() }) };
export const verifyRectification = { 200: z.object({ id: z.string(), status: z.enum(['open', 'closed']) }) };

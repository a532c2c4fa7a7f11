/** The 2xx answers of the routes in routes.ts, as zod schemas (serialised and checked by the server, published in the OpenAPI document). */
import { z } from 'zod';
import { paged, binary, importReport } from '../platform/http/responses.js';
import { INDUSTRIES, INDUSTRY_CODES } from './industries.js';
import { IMPORT_FIELDS } from './import-columns.js';
import { listOf } from '../platform/http/answer-fields.js';

export const listIndustries = {
  200: listOf(
    z.object({
      code: z.enum(INDUSTRY_CODES),
      /** In the caller's language. */
      name: z.enum(INDUSTRIES.flatMap((i) => [i.zh, i.en])),
    }),
  ),
};

/** An enterprise's registry entry. */
const enterprise = z.object({
  id: z.string(),
  uscc: z.string(),
  name: z.string(),
  legalRepresentative: z.string(),
  address: z.string(),
  divisionCode: z.string(),
  divisionName: z.string().nullable(),
  industry: z.string(),
  industryName: z.string(),
  aboveDesignatedSize: z.boolean(),
  status: z.enum(['active', 'revoked', 'deregistered']),
  registeredOn: z.string().nullable(),
  phone: z.string().nullable(),
  usccOverride: z.boolean(),
});

export const listEnterprises = { 200: paged(enterprise) };

/**
 * The enterprise file: its registry entry and the sections the parts register (their row schemas come from
 * `fileSectionsSchema()`, known once the parts are installed — so this is built when the route is).
 */
export const getEnterpriseFile = (sections: z.ZodObject) => ({
  200: z.object({
    enterprise,
    sections: sections.describe('One array of rows per section, by the name its part registered it under'),
  }),
});

export const registerEnterprise = { 201: enterprise };

export const importEnterprises = {
  200: importReport(z.enum(IMPORT_FIELDS)),
};

export const exportEnterprises = {
  200: binary(['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet']),
};

export const getEnterpriseImportTemplate = {
  200: binary(['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet']),
};

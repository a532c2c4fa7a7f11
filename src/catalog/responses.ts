/** The 2xx answers of the catalog routes, as zod schemas (serialised and checked by the server, published in the OpenAPI document). */
import { z } from 'zod';
import { paged, binary, importReport } from '../platform/http/responses.js';

const departmentRef = z.object({ id: z.string(), code: z.string(), name: z.string(), shortName: z.string() });

/** An inspection item (检查事项), as every catalog route answers it. */
export const catalogItem = z
  .object({
    id: z.string(),
    code: z.string(),
    name: z.string(),
    legalBasis: z.string(),
    departmentId: z.string(),
    department: departmentRef,
    industries: z.array(z.string()),
    industryNames: z.array(z.string()),
    published: z.boolean(),
    publishedAt: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'CatalogItem' });

/** A joint scenario (联查场景) with its items and the departments they involve. */
export const scenario = z
  .object({
    id: z.string(),
    code: z.string(),
    name: z.string(),
    industry: z.string(),
    industryName: z.string(),
    description: z.string().nullable(),
    published: z.boolean(),
    createdAt: z.string(),
    departments: z.array(departmentRef.extend({ itemCount: z.number() })),
    items: z.array(catalogItem),
  })
  .meta({ id: 'Scenario' });

export const listCatalogItems = {
  200: paged(catalogItem),
};
export const createCatalogItem = { 201: catalogItem };
export const updateCatalogItem = { 200: catalogItem };
export const setCatalogItemPublication = { 200: catalogItem };

export const importCatalogItems = {
  200: importReport(z.enum(['department', 'code', 'name', 'published', 'legalBasis', 'industries'])),
};

export const listScenarios = {
  200: paged(scenario),
};
export const createScenario = { 201: scenario };
export const updateScenario = { 200: scenario };

export const importScenarios = {
  200: importReport(
    z.enum([
      'department',
      'description',
      'industry',
      'published',
      'scenarioCode',
      'scenarioName',
      'itemCode',
    ]),
    {
      skipped: z.array(z.object({ code: z.string(), rows: z.array(z.number()) })),
    },
  ),
};

export const getCatalogFigures = {
  200: z.object({
    integration: z.object({ items: z.number(), scenarios: z.number(), rate: z.number().nullable() }),
    items: z.object({ total: z.number(), published: z.number() }),
    scenarios: z.object({ total: z.number(), published: z.number() }),
    byDepartment: z.array(
      z.object({
        departmentId: z.string(),
        code: z.string(),
        name: z.string(),
        shortName: z.string(),
        total: z.number(),
        published: z.number(),
      }),
    ),
  }),
};

export const exportCatalogItems = {
  200: binary(
    ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    'Inspection items (.xlsx)',
  ),
};
export const exportScenarios = {
  200: binary(
    ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    'Joint scenarios (.xlsx), one row per item',
  ),
};

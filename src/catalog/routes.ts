import { z } from 'zod';
import type { RegisterRoutes } from '../platform/http/types.js';
import { readUpload } from '../platform/http/upload.js';
import { requireUser } from '../platform/policy/policy.js';
import { INDUSTRY_CODES } from '../enterprises/index.js';
import { createItemInput, scenarioFields, updateItemInput, updateScenarioInput } from './inputs.js';
import { listItems } from './list-items.js';
import { createItem } from './create-item.js';
import { updateItem } from './update-item.js';
import { setItemPublished } from './publish-item.js';
import { listScenarios } from './list-scenarios.js';
import { createScenario } from './create-scenario.js';
import { updateScenario } from './update-scenario.js';
import { catalogFigures } from './catalog-figures.js';
import { importItems } from './import-items.js';
import { importScenarios } from './import-scenarios.js';
import { exportItems, exportScenarios } from './export-catalog.js';
import { XLSX_CONTENT_TYPE } from '../enterprises/index.js';
import { ITEM_EDITORS, SCENARIO_EDITORS, catalogPolicies } from './policy.js';
import { presentItem } from './present.js';
import * as R from './responses.js';
import { pagingFields } from '../platform/http/paging.js';

const page = pagingFields({ defaultSize: 50 });
/** `true` / `false` in a query string (also 1/0, yes/no). */
const queryBoolean = z.stringbool().optional();
const idParams = z.object({ id: z.uuid() });
/** The filters of the item list and its export. */
const itemFilterQuery = z.object({
  departmentId: z.uuid().optional(),
  published: queryBoolean,
  industry: z.enum(INDUSTRY_CODES).optional(),
  q: z.string().trim().max(100).optional(),
});
/** The filters of the scenario list and its export. */
const scenarioFilterQuery = z.object({
  industry: z.enum(INDUSTRY_CODES).optional(),
  published: queryBoolean,
  q: z.string().trim().max(100).optional(),
});


/** A1 — the catalog: inspection items (检查事项) and joint scenarios (联查场景). */
export const catalogRoutes: RegisterRoutes = (app, deps) => {
  const { db } = deps.database;

  app.get(
    '/api/catalog/items',
    { config: { policy: catalogPolicies.listItems },
      schema: { operationId: 'listCatalogItems', response: R.listCatalogItems,
        tags: ['catalog'],
        summary: 'Inspection items with department and legal basis (enterprises see published items only)',
        querystring: itemFilterQuery.extend(page),
      },
    },
    async (req) => {
      requireUser(req.ctx.actor);
      const { total, rows } = await listItems(db, req.ctx.actor, req.query);
      return {
        items: rows.map((r) => presentItem(r.item, r.department, req.ctx.locale)),
        total,
        page: req.query.page,
        pageSize: req.query.pageSize,
      };
    },
  );

  app.post(
    '/api/catalog/items',
    { config: { policy: catalogPolicies.createItem },
      schema: { operationId: 'createCatalogItem', response: R.createCatalogItem,
        tags: ['catalog'],
        summary: `Add an inspection item (${ITEM_EDITORS.join(', ')}; a dept_admin only to its own department)`,
        body: createItemInput,
      },
    },
    async (req, reply) => {
      const { item, department } = await createItem(db, req.ctx, req.body);
      return reply.status(201).send(presentItem(item, department, req.ctx.locale));
    },
  );

  app.patch(
    '/api/catalog/items/:id',
    { config: { policy: catalogPolicies.updateItem },
      schema: { operationId: 'updateCatalogItem', response: R.updateCatalogItem,
        tags: ['catalog'],
        summary: 'Change an inspection item (admin, or the dept_admin of its department)',
        params: idParams,
        body: updateItemInput,
      },
    },
    async (req) => {
      const { item, department } = await updateItem(db, req.ctx, req.params.id, req.body);
      return presentItem(item, department, req.ctx.locale);
    },
  );

  for (const [action, published] of [
    ['publish', true],
    ['unpublish', false],
  ] as const) {
    app.post(
      `/api/catalog/items/:id/${action}`,
      { config: { policy: catalogPolicies.publishItem },
        schema: { operationId: `${action}CatalogItem`, response: R.setCatalogItemPublication,
          tags: ['catalog'],
          summary: published
            ? 'Publish an inspection item: only published items may be inspected'
            : 'Withdraw an inspection item from publication',
          params: idParams,
        },
      },
      async (req) => {
        const { item, department } = await setItemPublished(db, req.ctx, req.params.id, published);
        return presentItem(item, department, req.ctx.locale);
      },
    );
  }

  app.post(
    '/api/catalog/items/import',
    { config: { policy: catalogPolicies.importItems },
      schema: { operationId: 'importCatalogItems', response: R.importCatalogItems,
        tags: ['catalog'],
        summary:
          'Import inspection items from an .xlsx or .csv (multipart field `file`; admin, dept_admin): matched by (department, code); invalid rows reported with row number and reason',
        consumes: ['multipart/form-data'],
      },
    },
    async (req) => {
      requireUser(req.ctx.actor, ITEM_EDITORS);
      return importItems(db, req.ctx, await readUpload(req));
    },
  );

  app.get(
    '/api/catalog/items/export',
    { config: { policy: catalogPolicies.exportItems },
      schema: { operationId: 'exportCatalogItems', response: R.exportCatalogItems,
        tags: ['catalog'],
        summary: 'Inspection items as .xlsx with the columns of the import, for the list’s filter (admin, dept_admin, supervisor; audited)',
        querystring: itemFilterQuery,
      },
    },
    async (req, reply) => {
      const data = await exportItems(db, req.ctx, req.query);
      return reply
        .header('content-type', XLSX_CONTENT_TYPE)
        .header('content-disposition', `attachment; filename="catalog-items.xlsx"; filename*=UTF-8''${encodeURIComponent('检查事项.xlsx')}`)
        .send(data);
    },
  );

  app.get(
    '/api/catalog/scenarios/export',
    { config: { policy: catalogPolicies.exportScenarios },
      schema: { operationId: 'exportScenarios', response: R.exportScenarios,
        tags: ['catalog'],
        summary: 'Joint scenarios as .xlsx, one row per item, with the columns of the import (admin, dept_admin, supervisor; audited)',
        querystring: scenarioFilterQuery,
      },
    },
    async (req, reply) => {
      const data = await exportScenarios(db, req.ctx, req.query);
      return reply
        .header('content-type', XLSX_CONTENT_TYPE)
        .header('content-disposition', `attachment; filename="joint-scenarios.xlsx"; filename*=UTF-8''${encodeURIComponent('联查场景.xlsx')}`)
        .send(data);
    },
  );

  app.get(
    '/api/catalog/scenarios',
    { config: { policy: catalogPolicies.listScenarios },
      schema: { operationId: 'listScenarios', response: R.listScenarios,
        tags: ['catalog'],
        summary: 'Joint scenarios with their items and the departments involved',
        querystring: scenarioFilterQuery.extend(page),
      },
    },
    async (req) => {
      requireUser(req.ctx.actor);
      const { total, items } = await listScenarios(db, req.ctx.actor, req.ctx.locale, req.query);
      return { items, total, page: req.query.page, pageSize: req.query.pageSize };
    },
  );

  app.post(
    '/api/catalog/scenarios',
    { config: { policy: catalogPolicies.createScenario },
      schema: { operationId: 'createScenario', response: R.createScenario,
        tags: ['catalog'],
        summary: `Create a joint scenario of items of several departments (${SCENARIO_EDITORS.join(', ')}; a dept_admin only with an item of its department)`,
        body: scenarioFields,
      },
    },
    async (req, reply) => reply.status(201).send(await createScenario(db, req.ctx, req.body)),
  );

  app.patch(
    '/api/catalog/scenarios/:id',
    { config: { policy: catalogPolicies.updateScenario },
      schema: { operationId: 'updateScenario', response: R.updateScenario,
        tags: ['catalog'],
        summary: `Change a joint scenario; itemIds replaces its items (${SCENARIO_EDITORS.join(', ')}; a dept_admin only scenarios holding an item of its department)`,
        params: idParams,
        body: updateScenarioInput,
      },
    },
    async (req) => updateScenario(db, req.ctx, req.params.id, req.body),
  );

  app.post(
    '/api/catalog/scenarios/import',
    { config: { policy: catalogPolicies.importScenarios },
      schema: { operationId: 'importScenarios', response: R.importScenarios,
        tags: ['catalog'],
        summary:
          'Import joint scenarios from an .xlsx or .csv, one row per item (multipart field `file`; admin, supervisor, dept_admin — only scenarios holding an item of its department): matched by scenario code, each scenario all-or-nothing',
        consumes: ['multipart/form-data'],
      },
    },
    async (req) => {
      requireUser(req.ctx.actor, SCENARIO_EDITORS);
      return importScenarios(db, req.ctx, await readUpload(req));
    },
  );

  app.get(
    '/api/catalog/figures',
    { config: { policy: catalogPolicies.figures },
      schema: { operationId: 'getCatalogFigures', response: R.getCatalogFigures,
        tags: ['catalog'],
        summary: 'Catalog figures: integration rate (1 − scenarios ÷ items merged into them), items by department',
      },
    },
    async (req) => {
      requireUser(req.ctx.actor);
      return catalogFigures(db);
    },
  );
};

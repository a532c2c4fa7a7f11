import { z } from 'zod';
import { readUpload } from '../platform/http/upload.js';
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
import { ITEM_EDITORS, SCENARIO_EDITORS, catalogPolicies } from './policy.js';
import { presentItem } from './present.js';
import * as R from './responses.js';
import { pageAnswer, pagingFields } from '../platform/http/paging.js';
import { defineRoutes, idParams } from '../platform/http/route.js';
import { operationRoutes } from '../platform/http/operation-route.js';

const page = pagingFields({ defaultSize: 50 });
/** `true` / `false` in a query string (also 1/0, yes/no). */
const queryBoolean = z.stringbool().optional();
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
export const catalogRoutes = defineRoutes(['catalog'], ({ route, db }) => {
  const op = operationRoutes(route, db);
  route.get('/api/catalog/items', {
    policy: catalogPolicies.listItems,
    operationId: 'listCatalogItems',
    summary: 'Inspection items with department and legal basis (enterprises see published items only)',
    querystring: itemFilterQuery.extend(page),
    response: R.listCatalogItems,
  }, async (req) => {
    const { total, rows } = await listItems(db, req.ctx.actor, req.query);
    return pageAnswer(req.query, total, rows.map((r) => presentItem(r.item, r.department, req.ctx.locale)));
  });

  route.post('/api/catalog/items', {
    policy: catalogPolicies.createItem,
    operationId: 'createCatalogItem',
    summary: `Add an inspection item (${ITEM_EDITORS.join(', ')}; a dept_admin only to its own department)`,
    body: createItemInput,
    response: R.createCatalogItem,
  }, async (req, reply) => {
    const { item, department } = await createItem(db, req.ctx, req.body);
    return reply.status(201).send(presentItem(item, department, req.ctx.locale));
  });

  route.patch('/api/catalog/items/:id', {
    policy: catalogPolicies.updateItem,
    operationId: 'updateCatalogItem',
    summary: 'Change an inspection item (admin, or the dept_admin of its department)',
    params: idParams,
    body: updateItemInput,
    response: R.updateCatalogItem,
  }, async (req) => {
    const { item, department } = await updateItem(db, req.ctx, req.params.id, req.body);
    return presentItem(item, department, req.ctx.locale);
  });

  for (const [action, published] of [
    ['publish', true],
    ['unpublish', false],
  ] as const) {
    route.post(`/api/catalog/items/:id/${action}`, {
      policy: catalogPolicies.publishItem,
      operationId: `${action}CatalogItem`,
      summary: published
        ? 'Publish an inspection item: only published items may be inspected'
        : 'Withdraw an inspection item from publication',
      params: idParams,
      response: R.setCatalogItemPublication,
    }, async (req) => {
      const { item, department } = await setItemPublished(db, req.ctx, req.params.id, published);
      return presentItem(item, department, req.ctx.locale);
    });
  }

  route.post('/api/catalog/items/import', {
    policy: catalogPolicies.importItems,
    operationId: 'importCatalogItems',
    summary:
      'Import inspection items from an .xlsx or .csv (multipart field `file`; admin, dept_admin): matched by (department, code); invalid rows reported with row number and reason',
    consumes: ['multipart/form-data'],
    response: R.importCatalogItems,
  }, async (req) => importItems(db, req.ctx, await readUpload(req)));

  op.spreadsheet('/api/catalog/items/export', {
    policy: catalogPolicies.exportItems,
    operationId: 'exportCatalogItems',
    summary: 'Inspection items as .xlsx with the columns of the import, for the list’s filter (admin, dept_admin, supervisor; audited)',
    querystring: itemFilterQuery,
    response: R.exportCatalogItems,
  }, exportItems, { ascii: 'catalog-items', name: '检查事项' });

  op.spreadsheet('/api/catalog/scenarios/export', {
    policy: catalogPolicies.exportScenarios,
    operationId: 'exportScenarios',
    summary: 'Joint scenarios as .xlsx, one row per item, with the columns of the import (admin, dept_admin, supervisor; audited)',
    querystring: scenarioFilterQuery,
    response: R.exportScenarios,
  }, exportScenarios, { ascii: 'joint-scenarios', name: '联查场景' });

  route.get('/api/catalog/scenarios', {
    policy: catalogPolicies.listScenarios,
    operationId: 'listScenarios',
    summary: 'Joint scenarios with their items and the departments involved',
    querystring: scenarioFilterQuery.extend(page),
    response: R.listScenarios,
  }, async (req) => {
    const { total, items } = await listScenarios(db, req.ctx.actor, req.ctx.locale, req.query);
    return pageAnswer(req.query, total, items);
  });

  op.post('/api/catalog/scenarios', {
    policy: catalogPolicies.createScenario,
    operationId: 'createScenario',
    summary: `Create a joint scenario of items of several departments (${SCENARIO_EDITORS.join(', ')}; a dept_admin only with an item of its department)`,
    body: scenarioFields,
    response: R.createScenario,
  }, createScenario);

  op.patch('/api/catalog/scenarios/:id', {
    policy: catalogPolicies.updateScenario,
    operationId: 'updateScenario',
    summary: `Change a joint scenario; itemIds replaces its items (${SCENARIO_EDITORS.join(', ')}; a dept_admin only scenarios holding an item of its department)`,
    body: updateScenarioInput,
    response: R.updateScenario,
  }, updateScenario);

  route.post('/api/catalog/scenarios/import', {
    policy: catalogPolicies.importScenarios,
    operationId: 'importScenarios',
    summary:
      'Import joint scenarios from an .xlsx or .csv, one row per item (multipart field `file`; admin, supervisor, dept_admin — only scenarios holding an item of its department): matched by scenario code, each scenario all-or-nothing',
    consumes: ['multipart/form-data'],
    response: R.importScenarios,
  }, async (req) => importScenarios(db, req.ctx, await readUpload(req)));

  route.get('/api/catalog/figures', {
    policy: catalogPolicies.figures,
    operationId: 'getCatalogFigures',
    summary: 'Catalog figures: integration rate (1 − scenarios ÷ items merged into them), items by department',
    response: R.getCatalogFigures,
  }, async () => catalogFigures(db));
});

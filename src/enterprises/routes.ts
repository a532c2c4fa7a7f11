import { z } from 'zod';
import { INDUSTRIES, INDUSTRY_CODES } from './industries.js';
import { enterpriseInput } from './validate-enterprise.js';
import { registerEnterprise } from './register-enterprise.js';
import { listEnterprises } from './list-enterprises.js';
import { getEnterpriseFile } from './get-enterprise-file.js';
import { presentEnterprise } from './present.js';
import { importEnterprises } from './import-enterprises.js';
import { exportEnterprises, importTemplate } from './export-enterprises.js';
import { enterprisePolicies as P } from './policy.js';
import { PUBLIC } from '../platform/policy/route-policy.js';
import * as R from './responses.js';
import { fileSectionsSchema } from '../platform/parts/file-sections.js';
import { pageAnswer, pagingFields } from '../platform/http/paging.js';
import { readUpload } from '../platform/http/upload.js';
import { defineRoutes } from '../platform/http/route.js';
import { operationRoutes } from '../platform/http/operation-route.js';
import { sendXlsx } from '../platform/http/download.js';

/** `attachment` with an ASCII fallback name and the real (Chinese) name per RFC 6266 / RFC 5987. */
export const enterpriseFilterQuery = z.object({
  q: z.string().trim().max(100).optional(),
  industry: z.enum(INDUSTRY_CODES).optional(),
  divisionCode: z.string().regex(/^\d{6}$/).optional(),
  status: z.enum(['active', 'deregistered', 'revoked']).optional(),
});

export const enterpriseRoutes = defineRoutes(['enterprises'], ({ route, db }) => {
  const op = operationRoutes(route, db);
  route.get('/api/meta/industries', {
    policy: PUBLIC,
    operationId: 'listIndustries',
    summary: 'Industries of the registry',
    response: R.listIndustries,
  }, async (req) => ({
    items: INDUSTRIES.map((i) => ({ code: i.code, name: req.ctx.locale === 'zh-CN' ? i.zh : i.en })),
  }));

  route.get('/api/enterprises', {
    policy: P.list,
    operationId: 'listEnterprises',
    summary: 'Search the enterprise registry (scoped: an enterprise user sees only itself)',
    querystring: enterpriseFilterQuery.extend(pagingFields()),
    response: R.listEnterprises,
  }, async (req) => {
    const { total, rows } = await listEnterprises(db, req.ctx.actor, req.query);
    return pageAnswer(req.query, total, rows.map((r) => presentEnterprise(r.e, r.divisionName, req.ctx.locale)));
  });

  route.get('/api/enterprises/:uscc', {
    policy: P.file,
    operationId: 'getEnterpriseFile',
    summary: 'The enterprise file (一企一档)',
    params: z.object({ uscc: z.string().min(1).max(32) }),
    response: R.getEnterpriseFile(fileSectionsSchema()),
  }, async (req) => getEnterpriseFile(db, req.ctx, req.params.uscc));

  route.post('/api/enterprises', {
    policy: P.register,
    operationId: 'registerEnterprise',
    summary: 'Register an enterprise (admin); a bad USCC → 422 invalid-uscc',
    body: enterpriseInput.extend({ usccOverride: z.object({ reason: z.string().max(500) }).optional() }),
    response: R.registerEnterprise,
  }, async (req, reply) => {
    const row = await registerEnterprise(db, req.ctx, req.body);
    return reply.status(201).send(presentEnterprise(row, null, req.ctx.locale));
  });

  route.post('/api/enterprises/import', {
    policy: P.import,
    operationId: 'importEnterprises',
    summary:
      'Import enterprises from an .xlsx or .csv (multipart field `file`; admin, dept_admin): valid rows upserted by USCC, invalid rows reported with row number and reason',
    consumes: ['multipart/form-data'],
    response: R.importEnterprises,
  }, async (req) => importEnterprises(db, req.ctx, await readUpload(req)));

  op.spreadsheet('/api/enterprises/export', {
    policy: P.export,
    operationId: 'exportEnterprises',
    summary: 'The filtered registry as .xlsx (staff; the columns of the import)',
    querystring: enterpriseFilterQuery,
    response: R.exportEnterprises,
  }, exportEnterprises, { ascii: 'enterprises', name: '企业名录', dated: true });

  route.get('/api/enterprises/import-template', {
    policy: P.importTemplate,
    operationId: 'getEnterpriseImportTemplate',
    summary: 'An empty import spreadsheet: the headers and one example row',
    response: R.getEnterpriseImportTemplate,
  }, async (req, reply) => {
    const data = await importTemplate(req.ctx);
    return sendXlsx(reply, data, { ascii: 'enterprise-import-template.xlsx', name: '企业导入模板.xlsx' });
  });
});

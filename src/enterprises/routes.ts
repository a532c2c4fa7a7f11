import { z } from 'zod';
import type { RegisterRoutes } from '../platform/http/types.js';
import { requireUser } from '../platform/policy/policy.js';
import { INDUSTRIES, INDUSTRY_CODES } from './industries.js';
import { enterpriseInput } from './validate-enterprise.js';
import { registerEnterprise } from './register-enterprise.js';
import { listEnterprises } from './list-enterprises.js';
import { getEnterpriseFile } from './get-enterprise-file.js';
import { presentEnterprise } from './present.js';
import { chinaDay } from '../organisation/index.js';
import { IMPORT_ROLES, importEnterprises } from './import-enterprises.js';
import { XLSX_CONTENT_TYPE, exportEnterprises, importTemplate } from './export-enterprises.js';
import { enterprisePolicies as P } from './policy.js';
import { PUBLIC } from '../platform/policy/route-policy.js';
import * as R from './responses.js';
import { fileSectionsSchema } from '../platform/parts/file-sections.js';
import { pagingFields } from '../platform/http/paging.js';
import { readUpload } from '../platform/http/upload.js';

/** `attachment` with an ASCII fallback name and the real (Chinese) name per RFC 6266 / RFC 5987. */
function attachment(asciiName: string, name: string): string {
  return `attachment; filename="${asciiName}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

export const enterpriseFilterQuery = z.object({
  q: z.string().trim().max(100).optional(),
  industry: z.enum(INDUSTRY_CODES).optional(),
  divisionCode: z.string().regex(/^\d{6}$/).optional(),
  status: z.enum(['active', 'deregistered', 'revoked']).optional(),
});

export const enterpriseRoutes: RegisterRoutes = (app, deps) => {
  const { db } = deps.database;

  app.get('/api/meta/industries', { config: { policy: PUBLIC }, schema: { operationId: 'listIndustries', response: R.listIndustries, tags: ['enterprises'], summary: 'Industries of the registry' } }, async (req) => ({
    items: INDUSTRIES.map((i) => ({ code: i.code, name: req.ctx.locale === 'zh-CN' ? i.zh : i.en })),
  }));

  app.get(
    '/api/enterprises',
    { config: { policy: P.list },
      schema: { operationId: 'listEnterprises', response: R.listEnterprises,
        tags: ['enterprises'],
        summary: 'Search the enterprise registry (scoped: an enterprise user sees only itself)',
        querystring: enterpriseFilterQuery.extend(pagingFields()),
      },
    },
    async (req) => {
      requireUser(req.ctx.actor);
      const { total, rows } = await listEnterprises(db, req.ctx.actor, req.query);
      return {
        items: rows.map((r) => presentEnterprise(r.e, r.divisionName, req.ctx.locale)),
        total,
        page: req.query.page,
        pageSize: req.query.pageSize,
      };
    },
  );

  app.get(
    '/api/enterprises/:uscc',
    { config: { policy: P.file }, schema: { operationId: 'getEnterpriseFile', response: R.getEnterpriseFile(fileSectionsSchema()), tags: ['enterprises'], summary: 'The enterprise file (一企一档)', params: z.object({ uscc: z.string().min(1).max(32) }) } },
    async (req) => getEnterpriseFile(db, req.ctx, req.params.uscc),
  );

  app.post(
    '/api/enterprises',
    { config: { policy: P.register },
      schema: { operationId: 'registerEnterprise', response: R.registerEnterprise,
        tags: ['enterprises'],
        summary: 'Register an enterprise (admin); a bad USCC → 422 invalid-uscc',
        body: enterpriseInput.extend({ usccOverride: z.object({ reason: z.string().max(500) }).optional() }),
      },
    },
    async (req, reply) => {
      requireUser(req.ctx.actor, ['admin']);
      const row = await registerEnterprise(db, req.ctx, req.body);
      return reply.status(201).send(presentEnterprise(row, null, req.ctx.locale));
    },
  );

  app.post(
    '/api/enterprises/import',
    { config: { policy: P.import },
      schema: { operationId: 'importEnterprises', response: R.importEnterprises,
        tags: ['enterprises'],
        summary:
          'Import enterprises from an .xlsx or .csv (multipart field `file`; admin, dept_admin): valid rows upserted by USCC, invalid rows reported with row number and reason',
        consumes: ['multipart/form-data'],
      },
    },
    async (req) => {
      requireUser(req.ctx.actor, IMPORT_ROLES);
      return importEnterprises(db, req.ctx, await readUpload(req));
    },
  );

  app.get(
    '/api/enterprises/export',
    { config: { policy: P.export },
      schema: { operationId: 'exportEnterprises', response: R.exportEnterprises,
        tags: ['enterprises'],
        summary: 'The filtered registry as .xlsx (staff; the columns of the import)',
        querystring: enterpriseFilterQuery,
      },
    },
    async (req, reply) => {
      const data = await exportEnterprises(db, req.ctx, req.query);
      const day = chinaDay(req.ctx.now).replaceAll('-', '');
      return reply
        .type(XLSX_CONTENT_TYPE)
        .header('content-disposition', attachment(`enterprises-${day}.xlsx`, `企业名录-${day}.xlsx`))
        .header('cache-control', 'no-store')
        .send(data);
    },
  );

  app.get(
    '/api/enterprises/import-template',
    { config: { policy: P.importTemplate }, schema: { operationId: 'getEnterpriseImportTemplate', response: R.getEnterpriseImportTemplate, tags: ['enterprises'], summary: 'An empty import spreadsheet: the headers and one example row' } },
    async (req, reply) => {
      const data = await importTemplate(req.ctx);
      return reply
        .type(XLSX_CONTENT_TYPE)
        .header('content-disposition', attachment('enterprise-import-template.xlsx', '企业导入模板.xlsx'))
        .send(data);
    },
  );
};

import { z } from 'zod';
import type { RegisterRoutes } from '../platform/http/types.js';
import { requireUser } from '../platform/policy/policy.js';
import { INDUSTRIES, INDUSTRY_CODES } from './industries.js';
import { enterpriseInput } from './validate-enterprise.js';
import { registerEnterprise } from './register-enterprise.js';
import { listEnterprises } from './list-enterprises.js';
import { getEnterpriseFile } from './get-enterprise-file.js';
import { presentEnterprise } from './present.js';

export const enterpriseFilterQuery = z.object({
  q: z.string().trim().max(100).optional(),
  industry: z.enum(INDUSTRY_CODES).optional(),
  divisionCode: z.string().regex(/^\d{6}$/).optional(),
  status: z.enum(['active', 'deregistered', 'revoked']).optional(),
});

export const enterpriseRoutes: RegisterRoutes = (app, deps) => {
  const { db } = deps.database;

  app.get('/api/meta/industries', { schema: { tags: ['enterprises'], summary: 'Industries of the registry' } }, async (req) => ({
    items: INDUSTRIES.map((i) => ({ code: i.code, name: req.ctx.locale === 'zh-CN' ? i.zh : i.en })),
  }));

  app.get(
    '/api/enterprises',
    {
      schema: {
        tags: ['enterprises'],
        summary: 'Search the enterprise registry (scoped: an enterprise user sees only itself)',
        querystring: enterpriseFilterQuery.extend({
          page: z.coerce.number().int().min(1).max(100_000).default(1),
          pageSize: z.coerce.number().int().min(1).max(200).default(20),
        }),
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
    { schema: { tags: ['enterprises'], summary: 'The enterprise file (一企一档)', params: z.object({ uscc: z.string().min(1).max(32) }) } },
    async (req) => getEnterpriseFile(db, req.ctx, req.params.uscc),
  );

  app.post(
    '/api/enterprises',
    {
      schema: {
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
};

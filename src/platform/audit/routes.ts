import { z } from 'zod';
import type { RegisterRoutes } from '../http/types.js';
import { pagingFields } from '../http/paging.js';
import { auditFilterQuery } from './audit-filter.js';
import { checkAuditChain } from './check-audit-chain.js';
import { searchAuditLog } from './search-audit-log.js';
import { auditPolicies as P } from './policy.js';
import * as R from './responses.js';

export const auditRoutes: RegisterRoutes = (app, deps) => {
  const { db } = deps.database;

  app.get(
    '/api/admin/audit/verify',
    { config: { policy: P.verify },
      schema: { operationId: 'verifyAuditChain', response: R.verifyAuditChain,
        tags: ['audit'],
        summary:
          'Seal pending audit rows, then verify the SM3 hash chain (admin, supervisor); the check is itself audited',
        querystring: z.object({ fromSeq: z.coerce.number().int().min(1).optional() }),
      },
    },
    async (req) => checkAuditChain(db, req.ctx, deps.auditAnchor, req.query.fromSeq),
  );

  app.get(
    '/api/admin/audit',
    { config: { policy: P.search },
      schema: { operationId: 'searchAuditLog', response: R.searchAuditLog,
        tags: ['audit'],
        summary: 'Search the audit log, newest first (admin, supervisor)',
        querystring: auditFilterQuery.extend(pagingFields({ defaultSize: 50 })),
      },
    },
    async (req) => searchAuditLog(db, req.ctx, req.query),
  );
};

import { z } from 'zod';
import { pagingFields } from '../http/paging.js';
import { auditFilterQuery } from './audit-filter.js';
import { checkAuditChain } from './check-audit-chain.js';
import { searchAuditLog } from './search-audit-log.js';
import { auditPolicies as P } from './policy.js';
import * as R from './responses.js';
import { defineRoutes } from '../http/route.js';

export const auditRoutes = defineRoutes(['audit'], ({ route, db, deps }) => {
  route.get('/api/admin/audit/verify', {
    policy: P.verify,
    operationId: 'verifyAuditChain',
    summary:
      'Seal pending audit rows, then verify the SM3 hash chain (admin, supervisor); the check is itself audited',
    querystring: z.object({ fromSeq: z.coerce.number().int().min(1).optional() }),
    response: R.verifyAuditChain,
  }, async (req) => checkAuditChain(db, req.ctx, deps.auditAnchor, req.query.fromSeq));

  route.get('/api/admin/audit', {
    policy: P.search,
    operationId: 'searchAuditLog',
    summary: 'Search the audit log, newest first (admin, supervisor)',
    querystring: auditFilterQuery.extend(pagingFields({ defaultSize: 50 })),
    response: R.searchAuditLog,
  }, async (req) => searchAuditLog(db, req.ctx, req.query));
});

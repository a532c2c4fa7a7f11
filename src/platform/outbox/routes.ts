import { z } from 'zod';
import { listOutbox } from './list-outbox.js';
import { resendMessage } from './resend.js';
import { outboxPolicies as P } from './policy.js';
import * as R from './responses.js';
import { pagingFields } from '../http/paging.js';
import { defineRoutes, idParams } from '../http/route.js';

export const outboxRoutes = defineRoutes(['outbox'], ({ route, db }) => {
  route.get('/api/admin/outbox', {
    policy: P.list,
    operationId: 'listOutbox',
    summary: 'Outbox: counts by topic/destination/status, and a page of messages (admin)',
    querystring: z.object({
      status: z.enum(['pending', 'delivered', 'dead']).optional(),
      topic: z.string().trim().min(1).max(200).optional(),
      destination: z.string().trim().min(1).max(500).optional(),
      ...pagingFields(),
    }),
    response: R.listOutbox,
  }, async (req) => listOutbox(db, req.query));

  route.post('/api/admin/outbox/:id/resend', {
    policy: P.resend,
    operationId: 'resendOutboxMessage',
    summary: 'Queue a dead or delivered message again, same idempotency key (admin; audited)',
    params: idParams,
    response: R.resendOutboxMessage,
  }, async (req) => resendMessage(db, req.params.id, req.ctx));
});

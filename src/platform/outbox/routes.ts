import { z } from 'zod';
import type { RegisterRoutes } from '../http/types.js';
import { requireUser } from '../policy/policy.js';
import { listOutbox } from './list-outbox.js';
import { resendMessage } from './resend.js';
import { outboxPolicies as P } from './policy.js';
import * as R from './responses.js';
import { pagingFields } from '../http/paging.js';

export const outboxRoutes: RegisterRoutes = (app, deps) => {
  const { db } = deps.database;

  app.get(
    '/api/admin/outbox',
    { config: { policy: P.list },
      schema: { operationId: 'listOutbox', response: R.listOutbox,
        tags: ['outbox'],
        summary: 'Outbox: counts by topic/destination/status, and a page of messages (admin)',
        querystring: z.object({
          status: z.enum(['pending', 'delivered', 'dead']).optional(),
          topic: z.string().trim().min(1).max(200).optional(),
          destination: z.string().trim().min(1).max(500).optional(),
          ...pagingFields(),
        }),
      },
    },
    async (req) => {
      requireUser(req.ctx.actor, ['admin']);
      return listOutbox(db, req.query);
    },
  );

  app.post(
    '/api/admin/outbox/:id/resend',
    { config: { policy: P.resend },
      schema: { operationId: 'resendOutboxMessage', response: R.resendOutboxMessage,
        tags: ['outbox'],
        summary: 'Queue a dead or delivered message again, same idempotency key (admin; audited)',
        params: z.object({ id: z.uuid() }),
      },
    },
    async (req) => {
      requireUser(req.ctx.actor, ['admin']);
      return resendMessage(db, req.params.id, req.ctx);
    },
  );
};

import { PUBLIC } from './policy/route-policy.js';
import * as R from './health-responses.js';
import { defineRoutes } from './http/route.js';

export const healthRoutes = defineRoutes(['platform'], ({ route, deps }) => {
  route.get('/api/health', {
    policy: PUBLIC,
    operationId: 'getHealth',
    summary: 'Liveness and which database',
    response: R.getHealth,
  }, async (_req, reply) => {
    try {
      await deps.database.query('SELECT 1');
      return { status: 'ok', db: deps.database.kind };
    } catch {
      return reply.status(503).send({ status: 'unavailable', db: deps.database.kind });
    }
  });
});

import type { RegisterRoutes } from './http/types.js';
import { PUBLIC } from './policy/route-policy.js';
import * as R from './health-responses.js';

export const healthRoutes: RegisterRoutes = (app, deps) => {
  app.get('/api/health', { config: { policy: PUBLIC }, schema: { operationId: 'getHealth', response: R.getHealth, tags: ['platform'], summary: 'Liveness and which database' } }, async (_req, reply) => {
    try {
      await deps.database.query('SELECT 1');
      return { status: 'ok', db: deps.database.kind };
    } catch {
      return reply.status(503).send({ status: 'unavailable', db: deps.database.kind });
    }
  });
};

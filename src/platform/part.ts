/**
 * The platform's own entry in the list of parts (src/parts.ts): the routes every installation has — health, sign-in
 * and accounts, the audit log, scheduled jobs and the outbox — its nightly housekeeping job, and the texts of the platform's refusals (request
 * layer, jobs, outbox, spreadsheet reader). Listed first, like the other parts it registers nothing by being
 * imported.
 */
import type { RegisterRoutes } from './http/types.js';
import { definePart } from './parts/part.js';
import { healthRoutes } from './health.js';
import { authRoutes } from './auth/routes.js';
import { auditRoutes } from './audit/routes.js';
import { jobRoutes } from './jobs/routes.js';
import { outboxRoutes } from './outbox/routes.js';
import { httpMessages } from './http/messages.js';
import { jobMessages } from './jobs/messages.js';
import { outboxMessages } from './outbox/messages.js';
import { sheetMessages } from './sheets/messages.js';
import { housekeepingJob } from './housekeeping-job.js';

const platformRoutes: RegisterRoutes = async (app, deps) => {
  for (const register of [healthRoutes, authRoutes, auditRoutes, jobRoutes, outboxRoutes]) await register(app, deps);
};

export const platformPart = definePart({
  name: 'platform',
  routes: platformRoutes,
  messages: { ...httpMessages, ...jobMessages, ...outboxMessages, ...sheetMessages },
  jobs: [housekeepingJob],
});

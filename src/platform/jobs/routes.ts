import { z } from 'zod';
import type { RegisterRoutes } from '../http/types.js';
import { requireUser } from '../policy/policy.js';
import { listJobRuns, listJobs } from './list-jobs.js';
import { runJobNow } from './run-now.js';
import { jobPolicies as P } from './policy.js';
import * as R from './responses.js';
import { pagingQuery } from '../http/paging.js';

const jobName = z.object({ name: z.string().min(1).max(100) });

export const jobRoutes: RegisterRoutes = (app, deps) => {
  const { db } = deps.database;

  app.get(
    '/api/admin/jobs',
    { config: { policy: P.list }, schema: { operationId: 'listJobs', response: R.listJobs, tags: ['jobs'], summary: 'Scheduled jobs: schedule, next run, last outcome (admin)' } },
    async (req) => {
      requireUser(req.ctx.actor, ['admin']);
      return { items: await listJobs(db, req.ctx.now) };
    },
  );

  app.post(
    '/api/admin/jobs/:name/run',
    { config: { policy: P.run },
      schema: { operationId: 'runJob', response: R.runJob,
        tags: ['jobs'],
        summary: 'Run a job now and wait for it (admin; audited). 404 job-not-found, 409 job-running',
        params: jobName,
      },
    },
    async (req) => {
      requireUser(req.ctx.actor, ['admin']);
      return runJobNow(deps, req.params.name, req.ctx, { log: req.log });
    },
  );

  app.get(
    '/api/admin/jobs/:name/runs',
    { config: { policy: P.runs },
      schema: { operationId: 'listJobRuns', response: R.listJobRuns,
        tags: ['jobs'],
        summary: 'Run history of a job, newest first (admin)',
        params: jobName,
        querystring: pagingQuery(),
      },
    },
    async (req) => {
      requireUser(req.ctx.actor, ['admin']);
      return listJobRuns(db, req.params.name, req.query);
    },
  );
};

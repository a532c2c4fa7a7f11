import { z } from 'zod';
import { listJobRuns, listJobs } from './list-jobs.js';
import { runJobNow } from './run-now.js';
import { jobPolicies as P } from './policy.js';
import * as R from './responses.js';
import { pagingQuery } from '../http/paging.js';
import { defineRoutes } from '../http/route.js';

const jobName = z.object({ name: z.string().min(1).max(100) });

export const jobRoutes = defineRoutes(['jobs'], ({ route, db, deps }) => {
  route.get('/api/admin/jobs', {
    policy: P.list,
    operationId: 'listJobs',
    summary: 'Scheduled jobs: schedule, next run, last outcome (admin)',
    response: R.listJobs,
  }, async (req) => ({ items: await listJobs(db, req.ctx.now) }));

  route.post('/api/admin/jobs/:name/run', {
    policy: P.run,
    operationId: 'runJob',
    summary: 'Run a job now and wait for it (admin; audited). 404 job-not-found, 409 job-running',
    params: jobName,
    response: R.runJob,
  }, async (req) => runJobNow(deps, req.params.name, req.ctx, { log: req.log }));

  route.get('/api/admin/jobs/:name/runs', {
    policy: P.runs,
    operationId: 'listJobRuns',
    summary: 'Run history of a job, newest first (admin)',
    params: jobName,
    querystring: pagingQuery(),
    response: R.listJobRuns,
  }, async (req) => listJobRuns(db, req.params.name, req.query));
});

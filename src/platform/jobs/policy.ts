/** Scheduled jobs are the administrator's. */
import { routePolicy } from '../policy/route-policy.js';

export const jobPolicies = {
  list: routePolicy('jobs.list', { roles: ['admin'] }),
  run: routePolicy('jobs.run', { roles: ['admin'] }),
  runs: routePolicy('jobs.runs', { roles: ['admin'] }),
};

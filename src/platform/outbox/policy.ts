/** The outbox is the administrator's. */
import { routePolicy } from '../policy/route-policy.js';

export const outboxPolicies = {
  list: routePolicy('outbox.list', { roles: ['admin'] }),
  resend: routePolicy('outbox.resend', { roles: ['admin'] }),
};

/** 12345 tickets: the hotline system sends them with a key (`hotline:write`); supervisors and admins handle them. */
import { routePolicy } from '../platform/policy/route-policy.js';
import { HOTLINE_STAFF } from './tickets.js';

/** The scope an integration key needs to send tickets (`*` covers it). */
export const HOTLINE_SCOPE = 'hotline:write';

export const hotlinePolicies = {
  receive: routePolicy('hotline.receive-ticket', { scopes: [HOTLINE_SCOPE] }),
  list: routePolicy('hotline.list-tickets', { roles: HOTLINE_STAFF }),
  import: routePolicy('hotline.import-tickets', { roles: HOTLINE_STAFF }),
  get: routePolicy('hotline.get-ticket', { roles: HOTLINE_STAFF }),
  assignEnterprise: routePolicy('hotline.assign-enterprise', { roles: HOTLINE_STAFF }),
};

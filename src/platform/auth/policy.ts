/** Who may call the account routes (the door; the operations check again). */
import { routePolicy, SIGNED_IN } from '../policy/route-policy.js';

const ADMIN = ['admin'] as const;

export const authPolicies = {
  me: SIGNED_IN('auth.me'),
  changePassword: SIGNED_IN('auth.change-password'),
  listUsers: routePolicy('auth.list-users', { roles: ADMIN }),
  createUser: routePolicy('auth.create-user', { roles: ADMIN }),
  setUserStatus: routePolicy('auth.set-user-status', { roles: ADMIN }),
  listApiKeys: routePolicy('auth.list-api-keys', { roles: ADMIN }),
  createApiKey: routePolicy('auth.create-api-key', { roles: ADMIN }),
  revokeApiKey: routePolicy('auth.revoke-api-key', { roles: ADMIN }),
};

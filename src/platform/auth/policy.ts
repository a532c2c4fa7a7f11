/** Who may call the account routes (the door; the operations check again). */
import { SIGNED_IN } from '../policy/route-policy.js';
import { rolesPolicy } from '../policy/roles-policy.js';

const admin = rolesPolicy(['admin']);

export const authPolicies = {
  me: SIGNED_IN('auth.me'),
  changePassword: SIGNED_IN('auth.change-password'),
  listUsers: admin('auth.list-users'),
  createUser: admin('auth.create-user'),
  setUserStatus: admin('auth.set-user-status'),
  listApiKeys: admin('auth.list-api-keys'),
  createApiKey: admin('auth.create-api-key'),
  revokeApiKey: admin('auth.revoke-api-key'),
};

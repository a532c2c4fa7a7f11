/** Verifying a code is public (A5); rotating the signing key is the administrator's. */
import { routePolicy } from '../platform/policy/route-policy.js';

export const codePolicies = {
  rotateKey: routePolicy('codes.rotate-key', { roles: ['admin'] }),
};

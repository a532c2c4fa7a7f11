/** The organisation (departments, divisions, officers) is read by every signed-in user. */
import { SIGNED_IN } from '../platform/policy/route-policy.js';

export const organisationPolicies = {
  departments: SIGNED_IN('organisation.departments'),
  divisions: SIGNED_IN('organisation.divisions'),
  officers: SIGNED_IN('organisation.officers'),
};

/** Who reads the audit log and checks its chain. */
import type { Role } from '../auth/schema.js';
import { routePolicy } from '../policy/route-policy.js';

export const AUDIT_READERS: readonly Role[] = ['admin', 'supervisor'];

export const auditPolicies = {
  verify: routePolicy('audit.verify', { roles: AUDIT_READERS }),
  search: routePolicy('audit.search', { roles: AUDIT_READERS }),
};

import type { Role } from '../../auth/types';
import type { CaseStatus } from '../types';

/** Who answers for a department (src/supervision/access.ts): its administrator and officers. */
export const canAnswer = (role: Role, status: CaseStatus) =>
  (role === 'dept_admin' || role === 'officer') && (status === 'open' || status === 'returned');

/** Only the supervision body closes or returns, once the department has answered. */
export const canReview = (role: Role, status: CaseStatus) => role === 'supervisor' && status === 'answered';

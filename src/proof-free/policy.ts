/**
 * Who does what in proof-free service (on top of src/platform/policy):
 *   service_officer            the window (窗口): verifies proofs with consent, asks 协查, records commitments,
 *                              draws and records the later checks; keeps the catalog
 *   admin                      everything; supervisor reads everything and draws later checks
 *   officer, dept_admin, credit_officer   their own department: answer the 协查 asked of it, read the figures;
 *                              dept_admin keeps its own department's catalog rows
 *   enterprise                 signs its own commitments online, sees them
 * Applicants without an account see what was used through their receipt (a token in the QR code the window shows).
 */
import type { Role } from '../platform/auth/schema.js';
import { routePolicy, STAFF_ROLES } from '../platform/policy/route-policy.js';

export const STAFF: readonly Role[] = STAFF_ROLES;
export const VERIFIERS: readonly Role[] = ['service_officer'];
export const CATALOG_EDITORS: readonly Role[] = ['admin', 'dept_admin', 'service_officer'];
export const ASSIST_ANSWERERS: readonly Role[] = [
  'admin',
  'officer',
  'dept_admin',
  'credit_officer',
  'service_officer',
];
export const CHECKERS: readonly Role[] = ['admin', 'supervisor', 'dept_admin', 'service_officer'];

export const proofFreePolicies = {
  read: routePolicy('proof-free.read', { roles: STAFF, scopes: ['proof-free'] }),
  catalogEdit: routePolicy('proof-free.catalog-edit', { roles: CATALOG_EDITORS }),
  verify: routePolicy('proof-free.verify', { roles: VERIFIERS }),
  receipt: routePolicy('proof-free.receipt', { public: true }),
  assistRequest: routePolicy('proof-free.assist-request', { roles: VERIFIERS }),
  assistRead: routePolicy('proof-free.assist-read', { roles: ASSIST_ANSWERERS.concat(['supervisor']) }),
  assistAnswer: routePolicy('proof-free.assist-answer', { roles: ASSIST_ANSWERERS }),
  commitmentSign: routePolicy('proof-free.commitment-sign', { roles: ['service_officer', 'enterprise'] }),
  commitmentRead: routePolicy('proof-free.commitment-read', { roles: [...CHECKERS, 'enterprise'] }),
  spotCheck: routePolicy('proof-free.spot-check', { roles: CHECKERS }),
};

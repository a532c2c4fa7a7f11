/**
 * Who may call the inspection routes (the door). Which inspections a caller sees stays in the operations
 * (`inspectionScope`: the department's for its staff, the enterprise's own for an enterprise).
 */
import { routePolicy, SIGNED_IN, STAFF } from '../platform/policy/route-policy.js';

export const inspectionPolicies = {
  apply: routePolicy('inspections.apply', { roles: ['officer'] }),
  list: SIGNED_IN('inspections.list'),
  get: SIGNED_IN('inspections.get'),
  revoke: routePolicy('inspections.revoke', { roles: ['officer', 'dept_admin', 'admin'] }),
  recordResult: routePolicy('inspections.record-result', { roles: ['officer'] }),
  uploadPhoto: routePolicy('inspections.upload-photo', { roles: ['officer'] }),
  evaluate: routePolicy('inspections.evaluate', { roles: ['enterprise'] }),
  complain: routePolicy('inspections.complain', { roles: ['enterprise'] }),
  confirmArrival: routePolicy('inspections.confirm-arrival', { roles: ['enterprise'] }),
  runRandomDraw: routePolicy('inspections.run-random-draw', { roles: ['dept_admin', 'officer'] }),
  listRandomDraws: STAFF('inspections.list-random-draws'),
  getRandomDraw: STAFF('inspections.get-random-draw'),
  figures: SIGNED_IN('inspections.figures'),
  setAnnualCap: routePolicy('inspections.set-annual-cap', { roles: ['dept_admin', 'admin'] }),
  precheck: routePolicy('inspections.precheck', { roles: ['officer', 'dept_admin'] }),
};

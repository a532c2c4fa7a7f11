/**
 * Who may call the registry routes. Which enterprises a caller sees is the operations' business
 * (`enterpriseScope`: staff the registry, an enterprise only itself).
 */
import { routePolicy, SIGNED_IN, STAFF } from '../platform/policy/route-policy.js';
import { IMPORT_ROLES } from './import-enterprises.js';

export const enterprisePolicies = {
  list: SIGNED_IN('enterprises.list'),
  file: SIGNED_IN('enterprises.file'),
  register: routePolicy('enterprises.register', { roles: ['admin'] }),
  import: routePolicy('enterprises.import', { roles: IMPORT_ROLES }),
  importTemplate: routePolicy('enterprises.import-template', { roles: IMPORT_ROLES }),
  export: STAFF('enterprises.export'),
};

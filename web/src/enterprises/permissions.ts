import type { Role } from '../auth/types';

/** Who may import enterprises from a spreadsheet (the API checks it again). */
export const IMPORT_ROLES: readonly Role[] = ['admin', 'dept_admin'];

export const canImport = (role: Role) => IMPORT_ROLES.includes(role);

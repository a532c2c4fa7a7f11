import { allOf, type Answer } from '../api/typed';

/** GET /api/me */
export type Me = Answer<'getMe'>;
export type Role = Me['role'];

export const ROLES = allOf<Role>()([
  'admin',
  'supervisor',
  'officer',
  'dept_admin',
  'credit_officer',
  'service_officer',
  'expert',
  'enterprise',
]);

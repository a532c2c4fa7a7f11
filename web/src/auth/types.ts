import type { Answer } from '../api/typed';

export const ROLES = [
  'admin',
  'supervisor',
  'officer',
  'dept_admin',
  'credit_officer',
  'service_officer',
  'expert',
  'enterprise',
] as const;

/** GET /api/me */
export type Me = Answer<'getMe'>;
export type Role = Me['role'];

export interface Ref {
  id: string;
  name: string;
}

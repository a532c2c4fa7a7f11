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

export type Role = (typeof ROLES)[number];

export interface Ref {
  id: string;
  name: string;
}

/** GET /api/me */
export interface Me {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  department: Ref | null;
  team: Ref | null;
  officer: { id: string; certificateNo: string; certificateValidUntil: string } | null;
  enterprise: { id: string; uscc: string; name: string } | null;
}

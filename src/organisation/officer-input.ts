/** Input of the officer routes (执法人员 and their enforcement certificate). */
import { z } from 'zod';

/** Enforcement fields (执法领域) a certificate may cover: the `field` of the enforcement departments. */
export const ENFORCEMENT_FIELDS = [
  'market',
  'ecology',
  'drugs',
  'transport',
  'culture',
  'emergency',
  'fire',
  'health',
  'supervision',
  'credit',
] as const;

const day = z.iso.date();

export const officerFields = z.object({
  name: z.string().trim().min(1).max(50),
  /** The team (执法大队) within the officer's department; null = none. */
  teamId: z.uuid().nullable().optional(),
  certificateNo: z
    .string()
    .trim()
    .min(4)
    .max(40)
    .regex(/^[A-Za-z0-9\u4e00-\u9fff-]+$/, { message: 'letters, digits, Chinese characters and - only' }),
  fields: z
    .array(z.enum(ENFORCEMENT_FIELDS))
    .min(1)
    .max(ENFORCEMENT_FIELDS.length)
    .transform((a) => [...new Set(a)]),
  validFrom: day,
  validUntil: day,
  status: z.enum(['active', 'suspended', 'revoked']).default('active'),
});

export const createOfficerInput = officerFields.extend({
  /** Defaults to the department of a dept_admin; an admin must name it. */
  departmentId: z.uuid().optional(),
});
export type CreateOfficerInput = z.infer<typeof createOfficerInput>;

export const updateOfficerInput = officerFields.extend({ status: officerFields.shape.status.unwrap() }).partial();
export type UpdateOfficerInput = z.infer<typeof updateOfficerInput>;

/** The 2xx answers of the routes in routes.ts, as zod schemas (serialised and checked by the server, published in the OpenAPI document). */
import { z } from 'zod';
import { listOf } from '../platform/http/answer-fields.js';

export const listDepartments = {
  200: listOf(
    z.object({
      id: z.string(),
      code: z.string(),
      name: z.string(),
      shortName: z.string(),
      field: z.string(),
      kind: z.enum(['enforcement', 'supervision', 'credit', 'service']),
      divisionCode: z.string(),
    }),
  ),
};

export const listDivisions = {
  200: listOf(
    z.object({
      code: z.string(),
      name: z.string(),
      level: z.enum(['province', 'city', 'county']),
      parentCode: z.string().nullable(),
    }),
  ),
};

const officer = z
  .object({
    id: z.string(),
    name: z.string(),
    department: z.object({ id: z.string(), name: z.string() }),
    team: z.object({ id: z.string(), name: z.string().nullable() }).nullable(),
    certificateNo: z.string(),
    fields: z.array(z.string()),
    validFrom: z.string(),
    validUntil: z.string(),
    status: z.enum(['active', 'suspended', 'revoked']),
    certificateState: z.enum(['suspended', 'valid', 'expiring', 'expired', 'not-yet-valid']),
  })
  .meta({ id: 'Officer' });

export const listOfficers = { 200: listOf(officer) };
export const createOfficer = { 201: officer };
export const updateOfficer = { 200: officer };

export const listTeams = {
  200: listOf(z.object({ id: z.string(), departmentId: z.string(), name: z.string() })),
};

/** A licence's term, status and scope as answers show them (the register and the enterprise file alike). */
import { z } from 'zod';
import { LICENCE_STATUSES } from './schema.js';

export const licenceTermFields = {
  validFrom: z.string(),
  validUntil: z.string(),
  status: z.enum(LICENCE_STATUSES),
  scope: z.string().nullable(),
};

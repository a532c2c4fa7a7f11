/** The 2xx answers of the routes in routes.ts, as zod schemas (serialised and checked by the server, published in the OpenAPI document). */
import { z } from 'zod';

export const getHealth = {
  200: z.object({ status: z.string(), db: z.enum(['embedded', 'postgres']) }),
  503: z.object({ status: z.string(), db: z.enum(['embedded', 'postgres']) }),
};

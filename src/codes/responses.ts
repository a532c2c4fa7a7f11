/** The 2xx answers of the routes in routes.ts, as zod schemas (serialised and checked by the server, published in the OpenAPI document). */
import { z } from 'zod';
import { binary } from '../platform/http/responses.js';

export const listCodeKeys = {
  200: z.object({
    keys: z.array(
      z.object({
        kid: z.string(),
        algorithm: z.enum(['ed25519', 'sm2']),
        publicKey: z.string(),
        active: z.boolean(),
      }),
    ),
    format: z.string(),
  }),
};

export const rotateCodeKey = { 200: z.object({ kid: z.string() }) };

export const verifyCode = {
  200: z.union([
    z.object({ status: z.literal('invalid') }),
    z.object({
      status: z.enum(['revoked', 'valid', 'expired', 'not-yet-valid', 'done']),
      inspectionId: z.string(),
      kind: z.enum(['planned', 'triggered']),
      trigger: z.null().describe('Always null: the public scan does not say what triggered a visit'),
      window: z.object({ start: z.string(), end: z.string() }),
      enterprise: z.object({ uscc: z.string(), name: z.string(), address: z.string() }),
      departments: z.array(z.object({ id: z.string(), name: z.string() })),
      items: z.array(
        z.object({
          id: z.string(),
          departmentId: z.string(),
          code: z.string(),
          name: z.string(),
          legalBasis: z.string(),
          published: z.boolean(),
        }),
      ),
      officers: z.array(
        z.object({
          id: z.string(),
          departmentId: z.string(),
          name: z.string(),
          certificateNo: z.string(),
          validUntil: z.string(),
          certificateState: z.string(),
        }),
      ),
      arrivalConfirmedAt: z.string().nullable(),
      revokedReason: z.enum(['superseded', 'withdrawn']).nullable(),
      backfilled: z.boolean(),
      keyId: z.string(),
    }),
  ]),
};

export const getCodeQr = { 200: binary(['image/png', 'image/svg+xml']) };

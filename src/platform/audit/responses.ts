/** The 2xx answers of the routes in routes.ts, as zod schemas (serialised and checked by the server, published in the OpenAPI document). */
import { z } from 'zod';
import { paged } from '../http/responses.js';

export const verifyAuditChain = {
  200: z.object({
    newlySealed: z.number(),
    summary: z.string().optional(),
    ok: z.boolean(),
    sealed: z.number(),
    unsealed: z.number(),
    firstBroken: z
      .object({
        seq: z.number(),
        id: z.string().nullable(),
        reason: z.enum([
          'hash-mismatch',
          'prev-hash-mismatch',
          'seq-gap',
          'seal-mismatch',
          'seal-forged',
          'sealed-rows-missing',
        ]),
      })
      .optional(),
    anchor: z
      .object({ seq: z.number(), sealedAt: z.string(), keyId: z.string(), untrustedSeals: z.number() })
      .nullable()
      .optional(),
  }),
};

export const searchAuditLog = {
  200: paged(z.object({
    id: z.string(),
    at: z.string(),
    actorType: z.enum(['user', 'integration', 'anonymous', 'system']),
    actorId: z.string().nullable(),
    actorName: z.string().nullable(),
    role: z.string().nullable(),
    action: z.string(),
    targetType: z.string().nullable(),
    targetId: z.string().nullable(),
    enterpriseId: z.string().nullable(),
    requestId: z.string().nullable(),
    outcome: z.enum(['ok', 'denied', 'failed']),
    detail: z.record(z.string(), z.unknown()).nullable(),
    ip: z.string().nullable(),
    seq: z.number().nullable(),
    prevHash: z.string().nullable(),
    hash: z.string().nullable(),
    sealed: z.boolean(),
  })),
};

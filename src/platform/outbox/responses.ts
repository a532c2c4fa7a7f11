/** The 2xx answers of the routes in routes.ts, as zod schemas (serialised and checked by the server, published in the OpenAPI document). */
import { z } from 'zod';

/** A message of the outbox with its delivery state. */
const outboxMessage = z.object({
  id: z.string(),
  topic: z.string(),
  destination: z.string(),
  idempotencyKey: z.string(),
  payload: z.record(z.string(), z.unknown()),
  enterpriseId: z.string().nullable(),
  status: z.enum(['pending', 'delivered', 'dead']),
  attempts: z.number(),
  maxAttempts: z.number(),
  nextAttemptAt: z.date(),
  lockedBy: z.string().nullable(),
  lockedUntil: z.date().nullable(),
  lastError: z.string().nullable(),
  createdAt: z.date(),
  deliveredAt: z.date().nullable(),
});

export const listOutbox = {
  200: z.object({
    counts: z.array(
      z.object({
        topic: z.string(),
        destination: z.string(),
        status: z.enum(['pending', 'delivered', 'dead']),
        count: z.number(),
      }),
    ),
    items: z.array(outboxMessage),
    total: z.number(),
    page: z.number(),
    pageSize: z.number(),
  }),
};

export const resendOutboxMessage = {
  200: outboxMessage,
};

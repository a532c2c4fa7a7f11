/** The 2xx answers of the routes in routes.ts, as zod schemas (serialised and checked by the server, published in the OpenAPI document). */
import { z } from 'zod';
import { countedPage, leaseFields } from '../http/answer-fields.js';

/** Where a message stands: waiting to be (re)tried, delivered, or given up. */
export const outboxStatus = z.enum(['pending', 'delivered', 'dead']);

/** A message of the outbox with its delivery state. */
const outboxMessage = z.object({
  id: z.string(),
  topic: z.string(),
  destination: z.string(),
  idempotencyKey: z.string(),
  payload: z.record(z.string(), z.unknown()),
  enterpriseId: z.string().nullable(),
  status: outboxStatus,
  attempts: z.number(),
  maxAttempts: z.number(),
  nextAttemptAt: z.date(),
  ...leaseFields,
  lastError: z.string().nullable(),
  createdAt: z.date(),
  deliveredAt: z.date().nullable(),
});

export const listOutbox = {
  200: countedPage(
    z.object({ topic: z.string(), destination: z.string(), status: outboxStatus, count: z.number() }),
    outboxMessage,
  ),
};

export const resendOutboxMessage = {
  200: outboxMessage,
};

/** The 2xx answers of the routes in routes.ts, as zod schemas (serialised and checked by the server, published in the OpenAPI document). */
import { z } from 'zod';
import { paged } from '../platform/http/responses.js';

/** A 12345 ticket with its match to an enterprise. */
const ticket = z.object({
  id: z.string(),
  ticketNo: z.string(),
  receivedAt: z.string(),
  content: z.string(),
  category: z.string().nullable(),
  given: z.object({ enterpriseUscc: z.string().nullable(), enterpriseName: z.string().nullable() }),
  callerPhone: z.string().nullable(),
  matchStatus: z.enum(['matched', 'unmatched', 'not-applicable']),
  matchedBy: z.enum(['name', 'uscc', 'manual', 'normalised-name']).nullable(),
  enterprise: z
    .object({
      id: z.string(),
      name: z.string().nullable(),
      uscc: z.string().nullable(),
      file: z.string().nullable(),
    })
    .nullable(),
  enforcementRelated: z.boolean(),
  signalId: z.string().nullable(),
  channel: z.enum(['api', 'import']),
  revision: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const receiveTicket = { 201: z.object({ id: z.string() }), 200: z.object({ id: z.string() }) };

export const listTickets = {
  200: paged(ticket),
};

export const importTickets = {
  200: z.object({
    errors: z.array(
      z.object({
        row: z.number(),
        field: z
          .enum([
            'content',
            'enterpriseUscc',
            'enterpriseName',
            'ticketNo',
            'receivedAt',
            'category',
            'callerPhone',
          ])
          .optional(),
        code: z.string(),
        message: z.string(),
      }),
    ),
    created: z.number(),
    updated: z.number(),
    unchanged: z.number(),
    rows: z.number(),
  }),
};

export const getTicket = {
  200: ticket,
};

export const assignTicketEnterprise = {
  200: z.object({
    id: z.string(),
    ticketNo: z.string(),
    matchStatus: z.literal('matched'),
    enterprise: z.object({ id: z.string(), name: z.string(), uscc: z.string() }),
  }),
};

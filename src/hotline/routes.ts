import { z } from 'zod';
import { receiveTicket, ticketInput } from './receive-ticket.js';
import { assignTicketEnterprise, getTicket, listTickets } from './tickets.js';
import { importTickets, LEDGER_MAX_ROWS } from './import-tickets.js';
import { MATCH_STATUSES } from './schema.js';
import { hotlinePolicies as P } from './policy.js';
import * as R from './responses.js';
import { pagingFields } from '../platform/http/paging.js';
import { readUpload } from '../platform/http/upload.js';
import { defineRoutes, idParams } from '../platform/http/route.js';

export const hotlineRoutes = defineRoutes(['hotline'], ({ route, db }) => {
  route.post('/api/hotline/tickets', {
    policy: P.receive,
    operationId: 'receiveTicket',
    summary:
      'One 12345 ticket from the hotline system (X-Api-Key, scope hotline:write): 201 {id} when new; the same ticketNo again → the same ticket, 200 (updated if its content changed)',
    body: ticketInput,
    response: R.receiveTicket,
  }, async (req, reply) => {
    const out = await receiveTicket(db, req.ctx, req.body);
    return reply.status(out.outcome === 'created' ? 201 : 200).send({ id: out.id });
  });

  route.get('/api/hotline/tickets', {
    policy: P.list,
    operationId: 'listTickets',
    summary:
      'Tickets (supervisor, admin); matchStatus=unmatched is the queue waiting for a person to name the enterprise. Caller numbers masked',
    querystring: z.object({
      matchStatus: z.enum(MATCH_STATUSES).optional(),
      enforcementRelated: z.stringbool().optional(),
      enterpriseUscc: z.string().max(32).optional(),
      q: z.string().trim().min(1).max(100).optional(),
      from: z.coerce.date().optional(),
      to: z.coerce.date().optional(),
      ...pagingFields({ defaultSize: 50 }),
    }),
    response: R.listTickets,
  }, async (req) => listTickets(db, req.ctx, req.query));

  route.post('/api/hotline/tickets/import', {
    policy: P.import,
    operationId: 'importTickets',
    summary: `Import a 12345 ticket ledger (.xlsx or .csv, multipart field "file", ≤ ${LEDGER_MAX_ROWS} rows; supervisor, admin): valid rows received like the API, bad rows reported with row, column and reason`,
    consumes: ['multipart/form-data'],
    response: R.importTickets,
  }, async (req) => importTickets(db, req.ctx, await readUpload(req)));

  route.get('/api/hotline/tickets/:id', {
    policy: P.get,
    operationId: 'getTicket',
    summary: 'One ticket with the caller’s number (supervisor, admin; audited)',
    params: idParams,
    response: R.getTicket,
  }, async (req) => getTicket(db, req.ctx, req.params.id));

  route.post('/api/hotline/tickets/:id/enterprise', {
    policy: P.assignEnterprise,
    operationId: 'assignTicketEnterprise',
    summary:
      'Name the enterprise of a ticket by USCC (supervisor, admin; audited); its open signal follows',
    params: idParams,
    body: z.object({ enterpriseUscc: z.string().trim().min(15).max(32) }),
    response: R.assignTicketEnterprise,
  }, async (req) => assignTicketEnterprise(db, req.ctx, req.params.id, req.body));
});

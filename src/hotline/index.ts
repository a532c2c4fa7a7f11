/**
 * The public face of hotline: what other parts may use (they may also read its tables in schema.ts). The boundary
 * lint (eslint.config.js) refuses any other import of this part's files from another part.
 */
export { upsertTicket } from './receive-ticket.js';

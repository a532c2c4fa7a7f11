/**
 * The public face of proof-free: what other parts may use (they may also read its tables in schema.ts). The boundary
 * lint (eslint.config.js) refuses any other import of this part's files from another part.
 */
export { proofFreeTodos } from './todo-counts.js';

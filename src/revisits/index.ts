/**
 * The public face of revisits: what other parts may use (they may also read its tables in schema.ts). The boundary
 * lint (eslint.config.js) refuses any other import of this part's files from another part.
 */
export { revisitTodos } from './todo-counts.js';

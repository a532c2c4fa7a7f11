/**
 * The public face of drugs: what other parts may use (they may also read its tables in schema.ts). The boundary
 * lint (eslint.config.js) refuses any other import of this part's files from another part.
 */
export { openRectifications } from './rectifications.js';
export { rectificationTodos } from './todo-counts.js';

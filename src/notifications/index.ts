/**
 * The public face of notifications: what other parts may use (they may also read its tables in schema.ts). The boundary
 * lint (eslint.config.js) refuses any other import of this part's files from another part.
 */
export { notificationTodos } from './mine.js';
export { notifyMany, notifyUsers } from './notify.js';

/**
 * The public face of organisation: what other parts may use (they may also read its tables in schema.ts). The boundary
 * lint (eslint.config.js) refuses any other import of this part's files from another part.
 */
export { certificateCovers, certificateState, chinaDay } from './certificate.js';
export type { Certificate } from './certificate.js';
export { departmentName } from './department-name.js';

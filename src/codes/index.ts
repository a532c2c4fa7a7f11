/**
 * The public face of codes: what other parts may use (they may also read its tables in schema.ts). The boundary
 * lint (eslint.config.js) refuses any other import of this part's files from another part.
 */
export { signCode, verifyCode } from './code-text.js';
export { Keyring } from './keyring.js';
export { contentDigest } from './payload.js';
export type { BoundContent, CodePayload } from './payload.js';

/**
 * The public face of files: what other parts may use (they may also read its tables in schema.ts). The boundary
 * lint (eslint.config.js) refuses any other import of this part's files from another part.
 */
export { sniffImage, sniffPdfOrImage, type ImageType } from './sniff.js';
export { storeFile } from './store-file.js';
export { ownedFile } from './owned-file.js';

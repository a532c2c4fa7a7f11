/**
 * The public face of enterprises: what other parts may use (they may also read its tables in schema.ts). The boundary
 * lint (eslint.config.js) refuses any other import of this part's files from another part.
 */
export { EXPORT_MAX_ROWS, XLSX_CONTENT_TYPE } from './export-enterprises.js';
export { INDUSTRY_CODES, industryFromText, industryName } from './industries.js';
export type { IndustryCode } from './industries.js';
export { enterpriseConditions } from './list-enterprises.js';
export { usccReason } from './uscc-reason.js';
export { enterpriseIdOf, enterpriseIdStatement } from './enterprise-id-of.js';
export { countWithEnterprise } from './count-with-enterprise.js';

/**
 * Every table, for drizzle-kit (migrations: drizzle.config.ts) and whoever wants the whole schema at once (bench).
 * Each part owns its schema.ts; the platform's database client takes no schema (no relational queries), so the
 * platform knows no part's tables. test/api/parts-registry.test.ts checks every part's schema.ts is listed here.
 */
export * from './platform/auth/schema.js';
export * from './platform/audit/schema.js';
export * from './platform/jobs/schema.js';
export * from './platform/outbox/schema.js';
export * from './platform/rollup/schema.js';
export * from './organisation/schema.js';
export * from './enterprises/schema.js';
export * from './catalog/schema.js';
export * from './inspections/schema.js';
export * from './inspections/figures-schema.js';
export * from './supervision/schema.js';
export * from './supervision/figures-schema.js';
export * from './hotline/schema.js';
export * from './calendar/schema.js';
export * from './notifications/schema.js';
export * from './files/schema.js';
export * from './codes/schema.js';
export * from './credit/schema.js';
export * from './checkups/schema.js';
export * from './revisits/schema.js';
export * from './drugs/schema.js';
export * from './proof-free/schema.js';

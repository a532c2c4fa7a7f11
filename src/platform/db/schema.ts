/** Every table, for Drizzle (queries, relations) and drizzle-kit (migrations). Each part owns its schema.ts. */
export * from '../auth/schema.js';
export * from '../audit/schema.js';
export * from '../jobs/schema.js';
export * from '../outbox/schema.js';
export * from '../../organisation/schema.js';
export * from '../../enterprises/schema.js';
export * from '../../catalog/schema.js';
export * from '../../inspections/schema.js';
export * from '../../inspections/figures-schema.js';
export * from '../../supervision/schema.js';
export * from '../../supervision/figures-schema.js';
export * from '../../hotline/schema.js';
export * from '../../calendar/schema.js';
export * from '../../notifications/schema.js';
export * from '../../files/schema.js';
export * from '../../codes/schema.js';
export * from '../../credit/schema.js';
<<<<<<< HEAD
export * from '../../checkups/schema.js';
=======
export * from '../../drugs/schema.js';
>>>>>>> f6e6f82 (WIP drugs part: licence register, reminders, warnings, notice, rectification)

import { sqlState } from '../platform/db/sql-state.js';

/** True for PostgreSQL's unique_violation (23505), also when wrapped by Drizzle (`cause`). */
export const isUniqueViolation = (err: unknown): boolean => sqlState(err) === '23505';

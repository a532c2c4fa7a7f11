/** The organisation's side of a signed-in account, for the platform's sign-in and session lookup (src/platform/auth/user-links.ts). */
import { sql } from 'drizzle-orm';
import type { UserLinks } from '../platform/auth/user-links.js';
import { describeMe } from './describe-me.js';
import { officers } from './schema.js';

export const userLinks: UserLinks = {
  officerOf: (userId) => sql<string | null>`(SELECT ${officers.id} FROM ${officers} WHERE ${officers.userId} = ${userId})`,
  describe: describeMe,
};

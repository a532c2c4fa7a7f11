/**
 * What the organisation adds to a signed-in account, handed to the platform by the application (src/app.ts builds
 * it from the organisation part's public face), so that the platform's sign-in and session lookup name no part:
 * the officer record behind the account (read in the same statement as the session) and the account's description
 * (department, team, officer, enterprise) answered by the sign-in and by GET /api/me.
 */
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { SQL } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import type { z } from 'zod';
import type { UserActor } from '../policy/actor.js';
import type { getMe } from './responses.js';

/** The answer of GET /api/me (and the sign-in's `user`). */
export type Me = z.infer<(typeof getMe)[200]>;

export interface UserLinks {
  /** A scalar SQL expression: the id of the officer whose account is `userId`, or NULL. */
  officerOf(userId: AnyPgColumn): SQL<string | null>;
  /** The signed-in user with department, team, officer and enterprise links. */
  describe(db: Db, actor: UserActor): Promise<Me>;
}
